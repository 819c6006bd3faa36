package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SITUATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSituation: keeps the DMN's situation on the case. */
@Component
public class RecordSituationDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final RenewalService renewals;

  public RecordSituationDelegate(AfterExpiryService afterExpiry, RenewalService renewals) {
    this.afterExpiry = afterExpiry;
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String confirmationNumber = execution.getProcessBusinessKey();
    afterExpiry.recordSituation(confirmationNumber,
        SITUATION.<Integer>valueIn(execution));
    AfterExpiryVariables.writeEcon084(execution, renewals.get(confirmationNumber));
  }
}
