package co.bank.enterprisetoken.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The lockout policy of human users (operators, back office, branch staff, managers), replacing
 * Camunda's per-user login throttling, which anyone could trigger for anyone and which ends in a
 * permanent lock. Failures are counted per user <em>and</em> client address: after
 * {@code max-failures} consecutive wrong passwords from one address, that address is refused for
 * that user for {@code lock}, doubled at every further failure up to {@code max-lock}; a correct
 * password resets the count. A stranger therefore only ever locks out their own address, the lock
 * always ends by itself, and the last operator can always log in from their own machine.
 * Counters live in memory per node (a restart clears them); the table is bounded.
 */
@Component
public class LoginThrottle {

  static final int CAPACITY = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration lock;
  private final Duration maxLock;

  LoginThrottle(Clock clock,
      @Value("${enterprise-token.security.login.max-failures:5}") int maxFailures,
      @Value("${enterprise-token.security.login.lock:PT1M}") Duration lock,
      @Value("${enterprise-token.security.login.max-lock:PT15M}") Duration maxLock) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lock = lock;
    this.maxLock = maxLock;
  }

  /** When {@code user} is refused from {@code address}: the end of the lock. */
  public Optional<Instant> lockedUntil(String user, String address) {
    Entry entry = entries.get(key(user, address));
    Instant now = clock.instant();
    return entry == null || entry.until == null || !entry.until.isAfter(now)
        ? Optional.empty() : Optional.of(entry.until);
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    if (entries.size() >= CAPACITY) {
      entries.values().removeIf(e -> e.until == null || !e.until.isAfter(now));
      if (entries.size() >= CAPACITY) {
        entries.clear(); // a flood of made-up names: forget rather than grow without bound
      }
    }
    entries.compute(key(user, address), (k, e) -> {
      int failures = (e == null ? 0 : e.failures) + 1;
      Instant until = null;
      if (failures >= maxFailures) {
        long factor = 1L << Math.min(failures - maxFailures, 20);
        Duration length = lock.multipliedBy(factor);
        until = now.plus(length.compareTo(maxLock) > 0 ? maxLock : length);
      }
      return new Entry(failures, until);
    });
  }

  public void succeeded(String user, String address) {
    entries.remove(key(user, address));
  }

  private static String key(String user, String address) {
    return user.toLowerCase(Locale.ROOT) + '|' + address;
  }

  private record Entry(int failures, Instant until) {}
}
