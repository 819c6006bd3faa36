package co.bank.enterprisetoken.documents;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The verification code printed on every generated form: 10 symbols of Crockford's base32 (digits
 * and capital letters without I, L, O and U), shown as two groups of five ({@code 7KD2M-XQ9PA}).
 * 50 random bits from {@link SecureRandom}: not derived from the case's data, so a code cannot be
 * computed from what is printed elsewhere on the form or known about the company; the code itself
 * is the only link to its case and version, through the document store.
 *
 * <p>Typed back by a clerk or a USB QR reader, it is read the Crockford way: case does not matter,
 * spaces and dashes are ignored, O is read as 0 and I or L as 1.
 */
public final class VerificationCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  /** A fresh code, normalized (no dash). */
  static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** The code as printed and encoded in the QR: {@code XXXXX-XXXXX}. */
  public static String display(String code) {
    return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
  }

  /**
   * What a person or a reader typed, in the stored form; null when it cannot be a code at all
   * (wrong length or a symbol outside the alphabet).
   */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013') {
        continue;
      }
      char read = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (ALPHABET.indexOf(read) < 0) {
        return null;
      }
      code.append(read);
    }
    return code.length() == LENGTH ? code.toString() : null;
  }
}
