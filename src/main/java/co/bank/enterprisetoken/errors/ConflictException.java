package co.bank.enterprisetoken.errors;

import org.camunda.bpm.engine.BadUserRequestException;
import java.util.List;

/**
 * A request that conflicts with the state of the cases (409): a device already in an open case,
 * a step out of order. {@code caseNumbers} names the existing cases the caller should look at.
 */
public class ConflictException extends BadUserRequestException {

  private final List<String> caseNumbers;

  public ConflictException(String message, List<String> caseNumbers) {
    super(message);
    this.caseNumbers = List.copyOf(caseNumbers);
  }

  public ConflictException(String message) {
    this(message, List.of());
  }

  public List<String> getCaseNumbers() {
    return caseNumbers;
  }
}
