package co.bank.enterprisetoken.evidence;

/** The user may not see or change this scan (403); the message is for the clerk. */
public class ScanForbiddenException extends RuntimeException {
  public ScanForbiddenException(String message) {
    super(message);
  }
}
