package co.bank.enterprisetoken.registration;

/** Masked contact data: enough for the user to recognise them, not enough to read them. */
public final class Masking {

  private Masking() {}

  /** {@code 3001234567} → {@code ******4567}. */
  public static String mobile(String mobile) {
    return mobile == null || mobile.length() < 4 ? "****"
        : "*".repeat(mobile.length() - 4) + mobile.substring(mobile.length() - 4);
  }

  /** {@code laura.gomez@empresa.example} → {@code l*********z@empresa.example}. */
  public static String email(String email) {
    int at = email == null ? -1 : email.indexOf('@');
    if (at < 1) {
      return "****";
    }
    String local = email.substring(0, at);
    String masked = local.length() <= 2 ? local.charAt(0) + "*"
        : local.charAt(0) + "*".repeat(local.length() - 2) + local.charAt(local.length() - 1);
    return masked + email.substring(at);
  }
}
