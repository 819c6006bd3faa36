package co.bank.enterprisetoken.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lockout policy of human users (operators, back office, branch staff, managers), replacing
 * Camunda's per-user login throttling, which anyone could trigger for anyone and which ends in a
 * permanent lock. Failures are counted per user <em>and</em> client address: after
 * {@code max-failures} consecutive wrong passwords from one address, that address is refused for
 * that user for {@code lock}, doubled at every further failure up to {@code max-lock}; a correct
 * password resets the count. A stranger therefore only ever locks out their own address, the lock
 * always ends by itself, and the last operator can always log in from their own machine.
 * The counters are in the database ({@code login_failure}), so every node counts the same tries;
 * each statement commits on its own (no request transaction), so concurrent failures all count.
 * A pair quiet for longer than {@code max-lock} is forgotten.
 */
@Component
public class LoginThrottle {

  /** Longer user names (only made-up ones are) share the key of their first characters. */
  private static final int KEY_LENGTH = 200;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lock;
  private final Duration maxLock;

  LoginThrottle(JdbcTemplate jdbc, Clock clock,
      @Value("${enterprise-token.security.login.max-failures:5}") int maxFailures,
      @Value("${enterprise-token.security.login.lock:PT1M}") Duration lock,
      @Value("${enterprise-token.security.login.max-lock:PT15M}") Duration maxLock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lock = lock;
    this.maxLock = maxLock;
  }

  /** When {@code user} is refused from {@code address}: the end of the lock. */
  public Optional<Instant> lockedUntil(String user, String address) {
    Instant now = clock.instant();
    return jdbc.query("select locked_until from login_failure where user_key = ? and address = ?",
            (rs, row) -> rs.getTimestamp(1), key(user), address(address)).stream()
        .filter(java.util.Objects::nonNull).map(Timestamp::toInstant)
        .filter(until -> until.isAfter(now)).findFirst();
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    String key = key(user);
    String from = address(address);
    if (increment(key, from, now) == 0) {
      try {
        jdbc.update("insert into login_failure (user_key, address, failures, last_failure_at)"
            + " values (?, ?, 1, ?)", key, from, Timestamp.from(now));
      } catch (DuplicateKeyException concurrent) {
        increment(key, from, now);
      }
    }
    Integer failures = jdbc.query("select failures from login_failure where user_key = ? and"
        + " address = ?", (rs, row) -> rs.getInt(1), key, from).stream().findFirst().orElse(0);
    if (failures >= maxFailures) {
      long factor = 1L << Math.min(failures - maxFailures, 20);
      Duration length = lock.multipliedBy(factor);
      Instant until = now.plus(length.compareTo(maxLock) > 0 ? maxLock : length)
          .truncatedTo(ChronoUnit.SECONDS);
      // Only if no other node counted a further failure meanwhile (its own lock is the later one).
      jdbc.update("update login_failure set locked_until = ? where user_key = ? and address = ?"
          + " and failures = ?", Timestamp.from(until), key, from, failures);
    }
  }

  public void succeeded(String user, String address) {
    jdbc.update("delete from login_failure where user_key = ? and address = ?", key(user),
        address(address));
  }

  /** Forgets the pairs with no failure for longer than the longest lock. */
  @Scheduled(fixedDelayString = "${enterprise-token.security.login.cleanup-every:PT5M}")
  public void forgetQuietPairs() {
    jdbc.update("delete from login_failure where last_failure_at < ?",
        Timestamp.from(clock.instant().minus(maxLock)));
  }

  private int increment(String key, String address, Instant now) {
    return jdbc.update("update login_failure set failures = failures + 1, last_failure_at = ?"
        + " where user_key = ? and address = ?", Timestamp.from(now), key, address);
  }

  private static String key(String user) {
    String key = user.toLowerCase(Locale.ROOT);
    return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
  }

  private static String address(String address) {
    return address.length() > 64 ? address.substring(0, 64) : address;
  }
}
