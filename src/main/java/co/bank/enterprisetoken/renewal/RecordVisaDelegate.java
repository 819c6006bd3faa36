package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.SCAN_IDS;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.VERIFICATION_CODE;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.VISA_APPROVED;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.VISA_EVIDENCE_REFERENCE;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.VISA_OBSERVATIONS;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.VISA_RESULT;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.evidence.ScanPurpose;
import co.bank.enterprisetoken.process.TaskActors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordVisa: records the branch's visa (R-S1c) in the completing user's transaction, so a bad
 * form is refused in Tasklist with the field named. Output: {@code visaApproved}. Both renewal
 * processes run it (the after-expiry schema declares these variables from the before-expiry one).
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
        new VisaInput(VISA_RESULT.valueIn(execution), VISA_EVIDENCE_REFERENCE.valueIn(execution),
            VISA_OBSERVATIONS.valueIn(execution), VERIFICATION_CODE.valueIn(execution)));
    // The scan of the signed form is the visa's evidence: a positive visa needs one.
    scans.attachToCase(execution.getProcessBusinessKey(), ScanPurpose.VISA,
        SCAN_IDS.valueIn(execution), approved);
    VISA_APPROVED.setIn(execution, approved);
    // The registry keeps the visa; a new visa after a rejection starts from an empty form.
    Stream.of(VISA_RESULT, VISA_EVIDENCE_REFERENCE, VISA_OBSERVATIONS, VERIFICATION_CODE, SCAN_IDS)
        .forEach(v -> v.removeFrom(execution));
  }
}
