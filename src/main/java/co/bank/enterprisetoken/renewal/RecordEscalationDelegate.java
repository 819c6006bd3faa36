package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ESCALATION_ACTION;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ESCALATION_NOTE;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordEscalation: the managers' action on a missed back-office window goes to the registry
 * in the form's transaction (a blank action is refused in Tasklist with the field named).
 */
@Component
public class RecordEscalationDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;

  public RecordEscalationDelegate(AfterExpiryService afterExpiry, TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    afterExpiry.recordEscalationAction(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_EscalateSla"),
        ESCALATION_ACTION.valueIn(execution), ESCALATION_NOTE.valueIn(execution));
  }
}
