package co.bank.enterprisetoken.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The usual ways people write ids, NITs and token serials, reduced to the one form the input
 * rules (R-V1..R-V4, {@link InputRules}) check and the registry stores: {@code 52.123.456}
 * → {@code 52123456}, {@code ab 12-345} → {@code AB12345}, {@code 900.123.456-8} →
 * {@code 900123456-8}, {@code 4000 0001 01} →
 * {@code 4000000101}. Forms and the portal build their input records through it, so both accept the
 * same notations. It only removes separators and folds case; what is still wrong afterwards is
 * refused by the input rules with their Spanish message.
 */
public final class InputNormalizer {

  /** Dots, commas, spaces (also no-break), dashes and underscores people put between digits. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.,\\-_]+");
  private static final Pattern TEN_DIGIT_NIT = Pattern.compile("^(\\d{9})(\\d)$");
  private static final Pattern NIT_WITH_DASH = Pattern.compile("^([\\d\\s\\u00A0.,]+)-\\s*(\\d)$");

  private InputNormalizer() {}

  /** An identification number of type {@code idType} (CC, CE, PA, NIT; unknown types: CC-like). */
  public static String idNumber(String idType, String value) {
    if ("NIT".equals(idType)) {
      return nit(value);
    }
    return compact(value);
  }

  /** A NIT with its check digit: {@code 900.123.456-8}, {@code 900123456 - 8}, {@code 9001234568}. */
  public static String nit(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    var dashed = NIT_WITH_DASH.matcher(s);
    if (dashed.matches()) {
      return compact(dashed.group(1)) + "-" + dashed.group(2);
    }
    String digits = compact(s);
    var plain = TEN_DIGIT_NIT.matcher(digits);
    return plain.matches() ? plain.group(1) + "-" + plain.group(2) : s;
  }

  /** The serial printed on the back of a token, written in groups or with dashes. */
  public static String serial(String value) {
    return compact(value);
  }

  /** Without separators, letters in capitals (passport numbers are printed in capitals). */
  private static String compact(String value) {
    if (value == null) {
      return null;
    }
    return SEPARATORS.matcher(value.strip()).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
