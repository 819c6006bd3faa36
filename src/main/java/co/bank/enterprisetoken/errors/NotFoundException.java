package co.bank.enterprisetoken.errors;

import org.camunda.bpm.engine.BadUserRequestException;

/** An unknown case or resource (404). */
public class NotFoundException extends BadUserRequestException {
  public NotFoundException(String message) {
    super(message);
  }
}
