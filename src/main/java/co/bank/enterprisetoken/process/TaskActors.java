package co.bank.enterprisetoken.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Who completed the user task a service task follows: the authenticated Tasklist or REST user, or
 * else the task's last assignee. This is the "who" of the branch's evidence.
 */
@Component
public class TaskActors {

  public String completedBy(DelegateExecution execution, String taskDefinitionKey) {
    var services = execution.getProcessEngineServices();
    var authentication = services.getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return services.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey)
        .finished()
        .orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1).stream()
        .map(HistoricTaskInstance::getAssignee)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse("desconocido");
  }
}
