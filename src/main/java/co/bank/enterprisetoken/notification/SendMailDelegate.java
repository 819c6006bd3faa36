package co.bank.enterprisetoken.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
   * retries (also after a crash, on any node) and new for each arrival (a loop or a repeated
   * reminder sends a new e-mail).
   *
   * <p>The job comes from the engine's command context: a job query by execution id misses it when
   * the engine has replaced the job's concurrent execution (parallel branches that joined the
   * tree), and the fallback, the activity instance id, is new on every retry, which sent an e-mail
   * again after a node was killed between the SMTP accept and the job's commit (NodeCrashIT).
   */
  static String stepKey(DelegateExecution execution) {
    String jobId = currentJobId(execution);
    if (jobId == null) {
      jobId = execution.getProcessEngineServices().getManagementService().createJobQuery()
          .executionId(execution.getId())
          .activityId(execution.getCurrentActivityId())
          .list().stream().map(Job::getId).findFirst()
          .orElse("sync-" + execution.getActivityInstanceId());
    }
    return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + jobId;
  }

  private static String currentJobId(DelegateExecution execution) {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job != null && execution.getProcessInstanceId().equals(job.getProcessInstanceId())
        ? job.getId() : null;
  }
}
