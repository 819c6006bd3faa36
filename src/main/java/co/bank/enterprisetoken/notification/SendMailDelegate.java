package co.bank.enterprisetoken.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The one e-mail step of every process: input parameter {@code mailTemplate} names a
 * {@link MailTemplate}; recipients and attachment follow from it. Used asynchronously, with a retry
 * cycle: an SMTP failure becomes a retry, then a Cockpit incident.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public SendMailDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailTemplate template = MailTemplate.valueOf((String) execution.getVariableLocal("mailTemplate"));
    notifications.send(template, execution.getProcessBusinessKey(), stepKey(execution));
  }

  /**
   * Identifies this arrival at the step: the id of the async job running it is the same across its
   * retries and new for each arrival (a loop or a repeated reminder sends a new e-mail).
   */
  static String stepKey(DelegateExecution execution) {
    String jobId = execution.getProcessEngineServices().getManagementService().createJobQuery()
        .executionId(execution.getId())
        .activityId(execution.getCurrentActivityId())
        .list().stream().map(Job::getId).findFirst()
        .orElse("sync-" + execution.getActivityInstanceId());
    return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + jobId;
  }
}
