package co.bank.enterprisetoken.errors;

import co.bank.enterprisetoken.registry.IdType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request so that a 400 names every bad field at once; the checks are
 * the bank's input rules R-V1..R-V4.
 */
public final class FieldErrors {

  private static final int[] NIT_WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
  private static final Pattern NIT = Pattern.compile("^(\\d{9})-(\\d)$");
  private static final Pattern EMAIL = Pattern.compile(
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
  private static final Pattern MOBILE = Pattern.compile("^3\\d{9}$");
  private static final Pattern SERIAL = Pattern.compile("^4\\d{9}$");
  private static final Pattern DYNAMIC_CODE = Pattern.compile("^\\d{6}$");
  private static final Pattern OFFICE = Pattern.compile("^\\d{4}$");
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} .'-]{0,99}$");

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

  private boolean present(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "Es obligatorio.");
      return false;
    }
    return true;
  }

  /** R-V1: NIT {@code 900123456-8}, nine digits, a dash and the DIAN modulo-11 check digit. */
  public FieldErrors nit(String field, String value) {
    if (present(field, value)) {
      var m = NIT.matcher(value);
      if (!m.matches()) {
        add(field, "El NIT debe tener 9 dígitos, guion y dígito de verificación (ej. 900123456-8).");
      } else if (nitCheckDigit(m.group(1)) != m.group(2).charAt(0) - '0') {
        add(field, "El dígito de verificación del NIT no es correcto.");
      }
    }
    return this;
  }

  /** DIAN modulo-11 check digit of a NIT's base number. */
  public static int nitCheckDigit(String base) {
    int sum = 0;
    for (int i = 0; i < base.length(); i++) {
      sum += (base.charAt(base.length() - 1 - i) - '0') * NIT_WEIGHTS[i];
    }
    int r = sum % 11;
    return r > 1 ? 11 - r : r;
  }

  /** R-V2: the id type is one of {@link IdType}; returns it, or null after recording the error. */
  public IdType idType(String field, String value) {
    if (!present(field, value)) {
      return null;
    }
    try {
      return IdType.valueOf(value);
    } catch (IllegalArgumentException e) {
      add(field, "Tipo de identificación no válido: use CC, CE, PA o NIT.");
      return null;
    }
  }

  /** R-V2: id number format per type (CC/CE digits, PA alphanumeric, NIT with check digit). */
  public FieldErrors idNumber(String field, IdType type, String value) {
    if (!present(field, value) || type == null) {
      return this;
    }
    switch (type) {
      case CC -> check(field, value.matches("^[1-9]\\d{5,9}$"),
          "La cédula de ciudadanía debe tener entre 6 y 10 dígitos.");
      case CE -> check(field, value.matches("^\\d{6,10}$"),
          "La cédula de extranjería debe tener entre 6 y 10 dígitos.");
      case PA -> check(field, value.matches("^[A-Z0-9]{5,15}$"),
          "El pasaporte debe tener entre 5 y 15 letras mayúsculas o dígitos.");
      case NIT -> nit(field, value);
    }
    return this;
  }

  /** R-V3. */
  public FieldErrors email(String field, String value) {
    if (present(field, value)) {
      check(field, value.length() <= 254 && EMAIL.matcher(value).matches(),
          "El correo electrónico no es válido.");
    }
    return this;
  }

  /** R-V3: Colombian mobile, 10 digits starting with 3. */
  public FieldErrors mobile(String field, String value) {
    if (present(field, value)) {
      check(field, MOBILE.matcher(value).matches(),
          "El celular debe tener 10 dígitos y empezar por 3.");
    }
    return this;
  }

  /** R-V4: the serial printed on the back of the token, 10 digits starting with 4. */
  public FieldErrors serial(String field, String value) {
    if (present(field, value)) {
      check(field, SERIAL.matcher(value).matches(),
          "El serial debe tener 10 dígitos y empezar por 4 (está impreso al respaldo del token).");
    }
    return this;
  }

  /** R-V5 (format only; the code itself is verified by the DynamicCodeVerifier). */
  public FieldErrors dynamicCode(String field, String value) {
    if (present(field, value)) {
      check(field, DYNAMIC_CODE.matcher(value).matches(), "El número dinámico debe tener 6 dígitos.");
    }
    return this;
  }

  /**
   * R-V6: the password of the user being registered, one message per broken rule. Letters are
   * A-Z in either case, compared without case ({@code aA} counts as repeated, {@code AbC} as a run).
   * The messages never repeat the password.
   */
  public FieldErrors password(String field, String value) {
    if (!present(field, value)) {
      return this;
    }
    check(field, value.length() == 8, "La clave debe tener exactamente 8 caracteres.");
    check(field, value.chars().allMatch(c -> isAsciiLetter(c) || isDigit(c)),
        "La clave solo puede tener letras y números (sin espacios, tildes ni símbolos).");
    check(field, value.chars().anyMatch(FieldErrors::isAsciiLetter),
        "La clave debe tener al menos una letra.");
    check(field, value.chars().anyMatch(FieldErrors::isDigit),
        "La clave debe tener al menos un número.");
    String folded = value.toLowerCase(java.util.Locale.ROOT);
    boolean repeated = false;
    boolean run = false;
    for (int i = 1; i < folded.length(); i++) {
      int step = folded.charAt(i) - folded.charAt(i - 1);
      repeated |= step == 0;
      run |= i >= 2 && Math.abs(step) == 1 && step == folded.charAt(i - 1) - folded.charAt(i - 2)
          && sameClass(folded.charAt(i - 2), folded.charAt(i));
    }
    check(field, !repeated, "La clave no puede tener dos caracteres iguales seguidos (como 11 o aa).");
    check(field, !run, "La clave no puede tener 3 caracteres consecutivos ascendentes o"
        + " descendentes (como 123, abc o cba).");
    return this;
  }

  /**
   * R-T7: the password of the virtual-token certificate (the bank's policy, the seed names none):
   * 8 to 16 characters without spaces, at least one capital letter, one small letter and one digit,
   * not containing the holder's id number, and no character three times in a row. The messages
   * never repeat the password.
   */
  public FieldErrors certificatePassword(String field, String value, String idNumber) {
    if (!present(field, value)) {
      return this;
    }
    check(field, value.length() >= 8 && value.length() <= 16,
        "La contraseña debe tener entre 8 y 16 caracteres.");
    check(field, value.chars().noneMatch(Character::isWhitespace),
        "La contraseña no puede tener espacios.");
    check(field, value.chars().anyMatch(c -> c >= 'A' && c <= 'Z'),
        "La contraseña debe tener al menos una letra mayúscula.");
    check(field, value.chars().anyMatch(c -> c >= 'a' && c <= 'z'),
        "La contraseña debe tener al menos una letra minúscula.");
    check(field, value.chars().anyMatch(FieldErrors::isDigit),
        "La contraseña debe tener al menos un número.");
    check(field, idNumber == null || !value.contains(idNumber),
        "La contraseña no puede contener su número de identificación.");
    boolean tripled = false;
    for (int i = 2; i < value.length(); i++) {
      tripled |= value.charAt(i) == value.charAt(i - 1) && value.charAt(i) == value.charAt(i - 2);
    }
    check(field, !tripled, "La contraseña no puede repetir un carácter tres veces seguidas.");
    return this;
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

  public FieldErrors branchOffice(String field, String value) {
    if (present(field, value)) {
      check(field, OFFICE.matcher(value).matches(), "El código de oficina debe tener 4 dígitos.");
    }
    return this;
  }

  public FieldErrors personName(String field, String value) {
    if (present(field, value)) {
      check(field, NAME.matcher(value).matches(),
          "Solo letras, espacios y los signos . ' - (máximo 100 caracteres).");
    }
    return this;
  }

  public FieldErrors text(String field, String value, int min, int max) {
    if (present(field, value)) {
      check(field, value.strip().length() >= min && value.length() <= max,
          "Debe tener entre " + min + " y " + max + " caracteres.");
    }
    return this;
  }

  private void check(String field, boolean ok, String message) {
    if (!ok) {
      add(field, message);
    }
  }
}
