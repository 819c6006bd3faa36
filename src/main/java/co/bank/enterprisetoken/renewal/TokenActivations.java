package co.bank.enterprisetoken.renewal;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process 3 tells the renewal cases that a token was activated: the after-expiry case that delivered
 * it becomes {@code ACTIVADO} and its process continues (message {@value #MESSAGE}).
 */
@Service
@Transactional
public class TokenActivations {

  public static final String MESSAGE = "AfterExpiryTokenActivated";

  private final RenewalCaseRepository cases;
  private final RenewalService renewals;
  private final RuntimeService runtimeService;

  public TokenActivations(RenewalCaseRepository cases, RenewalService renewals,
      RuntimeService runtimeService) {
    this.cases = cases;
    this.renewals = renewals;
    this.runtimeService = runtimeService;
  }

  /** Returns the confirmation number of the case completed, if the device was delivered by one. */
  public Optional<String> activated(String deviceSerial, String actor) {
    Optional<RenewalCase> delivering = cases.findDeliveredWith(deviceSerial);
    delivering.ifPresent(c -> {
      renewals.activate(c.getConfirmationNumber(), actor);
      runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(c.getConfirmationNumber())
          .correlateAllWithResult();
    });
    return delivering.map(RenewalCase::getConfirmationNumber);
  }

}
