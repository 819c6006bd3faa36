package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.evidence.ScanPurpose;
import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordVisa: records the branch's visa (R-S1c) in the completing user's transaction, so a bad
 * form is refused in Tasklist with the field named. Output: {@code visaApproved}.
 */
@Component
public class RecordVisaDelegate implements JavaDelegate {

  private final RenewalService renewals;
  private final TaskActors actors;
  private final EvidenceScanService scans;

  public RecordVisaDelegate(RenewalService renewals, TaskActors actors, EvidenceScanService scans) {
    this.renewals = renewals;
    this.actors = actors;
    this.scans = scans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = renewals.recordVisa(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_VisaSignature"),
        new VisaInput((String) execution.getVariable("visaResult"),
            (String) execution.getVariable("visaEvidenceReference"),
            (String) execution.getVariable("visaObservations"),
            (String) execution.getVariable(FormVerification.FIELD)));
    // The scan of the signed form is the visa's evidence: a positive visa needs one.
    scans.attachToCase(execution.getProcessBusinessKey(), ScanPurpose.VISA,
        (String) execution.getVariable(EvidenceScanService.SCAN_IDS), approved);
    execution.setVariable("visaApproved", approved);
    // The registry keeps the visa; a new visa after a rejection starts from an empty form.
    execution.removeVariables(java.util.List.of("visaResult", "visaEvidenceReference",
        "visaObservations", FormVerification.FIELD, EvidenceScanService.SCAN_IDS));
  }
}
