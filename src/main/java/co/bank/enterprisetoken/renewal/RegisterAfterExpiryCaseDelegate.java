package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.AUTHORIZED_PERSON_NAME;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.BRANCH_OFFICE;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.CONFIRMATION_NUMBER;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.DEVICE_EXPIRES_AT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.DEVICE_SERIAL;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ENTRY_POINT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.HOLDER_NAME;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INITIATOR;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_COMPANY_NIT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_DEVICE_SERIAL;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_HOLDER_ID_NUMBER;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_HOLDER_ID_TYPE;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_SECTION;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.INTAKE_SIGNED_BY_LEGAL_REPRESENTATIVE;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SCAN_IDS;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.registry.BranchOffice;
import java.util.Date;
import java.util.List;
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
      String initiator = INITIATOR.valueIn(execution);
      confirmationNumber = afterExpiry.registerFromBranch(officeOf(execution, initiator), initiator,
          new Econ084Intake(INTAKE_COMPANY_NIT.valueIn(execution),
              INTAKE_HOLDER_ID_TYPE.valueIn(execution), INTAKE_HOLDER_ID_NUMBER.valueIn(execution),
              INTAKE_DEVICE_SERIAL.valueIn(execution), INTAKE_SECTION.valueIn(execution),
              INTAKE_SIGNED_BY_LEGAL_REPRESENTATIVE.valueIn(execution)));
      // The scans of the ECON-084 the clerk attached to the start form join the new case.
      scans.attachToNewCase(confirmationNumber, initiator, SCAN_IDS.valueIn(execution));
      SCAN_IDS.removeFrom(execution);
      execution.setProcessBusinessKey(confirmationNumber);
      ENTRY_POINT.setIn(execution, EntryPoint.BRANCH_ECON084.name());
    }
    RenewalCase renewal = renewals.get(confirmationNumber);
    CONFIRMATION_NUMBER.setIn(execution, confirmationNumber);
    BRANCH_OFFICE.setIn(execution, renewal.getBranchOffice().getCode());
    DEVICE_SERIAL.setIn(execution, renewal.getDevice().getSerial());
    DEVICE_EXPIRES_AT.setIn(execution, Date.from(renewal.getDevice().getExpiresAt()));
    COMPANY_NAME.setIn(execution, renewal.getCompany().getName());
    HOLDER_NAME.setIn(execution, renewal.holder().fullName());
    AUTHORIZED_PERSON_NAME.setIn(execution,
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
