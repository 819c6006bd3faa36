package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.RECEIPT_NOTES;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.RECEIPT_SIGNED_BY_LEGAL_REPRESENTATIVE;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SCAN_IDS;

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
        RECEIPT_SIGNED_BY_LEGAL_REPRESENTATIVE.valueIn(execution),
        RECEIPT_NOTES.valueIn(execution));
    // Back office checks the signature on this scan: the receipt needs one.
    scans.attachToCase(confirmationNumber, ScanPurpose.ECON084_RECEIPT,
        SCAN_IDS.valueIn(execution), true);
    SCAN_IDS.removeFrom(execution);
    AfterExpiryVariables.writeEcon084(execution, renewals.get(confirmationNumber));
  }
}
