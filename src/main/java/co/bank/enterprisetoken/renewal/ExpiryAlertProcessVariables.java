package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.process.TaskVariable;

/** Variables of the expiry alert ({@code token-expiry-alert}). */
public enum ExpiryAlertProcessVariables implements ProcessVariable {
  /** The serial of the token about to expire. */
  DEVICE_SERIAL("deviceSerial", String.class),
  /** The client company's name. */
  COMPANY_NAME("companyName", String.class),
  /** The token holder's full name. */
  HOLDER_NAME("holderName", String.class),
  /** Input of an e-mail task (local). */
  MAIL_TEMPLATE(TaskVariable.MAIL_TEMPLATE);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = ExpiryAlerts.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  ExpiryAlertProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  ExpiryAlertProcessVariables(ProcessVariable same) {
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
