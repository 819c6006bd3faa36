package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.registry.BranchOffice;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCase: links the process to its registry case (creating it for a branch's ECON-084,
 * entry b) and writes the inputs of the DMN {@code expiry-situation}.
 */
@Component
public class RegisterAfterExpiryCaseDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final RenewalService renewals;
  private final EvidenceScanService scans;

  public RegisterAfterExpiryCaseDelegate(AfterExpiryService afterExpiry, RenewalService renewals,
      EvidenceScanService scans) {
    this.afterExpiry = afterExpiry;
    this.renewals = renewals;
    this.scans = scans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String confirmationNumber = execution.getProcessBusinessKey();
    if (confirmationNumber == null) {
      String initiator = (String) execution.getVariable("initiator");
      confirmationNumber = afterExpiry.registerFromBranch(officeOf(execution, initiator), initiator,
          new Econ084Intake((String) execution.getVariable("intakeCompanyNit"),
              (String) execution.getVariable("intakeHolderIdType"),
              (String) execution.getVariable("intakeHolderIdNumber"),
              (String) execution.getVariable("intakeDeviceSerial"),
              (String) execution.getVariable("intakeSection"),
              (Boolean) execution.getVariable("intakeSignedByLegalRepresentative")));
      // The scans of the ECON-084 the clerk attached to the start form join the new case.
      scans.attachToNewCase(confirmationNumber, initiator,
          (String) execution.getVariable(EvidenceScanService.SCAN_IDS));
      execution.removeVariable(EvidenceScanService.SCAN_IDS);
      execution.setProcessBusinessKey(confirmationNumber);
      execution.setVariable("entryPoint", EntryPoint.BRANCH_ECON084.name());
    }
    RenewalCase renewal = renewals.get(confirmationNumber);
    execution.setVariables(Map.of(
        "confirmationNumber", confirmationNumber,
        "branchOffice", renewal.getBranchOffice().getCode(),
        "deviceSerial", renewal.getDevice().getSerial(),
        "deviceExpiresAt", Date.from(renewal.getDevice().getExpiresAt()),
        "companyName", renewal.getCompany().getName(),
        "holderName", renewal.holder().fullName()));
    execution.setVariable("authorizedPersonName",
        renewal.authorizedPerson().map(AuthorizedPerson::fullName).orElse(null));
    // The serial collected before expiry: the back office activates it (situation 2) and its form
    // shows which one.
    renewal.newDevice().ifPresent(d -> execution.setVariable("newDeviceSerial", d.getSerial()));
    execution.setVariables(afterExpiry.facts(confirmationNumber).asVariables());
  }

  /** The office of the branch user who started the case from Tasklist (group branch-NNNN). */
  private static String officeOf(DelegateExecution execution, String userId) {
    var identity = execution.getProcessEngineServices().getIdentityService();
    var authentication = identity.getCurrentAuthentication();
    List<String> groups = authentication != null && authentication.getGroupIds() != null
        ? authentication.getGroupIds()
        : userId == null ? List.of()
            : identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
    return groups.stream()
        .filter(g -> g.startsWith(BranchOffice.STAFF_GROUP_PREFIX))
        .map(g -> g.substring(BranchOffice.STAFF_GROUP_PREFIX.length()))
        .findFirst().orElse("");
  }
}
