package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordEcon084: the branch received the signed ECON-084; the 24-hour window opens. */
@Component
public class RecordEcon084Delegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final RenewalService renewals;
  private final TaskActors actors;

  public RecordEcon084Delegate(AfterExpiryService afterExpiry, RenewalService renewals,
      TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.renewals = renewals;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String confirmationNumber = execution.getProcessBusinessKey();
    afterExpiry.recordEcon084Receipt(confirmationNumber,
        actors.completedBy(execution, "Task_RegisterEcon084"),
        (Boolean) execution.getVariable("receiptSignedByLegalRepresentative"),
        (String) execution.getVariable("receiptNotes"));
    AfterExpiryVariables.writeEcon084(execution, renewals.get(confirmationNumber));
  }
}
