package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.process.TaskVariable;
import java.util.Date;

/** Variables of the activation after expiry ({@code token-activation-after-expiry}). */
public enum ActivationProcessVariables implements ProcessVariable {
  /** The client company's name. */
  COMPANY_NAME("companyName", String.class),
  /** The token holder's full name. */
  HOLDER_NAME("holderName", String.class),
  /** The serial of the token being activated. */
  DEVICE_SERIAL("deviceSerial", String.class),
  /** The holder confirmed e-mail and mobile number (gateway condition). */
  DATA_CORRECT("dataCorrect", Boolean.class),
  /** When the registration code expires (timer). */
  CODE_EXPIRES_AT("codeExpiresAt", Date.class),
  /** Input of an e-mail task (local). */
  MAIL_TEMPLATE(TaskVariable.MAIL_TEMPLATE);

  /** The process these variables belong to. */
  public static final String PROCESS_KEY = RegistrationService.PROCESS_KEY;

  private final String variableName;
  private final Class<?> type;

  ActivationProcessVariables(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  ActivationProcessVariables(ProcessVariable same) {
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
