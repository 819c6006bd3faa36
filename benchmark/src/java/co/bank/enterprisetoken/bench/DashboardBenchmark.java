package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.EnterpriseTokenApplication;
import co.bank.enterprisetoken.management.DashboardFigures;
import co.bank.enterprisetoken.management.ExpiringTokensReport;
import co.bank.enterprisetoken.management.ManagementDashboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The managers' dashboard at scale (benchmark/run-dashboard): the registry alone is seeded with SQL
 * (the dashboard reads no engine table, so no process instances are needed), N open and N/2 closed
 * cases spread over statuses, 50 offices and 16 weeks, one device per case expiring over the next
 * year, and a stock per office. Then the uncached {@link ManagementDashboard#compute} and the
 * expiring-tokens report are timed one after the other, and the dashboard as a manager gets it
 * ({@link DashboardFigures}, read in the background): p50/p95/p99.
 */
public final class DashboardBenchmark {

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      args.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    String pg = args.getOrDefault("pg", "jdbc:postgresql://127.0.0.1:5432/");
    String db = args.getOrDefault("db", "bench_dashboard");
    int open = Integer.parseInt(args.getOrDefault("open", "100000"));
    int rounds = Integer.parseInt(args.getOrDefault("rounds", "200"));
    Path out = Path.of(args.getOrDefault("out", "target/benchmark"));
    Files.createDirectories(out);

    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", pg + db);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "");
    p.put("server.port", "0");
    p.put("spring.datasource.hikari.maximum-pool-size", "3");
    p.put("spring.datasource.hikari.minimum-idle", "1");
    p.put("camunda.bpm.job-execution.enabled", "false");
    p.put("enterprise-token.renewal.expiry-alert-cron", "-");
    p.put("logging.level.root", "WARN");
    // The background reading every 2 s (30 s in production): many readings during the served run.
    p.put("enterprise-token.management.dashboard-refresh", "PT2S");
    ConfigurableApplicationContext app = new SpringApplicationBuilder(
        EnterpriseTokenApplication.class).profiles("postgres").run(p.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    try {
      long t = System.nanoTime();
      seed(pg + db, open);
      double seedS = (System.nanoTime() - t) / 1e9;
      System.out.printf("[bench] seeded %d open + %d closed cases in %.1f s%n", open, open / 2,
          seedS);
      ManagementDashboard dashboard = app.getBean(ManagementDashboard.class);
      ExpiringTokensReport report = app.getBean(ExpiringTokensReport.class);
      Instant now = Instant.now();
      var d = dashboard.compute(now);
      int expiring = report.tokens().size();
      System.out.printf("[bench] dashboard: %d open cases, %d weeks; expiring report: %d rows%n",
          d.openCases(), d.weeks().size(), expiring);
      double[] main = time(rounds, () -> dashboard.compute(Instant.now()));
      double[] exp = time(Math.max(20, rounds / 4), report::perCompanyAndOffice);
      double[] csv = time(Math.max(10, rounds / 10), report::tokens);
      // What a manager waits for: requests every 100 ms while the background reads every 2 s.
      DashboardFigures figures = app.getBean(DashboardFigures.class);
      double[] servedDashboard = paced(rounds, figures::dashboard);
      double[] servedExpiring = paced(rounds, figures::expiring);
      String md = String.format("| figure | runs | p50 ms | p95 ms | p99 ms |%n|---|---|---|---|---|%n"
              + "%s%s%s%s%s", row("dashboard as served (DashboardFigures, background reading every"
                  + " 2 s)", servedDashboard),
          row("expiring table as served (DashboardFigures)", servedExpiring),
          row("ManagementDashboard.compute (uncached: one background reading)", main),
          row("expiring tokens per company and office", exp),
          row("expiring tokens, all rows (" + expiring + ", the CSV's)", csv));
      String head = String.format("Dashboard at %d open + %d closed cases on PostgreSQL, %s,"
          + " seeded in %.1f s; load average %s.%n%n", open, open / 2, Instant.now(), seedS,
          Files.readString(Path.of("/proc/loadavg")).trim());
      Files.writeString(out.resolve("dashboard.md"), head + md);
      System.out.print(head + md);
    } finally {
      app.close();
    }
  }

  private static String row(String name, double[] ms) {
    return String.format("| %s | %d | %.1f | %.1f | %.1f |%n", name, ms.length, pct(ms, 50),
        pct(ms, 95), pct(ms, 99));
  }

  private static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
  }

  /** Warm-up (a tenth, at least 10 runs), then {@code n} timed runs, sorted, in ms. */
  /** {@code n} requests 100 ms apart (a manager's page and its neighbours polling). */
  private static double[] paced(int n, Supplier<?> work) throws InterruptedException {
    work.get(); // the first request after idle reads while it waits: not a served one
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      Thread.sleep(100);
      long t = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double[] time(int n, Supplier<?> work) {
    for (int i = 0; i < Math.max(10, n / 10); i++) {
      work.get();
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  /**
   * The registry of a big network, in set-based SQL: 50 offices, 5,000 companies with one user
   * each, one device per case. Open cases: mostly waiting for pickup (requested within 16 weeks,
   * the later the more), the rest spread over the after-expiry statuses with their dates; closed
   * cases were activated 1-20 days after their request.
   */
  static void seed(String url, int open) throws Exception {
    int closed = open / 2;
    int total = open + closed;
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO branch_office (code, name, city, mailbox) SELECT lpad(o::text, 4, '0'),"
          + " 'Oficina ' || o, 'Bogotá', 'oficina' || o || '@banco.example'"
          + " FROM generate_series(1, 50) o ON CONFLICT (code) DO NOTHING");
      s.execute("INSERT INTO company (id, nit, name, email, legal_rep_names, legal_rep_id_type,"
          + " legal_rep_id_number) SELECT 1000000 + i, (800000000 + i)::text, 'Empresa ' || i,"
          + " 'empresa' || i || '@example.co', 'Representante ' || i, 'CC', (10000000 + i)::text"
          + " FROM generate_series(1, 5000) i");
      s.execute("INSERT INTO bank_user (id, company_id, profile, id_type, id_number, names,"
          + " surnames, email, mobile) SELECT 1000000 + i, 1000000 + i, 'ADMIN', 'CC',"
          + " (20000000 + i)::text, 'Usuario', 'Bench ' || i, 'u' || i || '@example.co',"
          + " '3000000000' FROM generate_series(1, 5000) i");
      s.execute("INSERT INTO device (id, serial, holder_id, device_type, state, expires_at,"
          + " otp_secret) SELECT 1000000 + i, (3000000000 + i)::text, 1000000 + 1 + i % 5000,"
          + " 'FISICO', CASE WHEN i % 10 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END,"
          + " now() + (i % 365) * interval '1 day' + (i % 1440) * interval '1 minute',"
          + " 'JBSWY3DPEHPK3PXP' FROM generate_series(1, " + total + ") i");
      // Status mix of the open cases: 60% SOLICITADO, then the after-expiry statuses.
      s.execute("CREATE TEMP TABLE bench_case AS SELECT i, CASE"
          + " WHEN i > " + open + " THEN 'ACTIVADO'"
          + " WHEN i % 100 < 60 THEN 'SOLICITADO' WHEN i % 100 < 68 THEN 'ENTREGADO_EN_OFICINA'"
          + " WHEN i % 100 < 74 THEN 'VENCIDO_SIN_RECLAMAR' WHEN i % 100 < 80 THEN"
          + " 'VENCIDO_SIN_ACTIVAR' WHEN i % 100 < 88 THEN 'EN_DESASIGNACION' WHEN i % 100 < 96"
          + " THEN 'LISTO_PARA_ENTREGA' ELSE 'RECHAZADO' END AS status,"
          // skewed to recent: sqrt of a uniform spreads more cases over the last weeks
          + " now() - (112 * (1 - sqrt(((i * 7919) % 10007) / 10007.0))) * interval '1 day'"
          + " AS requested_at FROM generate_series(1, " + total + ") i");
      s.execute("INSERT INTO renewal_case (id, confirmation_number, status, company_id, device_id,"
          + " open_device_id, requested_by_id, branch_office_code, requested_at, situation,"
          + " econ084_received_at, back_office_due_at, unassigned_at, delivered_at, activated_at,"
          + " closed_at, entry_point) SELECT 1000000 + i, 'RB-' || lpad(i::text, 8, '0'), status,"
          + " 1000000 + 1 + i % 5000, 1000000 + i, CASE WHEN status <> 'ACTIVADO' THEN 1000000 + i"
          + " END, 1000000 + 1 + i % 5000, lpad((1 + (i * 31) % 50)::text, 4, '0'), requested_at,"
          + " CASE WHEN status IN ('VENCIDO_SIN_ACTIVAR', 'EN_DESASIGNACION', 'LISTO_PARA_ENTREGA',"
          + " 'RECHAZADO') THEN 1 + i % 3 END,"
          + " CASE WHEN status IN ('VENCIDO_SIN_ACTIVAR', 'EN_DESASIGNACION', 'LISTO_PARA_ENTREGA')"
          + " THEN requested_at + interval '2 days' END,"
          + " CASE WHEN status IN ('VENCIDO_SIN_ACTIVAR', 'EN_DESASIGNACION') THEN requested_at"
          + " + interval '3 days' END,"
          + " CASE WHEN status = 'LISTO_PARA_ENTREGA' AND i % 2 = 0 THEN requested_at"
          + " + interval '2 days 12 hours' END,"
          + " CASE WHEN status IN ('ENTREGADO_EN_OFICINA', 'VENCIDO_SIN_ACTIVAR', 'ACTIVADO')"
          + " THEN requested_at + interval '1 day' END,"
          + " CASE WHEN status = 'ACTIVADO' THEN requested_at + (1 + i % 20) * interval '1 day' END,"
          + " CASE WHEN status = 'ACTIVADO' THEN requested_at + (1 + i % 20) * interval '1 day' END,"
          + " CASE WHEN status = 'SOLICITADO' OR status = 'ACTIVADO' THEN 'PORTAL_REQUEST'"
          + " ELSE 'BRANCH_ECON084' END FROM bench_case");
      s.execute("SELECT setval('renewal_case_seq', 1000000 + " + total + ")");
      s.execute("INSERT INTO token_lot (id, branch_office_code, registered_by, registered_at,"
          + " token_count) SELECT 1000000 + o, lpad(o::text, 4, '0'), 'benchmark', now(), 200"
          + " FROM generate_series(1, 50) o");
      s.execute("INSERT INTO token_stock (serial, branch_office_code, lot_id, state) SELECT"
          + " (4100000000 + i)::text, lpad((1 + i % 50)::text, 4, '0'), 1000000 + 1 + i % 50,"
          + " CASE WHEN i % 4 = 0 THEN 'DELIVERED' ELSE 'IN_STOCK' END"
          + " FROM generate_series(0, 9999) i");
      s.execute("ANALYZE");
    }
  }

  private DashboardBenchmark() {}
}
