package co.bank.enterprisetoken.operations;

import co.bank.enterprisetoken.renewal.RenewalStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What managers and operators watch (Prometheus, {@code /actuator/prometheus}): open cases per
 * status, open incidents (e-mails or jobs that ran out of retries) and missed 24-hour windows.
 * Read at scrape time with one indexed query each.
 */
@Component
class CaseMetrics implements MeterBinder {

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;

  CaseMetrics(JdbcTemplate jdbc, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (RenewalStatus status : RenewalStatus.values()) {
      Gauge.builder("token.renewal.cases", () -> count(
              "select count(*) from renewal_case where status = ?", status.name()))
          .description("Renewal cases per status").tag("status", status.name())
          .register(registry);
    }
    Gauge.builder("token.renewal.sla.breaches", () -> count(
            "select count(*) from renewal_case where sla_breached_at is not null"))
        .description("Cases whose back-office 24-hour window was missed").register(registry);
    Gauge.builder("token.engine.incidents.open", () -> runtimeService.createIncidentQuery().count())
        .description("Open Cockpit incidents").register(registry);
  }

  private double count(String sql, Object... args) {
    Long count = jdbc.queryForObject(sql, Long.class, args);
    return count == null ? 0 : count;
  }
}
