package co.bank.enterprisetoken.registry;

import co.bank.enterprisetoken.errors.FieldErrors;
import java.util.regex.Pattern;

/**
 * The bank's input rules for what the registry keeps (R-V1..R-V4, the format of R-V5): NITs, person
 * ids, e-mails, mobiles, token serials, dynamic codes, office codes and names. Each check records
 * its Spanish refusal in the request's {@link FieldErrors} under the field's name and returns it,
 * so one answer names every bad field. Values arrive already in the form {@link InputNormalizer}
 * gives them; {@link InputFormats} tells API clients what may be typed before that.
 */
public final class InputRules {

  private static final int[] NIT_WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
  private static final Pattern NIT = Pattern.compile("^(\\d{9})-(\\d)$");
  private static final Pattern EMAIL = Pattern.compile(
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
  private static final Pattern MOBILE = Pattern.compile("^3\\d{9}$");
  private static final Pattern SERIAL = Pattern.compile("^4\\d{9}$");
  private static final Pattern DYNAMIC_CODE = Pattern.compile(InputFormats.DYNAMIC_CODE_PATTERN);
  private static final Pattern OFFICE = Pattern.compile(InputFormats.OFFICE_PATTERN);
  private static final Pattern NAME =
      Pattern.compile("^[\\p{L}][\\p{L} .'-]{0," + (InputFormats.NAME_MAX - 1) + "}$");

  private InputRules() {
  }

  /** R-V1: NIT {@code 900123456-8}, nine digits, a dash and the DIAN modulo-11 check digit. */
  public static FieldErrors nit(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      var m = NIT.matcher(value);
      if (!m.matches()) {
        errors.add(field,
            "El NIT debe tener 9 dígitos, guion y dígito de verificación (ej. 900123456-8).");
      } else if (nitCheckDigit(m.group(1)) != m.group(2).charAt(0) - '0') {
        errors.add(field, "El dígito de verificación del NIT no es correcto.");
      }
    }
    return errors;
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
  public static IdType idType(FieldErrors errors, String field, String value) {
    if (!errors.required(field, value)) {
      return null;
    }
    try {
      return IdType.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.add(field, "Tipo de identificación no válido: use CC, CE, PA o NIT.");
      return null;
    }
  }

  /** R-V2: id number format per type (CC/CE digits, PA alphanumeric, NIT with check digit). */
  public static FieldErrors idNumber(FieldErrors errors, String field, IdType type, String value) {
    if (!errors.required(field, value) || type == null) {
      return errors;
    }
    return switch (type) {
      case CC -> errors.check(field, value.matches("^[1-9]\\d{5,9}$"),
          "La cédula de ciudadanía debe tener entre 6 y 10 dígitos.");
      case CE -> errors.check(field, value.matches("^\\d{6,10}$"),
          "La cédula de extranjería debe tener entre 6 y 10 dígitos.");
      case PA -> errors.check(field, value.matches("^[A-Z0-9]{5,15}$"),
          "El pasaporte debe tener entre 5 y 15 letras mayúsculas o dígitos.");
      case NIT -> nit(errors, field, value);
    };
  }

  /** R-V3. */
  public static FieldErrors email(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, value.length() <= 254 && EMAIL.matcher(value).matches(),
          "El correo electrónico no es válido.");
    }
    return errors;
  }

  /** R-V3: Colombian mobile, 10 digits starting with 3. */
  public static FieldErrors mobile(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, MOBILE.matcher(value).matches(),
          "El celular debe tener 10 dígitos y empezar por 3.");
    }
    return errors;
  }

  /** R-V4: the serial printed on the back of the token, 10 digits starting with 4. */
  public static FieldErrors serial(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, SERIAL.matcher(value).matches(),
          "El serial debe tener 10 dígitos y empezar por 4 (está impreso al respaldo del token).");
    }
    return errors;
  }

  /** R-V5 (format only; the code itself is verified by the {@link DynamicCodeVerifier}). */
  public static FieldErrors dynamicCode(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, DYNAMIC_CODE.matcher(value).matches(),
          "El número dinámico debe tener 6 dígitos.");
    }
    return errors;
  }

  /** The code of a {@link BranchOffice}: 4 digits. */
  public static FieldErrors branchOffice(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, OFFICE.matcher(value).matches(),
          "El código de oficina debe tener 4 dígitos.");
    }
    return errors;
  }

  /** Names and surnames of a person. */
  public static FieldErrors personName(FieldErrors errors, String field, String value) {
    if (errors.required(field, value)) {
      errors.check(field, NAME.matcher(value).matches(),
          "Solo letras, espacios y los signos . ' - (máximo " + InputFormats.NAME_MAX
              + " caracteres).");
    }
    return errors;
  }
}
