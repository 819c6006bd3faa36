package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.process.TaskVariable;
import java.util.Date;

/**
 * Variables of the after-expiry renewal ({@code token-renewal-after-expiry}). The case's data and
 * the branch's visa and delivery are those of the before-expiry renewal (the same delegates serve
 * both): they are declared from {@link BeforeExpiryProcessVariables}, so each name lives once.
 */
public enum AfterExpiryProcessVariables implements ProcessVariable {
  CONFIRMATION_NUMBER(BeforeExpiryProcessVariables.CONFIRMATION_NUMBER),
  COMPANY_NAME(BeforeExpiryProcessVariables.COMPANY_NAME),
  HOLDER_NAME(BeforeExpiryProcessVariables.HOLDER_NAME),
  DEVICE_SERIAL(BeforeExpiryProcessVariables.DEVICE_SERIAL),
  DEVICE_EXPIRES_AT(BeforeExpiryProcessVariables.DEVICE_EXPIRES_AT),
  BRANCH_OFFICE(BeforeExpiryProcessVariables.BRANCH_OFFICE),
  AUTHORIZED_PERSON_NAME(BeforeExpiryProcessVariables.AUTHORIZED_PERSON_NAME),
  /** How the case started: EXPIRED_CASE, BRANCH_ECON084 or PORTAL_UNASSIGNMENT. */
  ENTRY_POINT("entryPoint", String.class),
  /** The branch user who registered a received ECON-084 (start form). */
  INITIATOR("initiator", String.class),
  /** Input of the situation's decision: the holder's profile, ADMIN or OPERATOR. */
  HOLDER_PROFILE("holderProfile", String.class),
  /** Input of the situation's decision: a renewal was requested before expiry. */
  RENEWAL_REQUESTED("renewalRequested", Boolean.class),
  /** Input of the situation's decision: the new token was delivered at a branch. */
  TOKEN_COLLECTED("tokenCollected", Boolean.class),
  /** Input of the situation's decision: an admin of the company has a working token. */
  COMPANY_HAS_WORKING_ADMIN("companyHasWorkingAdmin", Boolean.class),
  /** The ECON-084 form has arrived at the bank (gateway condition). */
  ECON084_RECEIVED("econ084Received", Boolean.class),
  /** When the ECON-084 form arrived. */
  ECON084_RECEIVED_AT("econ084ReceivedAt", Date.class),
  /** End of back office's 24-hour window (timer). */
  BACK_OFFICE_DUE_AT("backOfficeDueAt", Date.class),
  /** When the holder may log in again (timer). */
  LOGIN_AVAILABLE_AT("loginAvailableAt", Date.class),
  /** The after-expiry situation (1-3) the DMN decided (gateway condition). */
  SITUATION("situation", Integer.class),
  /** The received ECON-084 is signed by the legal representative (form field). */
  RECEIPT_SIGNED_BY_LEGAL_REPRESENTATIVE("receiptSignedByLegalRepresentative", Boolean.class),
  /** Notes on the received ECON-084 (form field). */
  RECEIPT_NOTES("receiptNotes", String.class),
  /** NIT typed from a received ECON-084 (start form field). */
  INTAKE_COMPANY_NIT("intakeCompanyNit", String.class),
  /** Holder's ID type typed from a received ECON-084 (start form field). */
  INTAKE_HOLDER_ID_TYPE("intakeHolderIdType", String.class),
  /** Holder's ID number typed from a received ECON-084 (start form field). */
  INTAKE_HOLDER_ID_NUMBER("intakeHolderIdNumber", String.class),
  /** Token serial typed from a received ECON-084 (start form field). */
  INTAKE_DEVICE_SERIAL("intakeDeviceSerial", String.class),
  /** The ECON-084 section the company marked (start form field). */
  INTAKE_SECTION("intakeSection", String.class),
  /** The ECON-084 is signed by the legal representative (start form field). */
  INTAKE_SIGNED_BY_LEGAL_REPRESENTATIVE("intakeSignedByLegalRepresentative", Boolean.class),
  /** Back office's check of the ECON-084: APPROVED or REJECTED (form field). */
  CHECK_RESULT("checkResult", String.class),
  /** Why back office rejected the ECON-084 (form field). */
  CHECK_OBSERVATIONS("checkObservations", String.class),
  /** Outcome of back office's check, written by its delegate (gateway condition). */
  CHECK_APPROVED("checkApproved", Boolean.class),
  VERIFICATION_CODE(BeforeExpiryProcessVariables.VERIFICATION_CODE),
  VISA_RESULT(BeforeExpiryProcessVariables.VISA_RESULT),
  VISA_EVIDENCE_REFERENCE(BeforeExpiryProcessVariables.VISA_EVIDENCE_REFERENCE),
  VISA_OBSERVATIONS(BeforeExpiryProcessVariables.VISA_OBSERVATIONS),
  VISA_APPROVED(BeforeExpiryProcessVariables.VISA_APPROVED),
  /** The branch unassigned the old token (form field). */
  UNASSIGNMENT_CONFIRMED("unassignmentConfirmed", Boolean.class),
  /** Reference of the unassignment (form field). */
  UNASSIGNMENT_REFERENCE("unassignmentReference", String.class),
  /** The new serial was activated (form field). */
  SERIAL_ACTIVATION_CONFIRMED("serialActivationConfirmed", Boolean.class),
  /** Reference of the serial activation (form field). */
  SERIAL_ACTIVATION_REFERENCE("serialActivationReference", String.class),
  /** The manager's action on an overdue case (form field). */
  ESCALATION_ACTION("escalationAction", String.class),
  /** The manager's note on an overdue case (form field). */
  ESCALATION_NOTE("escalationNote", String.class),
  DELIVERY_RECIPIENT(BeforeExpiryProcessVariables.DELIVERY_RECIPIENT),
  PRESENTED_ID_TYPE(BeforeExpiryProcessVariables.PRESENTED_ID_TYPE),
  PRESENTED_ID_NUMBER(BeforeExpiryProcessVariables.PRESENTED_ID_NUMBER),
  IDENTITY_DOCUMENT_CHECKED(BeforeExpiryProcessVariables.IDENTITY_DOCUMENT_CHECKED),
  NEW_DEVICE_SERIAL(BeforeExpiryProcessVariables.NEW_DEVICE_SERIAL),
  SCAN_IDS(BeforeExpiryProcessVariables.SCAN_IDS),
  CASE_CONTEXT(TaskVariable.CASE_CONTEXT),
  /** Input of an e-mail task (local). */
  MAIL_TEMPLATE(TaskVariable.MAIL_TEMPLATE),
  /** Input of a document task (local). */
  DOCUMENT_TYPE(TaskVariable.DOCUMENT_TYPE);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = AfterExpiryService.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  AfterExpiryProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  AfterExpiryProcessVariables(ProcessVariable same) {
    this(same.variableName(), same.type());
  }

  @Override
  public String variableName() {
    return variableName;
  }

  @Override
  public Class<?> type() {
    return type;
  }
}
