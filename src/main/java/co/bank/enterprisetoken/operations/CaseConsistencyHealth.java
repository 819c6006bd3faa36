package co.bank.enterprisetoken.operations;

import co.bank.enterprisetoken.renewal.CaseInvariant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code caseConsistency}: the renewal cases whose registry
 * status and process position disagree (0 expected), named so an operator can open them in
 * Cockpit. A split is a defect to look at, not an outage: the status stays UP and the count and
 * the names are the signal. The check reads every case and its instances, so its result is kept
 * for a minute: a health poll every few seconds costs one scan a minute.
 */
@Component("caseConsistency")
class CaseConsistencyHealth implements HealthIndicator {

  private static final int NAMED = 20;

  private static final Duration KEPT = Duration.ofMinutes(1);

  private final CaseInvariant invariant;
  private final Clock clock;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile List<CaseInvariant.Violation> last = List.of();

  CaseConsistencyHealth(CaseInvariant invariant, Clock clock) {
    this.invariant = invariant;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    if (!now.isBefore(checkedAt.plus(KEPT)) || now.isBefore(checkedAt)) {
      last = invariant.violations();
      checkedAt = now;
    }
    List<CaseInvariant.Violation> violations = last;
    return Health.up().withDetail("inconsistentCases", violations.size())
        .withDetail("cases", violations.stream().limit(NAMED).map(Object::toString).toList())
        .build();
  }
}
