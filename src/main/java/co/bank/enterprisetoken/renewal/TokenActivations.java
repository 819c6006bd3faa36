package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registry.Device;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may activate a token a renewal case delivered. Before expiry (R-B8) only the company admin
 * does, in the portal, and the before-expiry process waits for that ({@link
 * RenewalService#requestActivation}); after expiry the holder does, through the registration
 * (process 3, R-A5), and the after-expiry process waits for message {@value #MESSAGE}. Each path
 * refuses the other's token, so a case never says {@code ACTIVADO} while its process still waits.
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

  /** Whether the registration (process 3) may activate this delivered device. */
  @Transactional(readOnly = true)
  public boolean activatableByHolder(Device device) {
    return cases.findDeliveredWith(device.getSerial()).map(c -> !c.awaitsAdminActivation())
        .orElse(true);
  }

  /** R-B8, R-A5: refuses a device whose activation belongs to the admin (before expiry). */
  @Transactional(readOnly = true)
  public void requireActivatableByHolder(Device device) {
    cases.findDeliveredWith(device.getSerial()).filter(RenewalCase::awaitsAdminActivation)
        .ifPresent(c -> {
          throw adminActivates(c);
        });
  }

  static RuleRefusedException adminActivates(RenewalCase renewal) {
    return new RuleRefusedException("R-B8", "El token nuevo se entregó por la renovación "
        + renewal.getConfirmationNumber() + ", solicitada antes del vencimiento: lo activa el"
        + " administrador de la empresa en el portal (Activar token), junto con el titular.");
  }

  /** Returns the confirmation number of the case completed, if the device was delivered by one. */
  public Optional<String> activated(String deviceSerial, String actor) {
    Optional<RenewalCase> delivering = cases.findDeliveredWith(deviceSerial);
    delivering.ifPresent(c -> {
      if (c.awaitsAdminActivation()) {
        throw adminActivates(c);
      }
      renewals.activate(c.getConfirmationNumber(), actor);
      runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(c.getConfirmationNumber())
          .correlate();
    });
    return delivering.map(RenewalCase::getConfirmationNumber);
  }

}
