package co.bank.enterprisetoken.management;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What the Cockpit dashboard shows, served from memory: the figures and the expiring-tokens table
 * are read from the registry every {@code dashboard-refresh} in the background while someone
 * watches (asked within {@code dashboard-watched}), so no manager waits for the aggregates over
 * every open case (hundreds of milliseconds at 100,000 cases, see BENCHMARKS.md). The page says
 * when the figures were read. A node nobody watches reads nothing; the first request after that
 * reads once while it waits. {@code dashboard-refresh} PT0S reads on every request (tests).
 */
@Component
public class DashboardFigures {

  private final WatchedFigure<Dashboard> dashboard;
  private final WatchedFigure<List<ExpiringTokensReport.CompanyOffice>> expiring;
  private final ManagementSettings settings;
  private final TaskScheduler scheduler;

  public DashboardFigures(ManagementDashboard figures, ExpiringTokensReport report,
      ManagementSettings settings, TaskScheduler scheduler, Clock clock) {
    this.settings = settings;
    this.scheduler = scheduler;
    this.dashboard = new WatchedFigure<>(() -> figures.compute(clock.instant()), clock,
        settings::getDashboardRefresh, settings::getDashboardWatched);
    this.expiring = new WatchedFigure<>(report::perCompanyAndOffice, clock,
        settings::getDashboardRefresh, settings::getDashboardWatched);
  }

  public Dashboard dashboard() {
    return dashboard.get();
  }

  /** Devices expiring within the report's window, per company and office. */
  public List<ExpiringTokensReport.CompanyOffice> expiring() {
    return expiring.get();
  }

  @EventListener(ApplicationReadyEvent.class)
  void startRefreshing() {
    Duration every = settings.getDashboardRefresh();
    if (!every.isZero() && !every.isNegative()) {
      scheduler.scheduleWithFixedDelay(() -> {
        dashboard.refreshIfWatched();
        expiring.refreshIfWatched();
      }, every);
    }
  }
}
