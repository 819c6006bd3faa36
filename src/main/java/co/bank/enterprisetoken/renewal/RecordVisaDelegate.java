package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordVisa: records the branch's visa (R-S1c) in the completing user's transaction, so a bad
 * form is refused in Tasklist with the field named. Output: {@code visaApproved}.
 */
@Component
public class RecordVisaDelegate implements JavaDelegate {

  private final RenewalService renewals;
  private final TaskActors actors;

  public RecordVisaDelegate(RenewalService renewals, TaskActors actors) {
    this.renewals = renewals;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = renewals.recordVisa(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_VisaSignature"),
        new VisaInput((String) execution.getVariable("visaResult"),
            (String) execution.getVariable("visaEvidenceReference"),
            (String) execution.getVariable("visaObservations"),
            (String) execution.getVariable(FormVerification.FIELD)));
    execution.setVariable("visaApproved", approved);
    // The registry keeps the visa; a new visa after a rejection starts from an empty form.
    execution.removeVariables(java.util.List.of("visaResult", "visaEvidenceReference",
        "visaObservations", FormVerification.FIELD));
  }
}
