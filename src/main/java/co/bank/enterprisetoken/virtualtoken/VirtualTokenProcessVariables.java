package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.process.TaskVariable;
import java.util.Date;

/** Variables of the virtual-token issuance ({@code virtual-token-issuance}). */
public enum VirtualTokenProcessVariables implements ProcessVariable {
  /** The case's confirmation number (also the business key). */
  CONFIRMATION_NUMBER("confirmationNumber", String.class),
  /** The client company's name. */
  COMPANY_NAME("companyName", String.class),
  /** The signing user's full name. */
  HOLDER_NAME("holderName", String.class),
  /** The signing user's ID number (support form). */
  HOLDER_ID_NUMBER("holderIdNumber", String.class),
  /** Issuance or reissue (gateway condition). */
  KIND("kind", String.class),
  /** End of the installation window (timer). */
  WINDOW_ENDS_AT("windowEndsAt", Date.class),
  /** The same, in Bogotá time for forms and e-mails. */
  WINDOW_ENDS_AT_TEXT("windowEndsAtText", String.class),
  /** When branch support is warned (timer). */
  SUPPORT_WARNING_AT("supportWarningAt", Date.class),
  /** How many times the questionnaire locked (gateway condition). */
  LOCK_COUNT("lockCount", Integer.class),
  /** End of the questionnaire lock (timer). */
  QUESTIONNAIRE_LOCKED_UNTIL("questionnaireLockedUntil", Date.class),
  /** The same, in Bogotá time for the e-mail. */
  LOCKED_UNTIL_TEXT("lockedUntilText", String.class),
  /** Support confirmed the installation (form field). */
  INSTALLATION_CONFIRMED("installationConfirmed", Boolean.class),
  /** Why the holder asked for support (form field). */
  SUPPORT_REASON("supportReason", String.class),
  /** Support's notes (form field). */
  SUPPORT_NOTES("supportNotes", String.class),
  /** The case summary on each user task (local). */
  CASE_CONTEXT(TaskVariable.CASE_CONTEXT),
  /** Input of an e-mail task (local). */
  MAIL_TEMPLATE(TaskVariable.MAIL_TEMPLATE);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = VirtualTokenService.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  VirtualTokenProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  VirtualTokenProcessVariables(ProcessVariable same) {
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
