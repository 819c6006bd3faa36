package co.bank.enterprisetoken;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The one renderer of configured durations in user text ("24 horas", "12 horas", "7 días"), so a
 * setting such as {@code virtual-token.lock: PT12H} changes every message that mentions it. The
 * bank counts its windows in hours up to three days (the instructions say "24 horas").
 */
public final class SpanishDurations {

  private SpanishDurations() {}

  public static String of(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0 && minutes >= 3 * 24 * 60) {
      return count(minutes / (24 * 60), "día", "días");
    }
    List<String> parts = new ArrayList<>();
    if (minutes >= 60) {
      parts.add(count(minutes / 60, "hora", "horas"));
    }
    if (minutes % 60 != 0 || minutes == 0) {
      parts.add(count(minutes % 60, "minuto", "minutos"));
    }
    return String.join(" y ", parts);
  }

  /**
   * An ISO-8601 setting that is either a duration (PT12H) or a calendar period (P3M, P1Y, P7D),
   * such as the virtual token's download window.
   */
  public static String ofIso(String amount) {
    if (amount.contains("T")) {
      return of(Duration.parse(amount));
    }
    Period period = Period.parse(amount).normalized();
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(count(period.getYears(), "año", "años"));
    }
    if (period.getMonths() != 0) {
      parts.add(count(period.getMonths(), "mes", "meses"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(count(period.getDays(), "día", "días"));
    }
    return String.join(" y ", parts);
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
