package co.bank.enterprisetoken.validation;

import java.util.List;

/** Bad input: every bad field at once. Thrown before anything is stored or started. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("Datos inválidos: " + errors);
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
