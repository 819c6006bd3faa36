package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordUnassignment: the expired token is unassigned (R-S1a). */
@Component
public class RecordUnassignmentDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;

  public RecordUnassignmentDelegate(AfterExpiryService afterExpiry, TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    afterExpiry.recordUnassignment(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_UnassignToken"),
        (Boolean) execution.getVariable("unassignmentConfirmed"),
        (String) execution.getVariable("unassignmentReference"));
  }
}
