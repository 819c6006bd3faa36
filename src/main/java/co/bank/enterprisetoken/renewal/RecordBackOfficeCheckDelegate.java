package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.process.TaskActors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCheck: back office's check of the ECON-084 (R-S1a). Output: {@code checkApproved}. */
@Component
public class RecordBackOfficeCheckDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;

  public RecordBackOfficeCheckDelegate(AfterExpiryService afterExpiry, TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = afterExpiry.recordBackOfficeCheck(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_CheckEcon084"),
        (String) execution.getVariable("checkResult"),
        (String) execution.getVariable("checkObservations"),
        (String) execution.getVariable(FormVerification.FIELD));
    execution.setVariable("checkApproved", approved);
    if (!approved) {
      execution.setVariable("econ084Received", false);
    }
    // The registry keeps the check; a new ECON-084 is checked on an empty form.
    execution.removeVariables(List.of("checkResult", "checkObservations", FormVerification.FIELD));
  }
}
