package co.bank.enterprisetoken;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The bank's zone: instants are stored, local times are shown (forms, e-mails, PDFs). */
public final class BankTime {

  public static final ZoneId ZONE = ZoneId.of("America/Bogota");
  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private BankTime() {}

  public static ZonedDateTime local(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE);
  }

  /** {@code 21/11/2026 18:00} in Bogotá time, or null. */
  public static String display(Instant instant) {
    return instant == null ? null : DISPLAY.format(instant.atZone(ZONE));
  }
}
