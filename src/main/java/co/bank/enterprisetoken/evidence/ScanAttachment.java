package co.bank.enterprisetoken.evidence;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a task that takes scans is completed, its form's {@code scanIds} are attached to the case,
 * in the completing transaction: a refusal (a positive visa without a scan) leaves the task open and
 * nothing recorded. The variable is removed afterwards (the registry keeps the link), so a re-visa
 * starts without the previous visa's files. Listens to the task events the Camunda Spring Boot
 * starter publishes ({@code camunda.bpm.eventing.task}), so the models need no listener of their own.
 */
@Component
class ScanAttachment {

  /** Which completions need a scan: a conforming visa and a received ECON-084. */
  private static final Map<ScanPurpose, java.util.function.Predicate<DelegateTask>> REQUIRED = Map.of(
      ScanPurpose.VISA, task -> "APPROVED".equals(task.getVariable("visaResult")),
      ScanPurpose.ECON084_RECEIPT, task -> true,
      ScanPurpose.UNASSIGNMENT, task -> false);

  private final EvidenceScanService scans;

  ScanAttachment(EvidenceScanService scans) {
    this.scans = scans;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onTaskCompleted(DelegateTask task) {
    ScanPurpose.ofTask(task.getTaskDefinitionKey()).ifPresent(purpose -> {
      scans.attachToCase(task.getId(), task.getExecution().getProcessBusinessKey(), purpose,
          (String) task.getVariable(EvidenceScanService.SCAN_IDS),
          REQUIRED.get(purpose).test(task));
      task.getExecution().removeVariable(EvidenceScanService.SCAN_IDS);
    });
  }
}
