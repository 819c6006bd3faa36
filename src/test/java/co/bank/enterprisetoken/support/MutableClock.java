package co.bank.enterprisetoken.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The domain's clock in tests, moved together with the engine's clock (timers). */
public class MutableClock extends Clock {

  private volatile Instant now;

  public MutableClock(Instant now) {
    setInstant(now);
  }

  public final void setInstant(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(java.util.Date.from(instant));
  }

  public void reset() {
    setInstant(Instant.now());
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
