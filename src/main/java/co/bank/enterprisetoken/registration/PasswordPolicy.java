package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.errors.FieldErrors;
import java.util.Locale;

/**
 * R-V6: the online-banking password of the user being registered, one message per broken rule.
 * Letters are A-Z in either case, compared without case ({@code aA} counts as repeated, {@code AbC}
 * as a run). The messages never repeat the password.
 */
public final class PasswordPolicy {

  private PasswordPolicy() {
  }

  public static FieldErrors check(FieldErrors errors, String field, String value) {
    if (!errors.required(field, value)) {
      return errors;
    }
    errors.check(field, value.length() == 8, "La clave debe tener exactamente 8 caracteres.");
    errors.check(field, value.chars().allMatch(c -> isAsciiLetter(c) || isDigit(c)),
        "La clave solo puede tener letras y números (sin espacios, tildes ni símbolos).");
    errors.check(field, value.chars().anyMatch(PasswordPolicy::isAsciiLetter),
        "La clave debe tener al menos una letra.");
    errors.check(field, value.chars().anyMatch(PasswordPolicy::isDigit),
        "La clave debe tener al menos un número.");
    String folded = value.toLowerCase(Locale.ROOT);
    boolean repeated = false;
    boolean run = false;
    for (int i = 1; i < folded.length(); i++) {
      int step = folded.charAt(i) - folded.charAt(i - 1);
      repeated |= step == 0;
      run |= i >= 2 && Math.abs(step) == 1 && step == folded.charAt(i - 1) - folded.charAt(i - 2)
          && sameClass(folded.charAt(i - 2), folded.charAt(i));
    }
    errors.check(field, !repeated,
        "La clave no puede tener dos caracteres iguales seguidos (como 11 o aa).");
    return errors.check(field, !run, "La clave no puede tener 3 caracteres consecutivos"
        + " ascendentes o descendentes (como 123, abc o cba).");
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean sameClass(char a, char b) {
    return isDigit(a) == isDigit(b) && isAsciiLetter(a) == isAsciiLetter(b);
  }
}
