package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.evidence.ScanPurpose;
import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordUnassignment: the expired token is unassigned (R-S1a). */
@Component
public class RecordUnassignmentDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;
  private final EvidenceScanService scans;

  public RecordUnassignmentDelegate(AfterExpiryService afterExpiry, TaskActors actors,
      EvidenceScanService scans) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
    this.scans = scans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    afterExpiry.recordUnassignment(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_UnassignToken"),
        (Boolean) execution.getVariable("unassignmentConfirmed"),
        (String) execution.getVariable("unassignmentReference"));
    scans.attachToCase(execution.getProcessBusinessKey(), ScanPurpose.UNASSIGNMENT,
        (String) execution.getVariable(EvidenceScanService.SCAN_IDS), false);
    execution.removeVariable(EvidenceScanService.SCAN_IDS);
  }
}
