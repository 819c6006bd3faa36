package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.ProcessVariable;
import java.util.Date;

/** Variables of the after-expiry renewal ({@code token-renewal-after-expiry}). */
public enum AfterExpiryProcessVariables implements ProcessVariable {
  /** The case's confirmation number (also the business key). */
  CONFIRMATION_NUMBER("confirmationNumber", String.class),
  /** The client company's name, shown in tasks and e-mails. */
  COMPANY_NAME("companyName", String.class),
  /** The token holder's full name. */
  HOLDER_NAME("holderName", String.class),
  /** The serial of the holder's current physical token. */
  DEVICE_SERIAL("deviceSerial", String.class),
  /** Code of the branch office that receives the case (candidate group branch-…). */
  BRANCH_OFFICE("branchOffice", String.class),
  /** The person the holder authorised to pick the token up, if any. */
  AUTHORIZED_PERSON_NAME("authorizedPersonName", String.class),
  /** How the case started: EXPIRED_CASE (from the before-expiry path) or BRANCH_ECON084. */
  ENTRY_POINT("entryPoint", String.class),
  /** The branch user who registered a received ECON-084 (start form). */
  INITIATOR("initiator", String.class),
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
  /** The situation recorded with the case's expiry. */
  EXPIRY_SITUATION("expirySituation", String.class),
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
  /** The form's verification code typed at the visa or the check (form field). */
  VERIFICATION_CODE("verificationCode", String.class),
  /** The branch's signature visa: APPROVED or REJECTED (form field). */
  VISA_RESULT("visaResult", String.class),
  /** Reference of the visa's evidence (form field). */
  VISA_EVIDENCE_REFERENCE("visaEvidenceReference", String.class),
  /** Why the signature was rejected (form field). */
  VISA_OBSERVATIONS("visaObservations", String.class),
  /** Outcome of the visa, written by the visa's delegate (gateway condition). */
  VISA_APPROVED("visaApproved", Boolean.class),
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
  /** Who received the token: the holder or the authorised person (form field). */
  DELIVERY_RECIPIENT("deliveryRecipient", String.class),
  /** Type of the identity document shown at the branch (form field). */
  PRESENTED_ID_TYPE("presentedIdType", String.class),
  /** Number of the identity document shown at the branch (form field). */
  PRESENTED_ID_NUMBER("presentedIdNumber", String.class),
  /** The clerk checked the identity document (form field). */
  IDENTITY_DOCUMENT_CHECKED("identityDocumentChecked", Boolean.class),
  /** Serial of the new physical token (form field). */
  NEW_DEVICE_SERIAL("newDeviceSerial", String.class),
  /** The scans the branch attached to the task (form field). */
  SCAN_IDS("scanIds", String.class),
  /** The case summary shown at the top of Tasklist forms (read-only). */
  CASE_CONTEXT("caseContext", String.class),
  /** Input of an e-mail task: the template to send (local). */
  MAIL_TEMPLATE("mailTemplate", String.class),
  /** Input of a document task: the PDF to generate (local). */
  DOCUMENT_TYPE("documentType", String.class);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = AfterExpiryService.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  AfterExpiryProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
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
