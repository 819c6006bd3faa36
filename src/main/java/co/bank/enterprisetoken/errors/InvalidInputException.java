package co.bank.enterprisetoken.errors;

import org.camunda.bpm.engine.BadUserRequestException;
import java.util.List;

/** Bad input: every bad field at once. Thrown before anything is stored or started. */
public class InvalidInputException extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("Datos inválidos. " + errors.stream().map(e -> e.field() + ": " + e.message())
        .collect(java.util.stream.Collectors.joining(" ")));
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
