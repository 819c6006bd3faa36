package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.process.TaskVariable;
import java.util.Date;

/** Variables of the before-expiry renewal ({@code token-renewal-before-expiry}). */
public enum BeforeExpiryProcessVariables implements ProcessVariable {
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
  /** When the current token expires (timer of the expiry boundary). */
  DEVICE_EXPIRES_AT("deviceExpiresAt", Date.class),
  /** The branch's signature visa: APPROVED or REJECTED (form field). */
  VISA_RESULT("visaResult", String.class),
  /** The request form's verification code the branch typed (form field). */
  VERIFICATION_CODE(FormVerification.FIELD, String.class),
  /** Reference of the visa's evidence (form field). */
  VISA_EVIDENCE_REFERENCE("visaEvidenceReference", String.class),
  /** Why the signature was rejected (form field). */
  VISA_OBSERVATIONS("visaObservations", String.class),
  /** Outcome of the visa, written by the visa's delegate (gateway condition). */
  VISA_APPROVED("visaApproved", Boolean.class),
  /** The scans the branch attached to the task (form field). */
  SCAN_IDS(EvidenceScanService.SCAN_IDS, String.class),
  /** The case summary on each user task (local). */
  CASE_CONTEXT(TaskVariable.CASE_CONTEXT),
  /** Who received the token: the holder or the authorised person (form field). */
  DELIVERY_RECIPIENT("deliveryRecipient", String.class),
  /** Type of the identity document shown at the branch (form field). */
  PRESENTED_ID_TYPE("presentedIdType", String.class),
  /** Number of the identity document shown at the branch (form field). */
  PRESENTED_ID_NUMBER("presentedIdNumber", String.class),
  /** The clerk checked the identity document (form field). */
  IDENTITY_DOCUMENT_CHECKED("identityDocumentChecked", Boolean.class),
  /** Serial of the new physical token handed over (form field). */
  NEW_DEVICE_SERIAL("newDeviceSerial", String.class),
  /** The situation the DMN decided at expiry, output of the expiry step (R-B10). */
  EXPIRY_SITUATION("expirySituation", Integer.class),
  /** Who activated the renewed token (the company's administrator). */
  ACTIVATED_BY("activatedBy", String.class),
  /** Input of an e-mail task (local). */
  MAIL_TEMPLATE(TaskVariable.MAIL_TEMPLATE),
  /** Input of a document task (local). */
  DOCUMENT_TYPE(TaskVariable.DOCUMENT_TYPE);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = RenewalService.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  BeforeExpiryProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  BeforeExpiryProcessVariables(ProcessVariable same) {
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
