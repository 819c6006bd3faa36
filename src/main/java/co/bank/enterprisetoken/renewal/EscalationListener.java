package co.bank.enterprisetoken.renewal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateSla has no service task after it: its action is checked and recorded in the case's
 * history when the manager completes it (the task event of the Camunda Spring Boot starter, inside
 * the engine's transaction), so an empty action is refused with its Spanish message and the task
 * stays open.
 */
@Component
class EscalationListener {

  static final String TASK = "Task_EscalateSla";

  private final AfterExpiryService afterExpiry;

  EscalationListener(AfterExpiryService afterExpiry) {
    this.afterExpiry = afterExpiry;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'"
      + " and #task.taskDefinitionKey == '" + TASK + "'")
  public void onCompleted(DelegateTask task) {
    var caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = caller != null && caller.getUserId() != null ? caller.getUserId()
        : task.getAssignee();
    afterExpiry.recordEscalation(task.getExecution().getProcessBusinessKey(),
        actor == null ? "desconocido" : actor, (String) task.getVariable("escalationAction"));
  }
}
