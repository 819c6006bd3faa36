package co.bank.enterprisetoken.errors;

/** An unknown case or resource (404). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
