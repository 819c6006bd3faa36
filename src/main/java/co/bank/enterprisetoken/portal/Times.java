package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.BankTime;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The API shows instants as ISO-8601 with the bank's offset (-05:00). */
final class Times {
  private Times() {}

  static OffsetDateTime local(Instant instant) {
    return instant == null ? null : BankTime.local(instant).toOffsetDateTime();
  }
}
