package co.bank.enterprisetoken.errors;

/**
 * A step needs an external service the installation has not configured (the SMS gateway, the
 * identity-validation questionnaire): 503 for the portal, a failed job (retried) in a process.
 */
public class NotConfiguredException extends IllegalStateException {

  public NotConfiguredException(String message) {
    super(message);
  }
}
