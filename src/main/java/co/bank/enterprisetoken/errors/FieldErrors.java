package co.bank.enterprisetoken.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the field errors of one request so that a 400 names every bad field at once. It knows
 * no business rule: the input rules live beside the data they check ({@code registry.InputRules},
 * {@code registration.PasswordPolicy}, {@code virtualtoken.CertificatePasswordPolicy}) and record
 * their refusals here.
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws {@link InvalidInputException} naming every collected field, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Whether {@code value} is given; records "Es obligatorio." for the field when it is not. */
  public boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "Es obligatorio.");
      return false;
    }
    return true;
  }

  /** Records {@code message} for the field unless {@code ok}. */
  public FieldErrors check(String field, boolean ok, String message) {
    if (!ok) {
      add(field, message);
    }
    return this;
  }

  /** A required free text of {@code min} to {@code max} characters. */
  public FieldErrors text(String field, String value, int min, int max) {
    if (required(field, value)) {
      check(field, value.strip().length() >= min && value.length() <= max,
          "Debe tener entre " + min + " y " + max + " caracteres.");
    }
    return this;
  }
}
