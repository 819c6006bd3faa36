package co.bank.enterprisetoken.management;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One figure of the dashboard: its last reading, served until two refresh periods old (the
 * background reading may be under way when the first ends), and when someone last asked for it.
 */
final class WatchedFigure<T> {

  private record Reading<T>(Instant at, T value) {}

  private final Supplier<T> read;
  private final Clock clock;
  private final Supplier<Duration> refresh;
  private final Supplier<Duration> watched;
  private volatile Reading<T> last;
  private volatile Instant askedAt;

  WatchedFigure(Supplier<T> read, Clock clock, Supplier<Duration> refresh,
      Supplier<Duration> watched) {
    this.read = read;
    this.clock = clock;
    this.refresh = refresh;
    this.watched = watched;
  }

  T get() {
    Instant now = clock.instant();
    askedAt = now;
    Reading<T> reading = last;
    if (fresh(reading, now)) {
      return reading.value();
    }
    synchronized (this) { // concurrent first requests wait for one reading
      reading = last;
      return fresh(reading, now) ? reading.value() : readNow(now);
    }
  }

  /** The background's turn: read again if someone asked within the watched time. */
  synchronized void refreshIfWatched() {
    Instant asked = askedAt;
    Instant now = clock.instant();
    if (asked != null && Duration.between(asked, now).compareTo(watched.get()) < 0) {
      readNow(now);
    }
  }

  private boolean fresh(Reading<T> reading, Instant now) {
    return reading != null && !now.isBefore(reading.at())
        && Duration.between(reading.at(), now).compareTo(refresh.get().multipliedBy(2)) < 0;
  }

  private T readNow(Instant now) {
    T value = read.get();
    last = new Reading<>(now, value);
    return value;
  }
}
