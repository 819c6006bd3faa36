package co.bank.enterprisetoken.notification;

import static co.bank.enterprisetoken.process.TaskVariable.MAIL_TEMPLATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    MailTemplate template = MailTemplate.valueOf(MAIL_TEMPLATE.localValueIn(execution));
    notifications.send(template, execution.getProcessBusinessKey(), stepKey(execution));
  }

  /**
   * Identifies this arrival at the step, with the engine's public API only: the process instance,
   * the activity, and how many times that activity completed before in the instance. A retry of
   * the same arrival (also after a crash, on any node) counts the same, because a failed attempt
   * leaves no finished activity instance; the next arrival (a loop, a repeated reminder) counts one
   * more. Needs history level ACTIVITY or higher (the product runs FULL).
   */
  static String stepKey(DelegateExecution execution) {
    long completedBefore = execution.getProcessEngineServices().getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .finished()
        .count();
    return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/"
        + (completedBefore + 1);
  }
}
