package co.bank.enterprisetoken.registry;

/**
 * What the portal API's OpenAPI document says each kind of input accepts, as it may be typed: the
 * notations {@link InputNormalizer} reduces, so a client's own validation never refuses what the
 * server takes. Annotation values, hence constants; every request body uses these, so the
 * document states one format per kind of input. The server's input rules ({@link InputRules})
 * stay the authority.
 */
public final class InputFormats {

  public static final String NIT_EXAMPLE = "900123456-8";
  public static final String NIT_PATTERN = "^[0-9][0-9 .,]{7,14}-?\\s*[0-9]$";
  public static final int NIT_MAX = 20;
  public static final String NIT_DESCRIPTION = "NIT con dígito de verificación; se aceptan puntos,"
      + " espacios y el guion (900.123.456-8, 9001234568)";

  public static final String ID_TYPE_EXAMPLE = "CC";
  public static final String ID_TYPE_DESCRIPTION = "Tipo de documento: CC cédula de ciudadanía,"
      + " CE cédula de extranjería, PA pasaporte, NIT";
  public static final int ID_NUMBER_MIN = 3;
  public static final int ID_NUMBER_MAX = 20;
  public static final String ID_NUMBER_DESCRIPTION = "Número del documento; se aceptan puntos y"
      + " espacios (52.987.654)";

  /** Ten digits starting with 4, in groups or with dashes ({@code 4000 0001 01}). */
  public static final String SERIAL_PATTERN = "^\\s*4[0-9\\s.,_-]{9,28}$";
  public static final int SERIAL_MAX = 30;
  public static final String SERIAL_DESCRIPTION = "Serial impreso al respaldo del token (10"
      + " dígitos, empieza por 4); se aceptan espacios y guiones (4000-000-004)";

  public static final String DYNAMIC_CODE_EXAMPLE = "123456";
  public static final String DYNAMIC_CODE_PATTERN = "^[0-9]{6}$";

  public static final String OFFICE_EXAMPLE = "0001";
  public static final String OFFICE_PATTERN = "^[0-9]{4}$";

  public static final int NAME_MAX = 100;

  private InputFormats() {}
}
