package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.errors.FieldErrors;

/**
 * R-T7: the password of the virtual-token certificate (the bank's policy, the seed names none):
 * 8 to 16 characters without spaces, at least one capital letter, one small letter and one digit,
 * not containing the holder's id number, and no character three times in a row. The messages
 * never repeat the password.
 */
public final class CertificatePasswordPolicy {

  private CertificatePasswordPolicy() {
  }

  public static FieldErrors check(FieldErrors errors, String field, String value,
      String idNumber) {
    if (!errors.required(field, value)) {
      return errors;
    }
    errors.check(field, value.length() >= 8 && value.length() <= 16,
        "La contraseña debe tener entre 8 y 16 caracteres.");
    errors.check(field, value.chars().noneMatch(Character::isWhitespace),
        "La contraseña no puede tener espacios.");
    errors.check(field, value.chars().anyMatch(c -> c >= 'A' && c <= 'Z'),
        "La contraseña debe tener al menos una letra mayúscula.");
    errors.check(field, value.chars().anyMatch(c -> c >= 'a' && c <= 'z'),
        "La contraseña debe tener al menos una letra minúscula.");
    errors.check(field, value.chars().anyMatch(c -> c >= '0' && c <= '9'),
        "La contraseña debe tener al menos un número.");
    errors.check(field, idNumber == null || !value.contains(idNumber),
        "La contraseña no puede contener su número de identificación.");
    boolean tripled = false;
    for (int i = 2; i < value.length(); i++) {
      tripled |= value.charAt(i) == value.charAt(i - 1) && value.charAt(i) == value.charAt(i - 2);
    }
    return errors.check(field, !tripled,
        "La contraseña no puede repetir un carácter tres veces seguidas.");
  }
}
