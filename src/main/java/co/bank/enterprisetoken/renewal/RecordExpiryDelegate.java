package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.EXPIRY_SITUATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordExpiry: R-B10, the case moves to the after-expiry path. Output: {@code expirySituation}. */
@Component
public class RecordExpiryDelegate implements JavaDelegate {

  private final RenewalService renewals;

  public RecordExpiryDelegate(RenewalService renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EXPIRY_SITUATION.setIn(execution, renewals.recordExpiry(execution.getProcessBusinessKey()));
  }
}
