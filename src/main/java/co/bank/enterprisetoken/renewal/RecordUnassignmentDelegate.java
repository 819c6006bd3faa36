package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SCAN_IDS;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.UNASSIGNMENT_CONFIRMED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.UNASSIGNMENT_REFERENCE;

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
        UNASSIGNMENT_CONFIRMED.valueIn(execution), UNASSIGNMENT_REFERENCE.valueIn(execution));
    scans.attachToCase(execution.getProcessBusinessKey(), ScanPurpose.UNASSIGNMENT,
        SCAN_IDS.valueIn(execution), false);
    SCAN_IDS.removeFrom(execution);
  }
}
