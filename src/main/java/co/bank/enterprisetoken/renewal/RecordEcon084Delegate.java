package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.evidence.ScanPurpose;
import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordEcon084: the branch received the signed ECON-084; the 24-hour window opens. */
@Component
public class RecordEcon084Delegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final RenewalService renewals;
  private final TaskActors actors;
  private final EvidenceScanService scans;

  public RecordEcon084Delegate(AfterExpiryService afterExpiry, RenewalService renewals,
      TaskActors actors, EvidenceScanService scans) {
    this.afterExpiry = afterExpiry;
    this.renewals = renewals;
    this.actors = actors;
    this.scans = scans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String confirmationNumber = execution.getProcessBusinessKey();
    afterExpiry.recordEcon084Receipt(confirmationNumber,
        actors.completedBy(execution, "Task_RegisterEcon084"),
        (Boolean) execution.getVariable("receiptSignedByLegalRepresentative"),
        (String) execution.getVariable("receiptNotes"));
    // Back office checks the signature on this scan: the receipt needs one.
    scans.attachToCase(confirmationNumber, ScanPurpose.ECON084_RECEIPT,
        (String) execution.getVariable(EvidenceScanService.SCAN_IDS), true);
    execution.removeVariable(EvidenceScanService.SCAN_IDS);
    AfterExpiryVariables.writeEcon084(execution, renewals.get(confirmationNumber));
  }
}
