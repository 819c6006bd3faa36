package co.bank.enterprisetoken.webapp;

import static co.bank.enterprisetoken.webapp.Grants.grant;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With authorizations on, Tasklist shows a task's case variables (confirmation number, company,
 * holder: the filters' {@code variables}) only to who may READ the process instance. When a user
 * task is created, each of its candidate groups gets READ on that one process instance, so branch
 * 0001 sees the variables of its own cases and not those of other offices (a READ_INSTANCE on the
 * process definition would open every case to every branch). Listens to the task events the
 * Camunda Spring Boot starter publishes ({@code camunda.bpm.eventing.task}, on by default); runs
 * inside the engine's transaction.
 */
@Component
class CaseVariablesGrant {

  private final AuthorizationService authorizations;

  CaseVariablesGrant(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onTaskCreated(DelegateTask task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null) {
        grant(authorizations, candidate.getGroupId(), Resources.PROCESS_INSTANCE,
            task.getProcessInstanceId(), ProcessInstancePermissions.READ);
      }
    }
  }
}
