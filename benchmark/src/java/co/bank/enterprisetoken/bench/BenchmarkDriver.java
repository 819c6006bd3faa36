package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.EnterpriseTokenApplication;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark driver: one JVM running the application itself (profile {@code postgres}, job
 * executor on, GreenMail as the local SMTP server) and playing its users: the portal over HTTP, the
 * branch staff through the engine API. Writes {@code driver.json}; see benchmark/run.
 */
public final class BenchmarkDriver {

  record Size(String name, int workers, int e2eWarmup, int e2eCases, int startEndCases,
      int matrixCases, int openCases, int expiryCases, boolean twoNodes, int queryRepeats) {}

  static Size size(String name) {
    return switch (name) {
      case "tiny" -> new Size(name, 2, 2, 6, 50, 6, 400, 40, false, 20);
      case "full" -> new Size(name, 4, 20, 600, 5000, 300, 100_000, 10_000, true, 100);
      default -> new Size("reduced", 4, 8, 100, 1000, 60, 8_000, 800, true, 60);
    };
  }

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final int USERS_E2E = 2;
  static final int USERS_OPEN = 5;
  static final long E2E_FROM = 1;
  static final long OPEN_FROM = 100_000;

  final Size size;
  final String pgServer;
  final String db;
  final Path out;
  final String jar;
  final List<String> phases;
  final Map<String, Object> results = new LinkedHashMap<>();
  final String portalPassword = "bench-" + UUID.randomUUID();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  GreenMail smtp;
  ConfigurableApplicationContext app;
  ProcessEngine engine;
  Seed seed;
  int port;

  BenchmarkDriver(Map<String, String> args) {
    size = size(args.getOrDefault("size", "reduced"));
    pgServer = args.getOrDefault("pg", "jdbc:postgresql://127.0.0.1:5432/");
    db = args.getOrDefault("db", "bench_app");
    out = Path.of(args.getOrDefault("out", "target/benchmark"));
    jar = args.get("jar");
    phases = List.of(args.getOrDefault("phases", "e2e,matrix,tasklist,expiry").split(","));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      args.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    BenchmarkDriver driver = new BenchmarkDriver(args);
    try {
      driver.run();
    } finally {
      driver.stop();
    }
    System.exit(0);
  }

  void run() throws Exception {
    Files.createDirectories(out);
    results.put("size", size);
    start();
    if (phases.contains("e2e")) {
      endToEnd();
    }
    if (phases.contains("matrix")) {
      matrix();
    }
    if (phases.contains("tasklist")) {
      tasklistAtScale();
    }
    Files.writeString(out.resolve("driver.json"), JSON.writeValueAsString(results));
    if (phases.contains("expiry")) {
      massExpiryDay();
    }
    Files.writeString(out.resolve("driver.json"), JSON.writeValueAsString(results));
    System.out.println("[bench] wrote " + out.resolve("driver.json"));
  }

  // ---------------------------------------------------------------- the application

  Map<String, Object> appProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", pgServer + db);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "");
    p.put("server.port", "0");
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
    p.put("enterprise-token.security.portal-password", portalPassword);
    p.put("enterprise-token.renewal.expiry-alert-cron", "-");
    p.put("logging.level.root", "WARN");
    p.put("logging.level.co.bank.enterprisetoken.bench", "INFO");
    return p;
  }

  void start() throws Exception {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    long t = System.nanoTime();
    Map<String, Object> driverProperties = appProperties();
    // The nodes of the mass expiry day need their own 25 connections each out of PostgreSQL's 100:
    // the driver's pool shrinks back when idle.
    driverProperties.put("spring.datasource.hikari.minimum-idle", "2");
    driverProperties.put("spring.datasource.hikari.idle-timeout", "10000");
    app = new SpringApplicationBuilder(EnterpriseTokenApplication.class, BenchBeans.class)
        .profiles("postgres").run(driverProperties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    results.put("driver_context_start_s", Stats.round((System.nanoTime() - t) / 1e9));
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    engine = app.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().name("bench-models")
        .addString("twin.bpmn", Models.twin()).addString("start-end.bpmn", Models.startEnd())
        .enableDuplicateFiltering(true).deploy();
    seed = new Seed(pgServer + db, "postgres");
    seed.offices();
    // The end-to-end cases deliver serials 49xxxxxxxx at office 0001 (fullCase), from its stock.
    seed.stock("0001", 4_900_000_000L, 2_000);
  }

  void stop() {
    if (app != null) {
      app.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  long xactCommit() throws Exception {
    Thread.sleep(1500); // PostgreSQL 15 flushes each backend's counters at most once a second
    try (Connection c = seed.connect(); var s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT xact_commit + xact_rollback FROM pg_stat_database"
            + " WHERE datname = current_database()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Per table: rows inserted, updated, deleted, sequential and index scans (call after xactCommit). */
  Map<String, long[]> tableStats() throws Exception {
    Map<String, long[]> stats = new LinkedHashMap<>();
    try (Connection c = seed.connect(); var s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del,"
            + " coalesce(seq_scan, 0), coalesce(idx_scan, 0) FROM pg_stat_user_tables")) {
      while (rs.next()) {
        stats.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6)});
      }
    }
    return stats;
  }

  /** What the database did per case between two {@link #tableStats()}, busiest tables first. */
  static List<Map<String, Object>> perCase(Map<String, long[]> before, Map<String, long[]> after,
      int cases) {
    List<Map<String, Object>> rows = new ArrayList<>();
    after.forEach((table, a) -> {
      long[] b = before.getOrDefault(table, new long[5]);
      double[] d = new double[5];
      for (int i = 0; i < 5; i++) {
        d[i] = Stats.round((double) (a[i] - b[i]) / cases);
      }
      if (d[0] + d[1] + d[2] + d[3] + d[4] > 0) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("table", table);
        row.put("inserted", d[0]);
        row.put("updated", d[1]);
        row.put("deleted", d[2]);
        row.put("seq_scans", d[3]);
        row.put("idx_scans", d[4]);
        rows.add(row);
      }
    });
    rows.sort((x, y) -> Double.compare(writes(y), writes(x)));
    return rows;
  }

  static double writes(Map<String, Object> row) {
    return (double) row.get("inserted") + (double) row.get("updated") + (double) row.get("deleted");
  }

  /**
   * Where a case's time goes, from the engine's own history: per activity of the process, its mean
   * duration, and for asynchronous steps the mean time from the job's creation to its success
   * (queue wait plus execution).
   */
  List<Map<String, Object>> timeline(String processKey) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    long instances = count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '"
        + processKey + "' AND end_time_ IS NOT NULL");
    try (Connection c = seed.connect(); var ps = c.prepareStatement("""
        WITH jobs AS (
          SELECT created.act_id_, avg(extract(epoch FROM done.timestamp_ - created.timestamp_))
                 * 1000 AS job_ms
          FROM act_hi_job_log created
          JOIN act_hi_job_log done ON done.job_id_ = created.job_id_ AND done.job_state_ = 2
          WHERE created.job_state_ = 0 AND created.process_def_key_ = ?
          GROUP BY created.act_id_)
        SELECT a.act_id_, min(a.act_name_), min(a.act_type_), count(*), avg(a.duration_),
               min(j.job_ms)
        FROM act_hi_actinst a LEFT JOIN jobs j ON j.act_id_ = a.act_id_
        WHERE a.proc_def_key_ = ? AND a.end_time_ IS NOT NULL
        GROUP BY a.act_id_ ORDER BY avg(extract(epoch FROM a.start_time_))""")) {
      ps.setString(1, processKey);
      ps.setString(2, processKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("activity", rs.getString(1));
          row.put("name", rs.getString(2));
          row.put("type", rs.getString(3));
          row.put("per_case", Stats.round((double) rs.getLong(4) / Math.max(1, instances)));
          row.put("mean_ms", Stats.round(rs.getDouble(5)));
          double job = rs.getDouble(6);
          row.put("job_created_to_done_ms", rs.wasNull() ? null : Stats.round(job));
          rows.add(row);
        }
      }
    }
    return rows;
  }

  long count(String sql) throws Exception {
    try (Connection c = seed.connect(); var s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------- HTTP as the portal

  JsonNode post(String path, Object body, int expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1"
            + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("portal:" + portalPassword).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return JSON.readTree(response.body());
  }

  int get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1"
            + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("portal:" + portalPassword).getBytes(StandardCharsets.UTF_8))).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
    }
    return response.body().length();
  }

  static String totp(Instant at) {
    try {
      var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(60), 6);
      var key = new SecretKeySpec(Base64.getDecoder().decode(Seed.OTP_SECRET),
          generator.getAlgorithm());
      return generator.generateOneTimePasswordString(key, at, Locale.ROOT);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- 1. end to end

  /** One real case: portal request, PDF and mail, visa and delivery tasks, portal activation. */
  void fullCase(int i) {
    long company = E2E_FROM + i;
    long admin = Seed.userIndex(company, USERS_E2E, 0);
    long operator = Seed.userIndex(company, USERS_E2E, 1);
    String serial = Seed.serial(operator);
    String newSerial = String.format("49%08d", i);
    Waits.watch(serial);
    try {
      JsonNode created = post("/renewals", Map.of("companyNit", Seed.nit(company),
          "adminIdType", "CC", "adminIdNumber", Seed.idNumber(admin),
          "dynamicCode", totp(Instant.now()), "branchOffice", "0001",
          "renewals", List.of(Map.of("deviceSerial", serial))), 201);
      String number = created.path("renewals").path(0).path("confirmationNumber").asText();
      var visa = Waits.await(serial, "Task_VisaSignature", 120);
      Waits.quiesce(engine, visa.processInstanceId());
      // The scan of the signed form, as the branch's Tasklist form uploads it (1 page PDF).
      String scan = app.getBean(co.bank.enterprisetoken.evidence.EvidenceScanService.class)
          .uploadForTask(new co.bank.enterprisetoken.evidence.Viewer("oficina0001",
              List.of("branch-0001")), visa.id(), "formato.pdf", ScanFiles.pdf(1)).id();
      asBranch(() -> {
        Map<String, Object> v = new HashMap<>(Map.of("visaResult", "APPROVED",
            "visaEvidenceReference", "EV-2026-0042", "scanIds", scan, "verificationCode",
            app.getBean(co.bank.enterprisetoken.documents.FormVerification.class)
                .current(number, co.bank.enterprisetoken.documents.DocumentType.PaperForm
                    .DELIVERY_AUTHORIZATION).orElseThrow().getVerificationCode()));
        v.put("visaObservations", null);
        engine.getTaskService().complete(visa.id(), v);
      });
      var delivery = Waits.await(serial, "Task_DeliverToken", 120);
      Waits.quiesce(engine, delivery.processInstanceId());
      asBranch(() -> engine.getTaskService().complete(delivery.id(), Map.of(
          "deliveryRecipient", "HOLDER", "presentedIdType", "CC",
          "presentedIdNumber", Seed.idNumber(operator), "identityDocumentChecked", true,
          "newDeviceSerial", newSerial)));
      var waiting = Waits.await(serial, "Gateway_AwaitActivation", 120);
      Waits.quiesce(engine, waiting.processInstanceId());
      post("/renewals/" + number + "/activation", Map.of("adminIdType", "CC",
          "adminIdNumber", Seed.idNumber(admin), "newDeviceSerial", newSerial,
          "dynamicCode", totp(Instant.now().plusSeconds(60))), 200);
      Waits.await(serial, "end:" + Models.REAL, 120);
    } catch (Exception e) {
      throw new IllegalStateException("Case " + i + " failed", e);
    } finally {
      Waits.unwatch(serial);
    }
  }

  void asBranch(Runnable action) {
    engine.getIdentityService().setAuthentication("oficina0001", List.of("branch-0001"));
    try {
      Retry.run(action);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  Map<String, Object> measured(String name, int warmup, int cases,
      java.util.function.IntConsumer oneCase) throws Exception {
    long before = xactCommit();
    Map<String, Object> r = ClosedLoop.run(name, size.workers(), warmup, cases, oneCase);
    long after = xactCommit();
    // Warm-up cases' commits are inside the window too: per case over warm-up + measured cases.
    long xacts = after - before;
    r.put("xact_commits", xacts);
    r.put("xacts_per_case", Stats.round((double) xacts / (cases + warmup)));
    r.put("note_xacts", "pg_stat_database xact_commit+xact_rollback delta over warm-up and measured"
        + " cases, includes the job executor's acquisitions and the driver's engine calls");
    return r;
  }

  void endToEnd() throws Exception {
    int warm = size.e2eWarmup();
    int n = size.e2eCases();
    seed.companies(E2E_FROM, warm + n, USERS_E2E, Instant.now().plus(Duration.ofDays(10)));
    Map<String, Object> e2e = new LinkedHashMap<>();
    e2e.put("start_end", ClosedLoop.run("start->end (app engine)", size.workers(), 50,
        size.startEndCases(), i -> TwinCase.startEnd(engine, i)));
    e2e.put("twin_before", measured("no-op twin (app engine)", warm, n,
        i -> TwinCase.run(engine, "A-", i)));
    // The full cases: the warm-up cases use companies [0, warm), the measured ones [warm, warm+n).
    long xBefore = xactCommit();
    Map<String, long[]> tablesBefore = tableStats();
    Map<String, Object> full = ClosedLoop.run("full case (portal+PDF+SMTP)", size.workers(),
        warm, n, i -> fullCase(i >= 1_000_000 ? i - 1_000_000 : warm + i));
    long xAfter = xactCommit();
    full.put("table_rows_per_case", perCase(tablesBefore, tableStats(), warm + n));
    full.put("xact_commits", xAfter - xBefore);
    full.put("xacts_per_case", Stats.round((double) (xAfter - xBefore) / (warm + n)));
    full.put("timeline", timeline(Models.REAL));
    e2e.put("full", full);
    e2e.put("twin_after", measured("no-op twin (app engine), again", warm, n,
        i -> TwinCase.run(engine, "B-", i)));
    e2e.put("optimistic_locking_retries", Retry.RETRIES.get());
    e2e.put("mails_received", smtp.getReceivedMessages().length);
    e2e.put("sent_mail_rows", count("SELECT count(*) FROM sent_mail"));
    e2e.put("pdf_rows", count("SELECT count(*) FROM document"));
    e2e.put("pdf_avg_bytes", count("SELECT coalesce(avg(length(content)),0)::bigint FROM document"));
    smtp.purgeEmailFromAllMailboxes();
    results.put("e2e", e2e);
  }

  void matrix() throws Exception {
    results.put("matrix", EngineMatrix.run(pgServer, db, size.workers(), size.e2eWarmup(),
        size.matrixCases()));
  }

  // ---------------------------------------------------------------- 2. tasklist at scale

  void tasklistAtScale() throws Exception {
    Map<String, Object> r = new LinkedHashMap<>(seedOpenCases(size.openCases()));
    int cases = openCases;
    int companies = cases / (USERS_OPEN - 1);
    r.put("open_tasks", engine.getTaskService().createTaskQuery().count());
    r.put("authorization_rows", count("SELECT count(*) FROM act_ru_authorization"));
    Thread.sleep(1000);
    try (Connection c = seed.connect(); var s = c.createStatement()) {
      s.execute("ANALYZE"); // as autovacuum would after a bulk load
    }
    String group = "branch-0007";
    List<Double> listAuth = new ArrayList<>();
    List<Double> listNoAuth = new ArrayList<>();
    List<Double> countAuth = new ArrayList<>();
    List<Double> companyList = new ArrayList<>();
    var tasks = engine.getTaskService();
    for (int i = 0; i < size.queryRepeats() + 5; i++) {
      boolean record = i >= 5; // the first calls warm the caches
      engine.getIdentityService().setAuthentication("oficina0007", List.of(group));
      try {
        long a = System.nanoTime();
        int page = tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc()
            .listPage(0, 15).size();
        long b = System.nanoTime();
        long total = tasks.createTaskQuery().taskCandidateGroup(group).count();
        long c = System.nanoTime();
        if (record) {
          listAuth.add((b - a) / 1e6);
          countAuth.add((c - b) / 1e6);
        }
        if (page != 15 && cases >= 15 * Seed.OFFICES) {
          throw new IllegalStateException("Expected a full page of tasks, got " + page + "/" + total);
        }
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      long a = System.nanoTime();
      tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc()
          .listPage(0, 15);
      long b = System.nanoTime();
      long companyIndex = OPEN_FROM + ThreadLocalRandom.current().nextInt(companies);
      get("/companies/" + Seed.nit(companyIndex) + "/users");
      long c = System.nanoTime();
      if (record) {
        listNoAuth.add((b - a) / 1e6);
        companyList.add((c - b) / 1e6);
      }
    }
    // The management dashboard (Cockpit plugin): its aggregates over every open case, and the
    // expiring-tokens table per company and office (every seeded token expires within 90 days).
    var management = app.getBean(co.bank.enterprisetoken.management.ManagementDashboard.class);
    var expiring = app.getBean(co.bank.enterprisetoken.management.ExpiringTokensReport.class);
    List<Double> dashboard = new ArrayList<>();
    List<Double> expiringTable = new ArrayList<>();
    long counted = 0;
    for (int i = 0; i < size.queryRepeats() + 5; i++) {
      long a = System.nanoTime();
      // compute() always reads the registry (DashboardFigures serves its last reading).
      counted = management.compute(Instant.now()).openCases();
      long b = System.nanoTime();
      expiring.perCompanyAndOffice();
      long c = System.nanoTime();
      if (i >= 5) {
        dashboard.add((b - a) / 1e6);
        expiringTable.add((c - b) / 1e6);
      }
    }
    if (counted < cases) {
      throw new IllegalStateException("The dashboard counted " + counted + " of " + cases);
    }
    r.put("management_dashboard", Stats.summary(dashboard));
    r.put("management_expiring_by_company_office", Stats.summary(expiringTable));
    System.out.printf("[bench] management dashboard: %d open cases, p95 %.1f ms; expiring table"
        + " p95 %.1f ms%n", counted, Stats.pct(dashboard, 95), Stats.pct(expiringTable, 95));
    r.put("branch_task_page_as_branch_user", Stats.summary(listAuth));
    r.put("branch_task_count_as_branch_user", Stats.summary(countAuth));
    r.put("branch_task_page_no_auth", Stats.summary(listNoAuth));
    r.put("company_users_http", Stats.summary(companyList));
    System.out.printf("[bench] tasklist: %d open cases, branch page p95 %.1f ms, company list p95"
        + " %.1f ms%n", cases, Stats.pct(listAuth, 95), Stats.pct(companyList, 95));
    results.put("tasklist", r);
  }

  int openCases;

  /** Registry rows and process instances of open cases waiting at the visa task. */
  Map<String, Object> seedOpenCases(int wanted) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    int companies = wanted / (USERS_OPEN - 1);
    long t = System.nanoTime();
    seed.companies(OPEN_FROM, companies, USERS_OPEN, Instant.now().plus(Duration.ofDays(25)));
    openCases = seed.openCases(OPEN_FROM, companies, USERS_OPEN);
    r.put("registry_seed_s", Stats.round((System.nanoTime() - t) / 1e9));
    t = System.nanoTime();
    startOpenInstances(openCases);
    double startS = (System.nanoTime() - t) / 1e9;
    r.put("open_cases", openCases);
    r.put("instances_start_s", Stats.round(startS));
    r.put("instances_per_s", Stats.round(openCases / startS));
    return r;
  }

  /** The open cases' process instances, waiting at the visa task (skipping the PDF and mail). */
  void startOpenInstances(int cases) throws Exception {
    TransactionTemplate tx = app.getBean(TransactionTemplate.class);
    int threads = 2;
    int batch = 250;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    Date expiry = Date.from(Instant.now().plus(Duration.ofDays(25)));
    for (int from = 0; from < cases; from += batch) {
      int start = from;
      futures.add(pool.submit(() -> tx.executeWithoutResult(status -> {
        for (int k = start; k < Math.min(start + batch, cases); k++) {
          long company = OPEN_FROM + k / (USERS_OPEN - 1);
          long user = Seed.userIndex(company, USERS_OPEN, k % (USERS_OPEN - 1) + 1);
          engine.getRuntimeService().createProcessInstanceByKey(Models.REAL)
              .businessKey(Seed.confirmation(k))
              .setVariables(Variables.createVariables()
                  .putValue("confirmationNumber", Seed.confirmation(k))
                  .putValue("branchOffice", Seed.office(k))
                  .putValue("deviceSerial", Seed.serial(user))
                  .putValue("deviceExpiresAt", expiry)
                  .putValue("companyName", "Empresa " + company + " S.A.S.")
                  .putValue("holderName", "Andrés Gómez Díaz " + user)
                  .putValue("authorizedPersonName", null))
              .startBeforeActivity("Task_VisaSignature").execute();
        }
      })));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  // ---------------------------------------------------------------- 3. mass expiry day

  /** Due timers acquired in no particular order, as Camunda ships it (the app prefers them). */
  static final Map<String, String> NO_TIMER_PREFERENCE = Map.of(
      "camunda.bpm.generic-properties.properties.jobExecutorPreferTimerJobs", "false");

  record ExpiryVariant(String key, String label, int nodes, int cases, Map<String, String> settings) {}

  /**
   * N open cases' expiry timers fall due at the same instant; the jobs run on nodes started from
   * the jar (the driver's own job executor is stopped), one variant after the other on fresh cases.
   */
  void massExpiryDay() throws Exception {
    List<ExpiryVariant> variants = new ArrayList<>();
    int n = size.expiryCases();
    if (!size.name().equals("tiny")) {
      // Timer preference off/on at a smaller size, in the order A B B A so that a drift of the
      // machine's load during the run does not favour either.
      int ab = Math.min(300, n);
      variants.add(new ExpiryVariant("no_preference_1", "1 node, no timer preference (1st)", 1, ab,
          NO_TIMER_PREFERENCE));
      variants.add(new ExpiryVariant("app_settings_1", "1 node, the app's settings (1st)", 1, ab,
          Map.of()));
      variants.add(new ExpiryVariant("app_settings_2", "1 node, the app's settings (2nd)", 1, ab,
          Map.of()));
      variants.add(new ExpiryVariant("no_preference_2", "1 node, no timer preference (2nd)", 1, ab,
          NO_TIMER_PREFERENCE));
    }
    variants.add(new ExpiryVariant("app_settings", "1 node, the app's settings", 1, n, Map.of()));
    if (size.twoNodes()) {
      variants.add(new ExpiryVariant("two_nodes", "2 nodes, the app's settings", 2, n, Map.of()));
    }
    if (openCases == 0) {
      results.put("expiry_seed", seedOpenCases(
          variants.stream().mapToInt(ExpiryVariant::cases).sum()));
    }
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    Map<String, Object> all = new LinkedHashMap<>();
    int first = 0;
    for (ExpiryVariant variant : variants) {
      int cases = Math.min(variant.cases(), openCases - first);
      try {
        all.put(variant.key(), massExpiry(variant, first, cases));
      } catch (Exception e) {
        // Reported, not fatal: the other variants stand on their own.
        all.put(variant.key(), Map.of("label", variant.label(), "skipped", "failed: " + e));
        e.printStackTrace();
      }
      first += cases;
    }
    results.put("mass_expiry", all);
  }

  Map<String, Object> massExpiry(ExpiryVariant variant, int firstCase, int n) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", variant.label());
    r.put("nodes", variant.nodes());
    r.put("settings", variant.settings().isEmpty() ? "application.yaml" : variant.settings());
    List<Process> nodes = new ArrayList<>();
    try {
      List<Double> starts = new ArrayList<>();
      for (int i = 0; i < variant.nodes(); i++) {
        long t = System.nanoTime();
        nodes.add(startNode(variant.key() + "-" + (i + 1), variant.settings()));
        starts.add(Stats.round((System.nanoTime() - t) / 1e9));
      }
      r.put("node_start_s", starts);
      String fromKey = Seed.confirmation(firstCase);
      String toKey = Seed.confirmation(firstCase + n - 1);
      Timestamp due = Timestamp.from(Instant.now().plusSeconds(5).truncatedTo(
          java.time.temporal.ChronoUnit.SECONDS));
      try (Connection c = seed.connect()) {
        c.setAutoCommit(false);
        try (var ps = c.prepareStatement("UPDATE act_ru_job j SET duedate_ = ? FROM act_ru_jobdef d,"
            + " act_ru_execution e WHERE j.job_def_id_ = d.id_ AND d.act_id_ = 'Event_DeviceExpired'"
            + " AND e.id_ = j.process_instance_id_ AND e.business_key_ BETWEEN ? AND ?")) {
          ps.setTimestamp(1, due);
          ps.setString(2, fromKey);
          ps.setString(3, toKey);
          r.put("timers_due_at_once", ps.executeUpdate());
        }
        try (var ps = c.prepareStatement("UPDATE device SET expires_at = ? WHERE id IN (SELECT"
            + " device_id FROM renewal_case WHERE confirmation_number BETWEEN ? AND ?)")) {
          ps.setTimestamp(1, due);
          ps.setString(2, fromKey);
          ps.setString(3, toKey);
          ps.executeUpdate();
        }
        c.commit();
      }
      String movedSql = "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ ="
          + " 'token-renewal-after-expiry' AND business_key_ BETWEEN '" + fromKey + "' AND '"
          + toKey + "'";
      long timeout = System.currentTimeMillis() + Math.max(120_000L, n * 200L);
      long moved = 0;
      while (System.currentTimeMillis() < timeout) {
        moved = count(movedSql);
        if (moved >= n) {
          break;
        }
        Thread.sleep(250);
      }
      r.put("cases", n);
      r.put("moved_to_after_expiry", moved);
      try (Connection c = seed.connect(); var ps = c.prepareStatement("SELECT extract(epoch FROM"
          + " (max(p.start_time_) - ?::timestamp)) FROM act_hi_procinst p WHERE p.proc_def_key_ ="
          + " 'token-renewal-after-expiry' AND p.business_key_ BETWEEN ? AND ?")) {
        ps.setTimestamp(1, due);
        ps.setString(2, fromKey);
        ps.setString(3, toKey);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          r.put("all_moved_after_s", Stats.round(rs.getDouble(1)));
        }
      }
      List<Double> lag = new ArrayList<>();
      Map<String, Integer> byHost = new LinkedHashMap<>();
      try (Connection c = seed.connect(); var ps = c.prepareStatement("SELECT extract(epoch FROM"
          + " (l.timestamp_ - l.job_duedate_)) * 1000, l.hostname_ FROM act_hi_job_log l WHERE"
          + " l.act_id_ = 'Event_DeviceExpired' AND l.job_state_ = 2 AND l.job_duedate_ = ?")) {
        ps.setTimestamp(1, due);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            lag.add(rs.getDouble(1));
            byHost.merge(rs.getString(2), 1, Integer::sum);
          }
        }
      }
      r.put("timer_lag", Stats.summary(lag));
      r.put("timers_by_node", byHost.values());
      System.out.printf("[bench] mass expiry, %s: %d/%d moved, all after %s s, timer lag p50 %.0f ms"
          + " p99 %.0f ms%n", variant.label(), moved, n, r.get("all_moved_after_s"),
          Stats.pct(lag, 50), Stats.pct(lag, 99));
      suspendBatch(fromKey, toKey);
    } finally {
      for (Process node : nodes) {
        node.destroy();
      }
      for (Process node : nodes) {
        node.waitFor(30, TimeUnit.SECONDS);
      }
      smtp.purgeEmailFromAllMailboxes();
    }
    return r;
  }

  /**
   * The batch's cases, moved or not, would go on (expiry paperwork, ECON-084 PDF and mail) into the
   * next variant's window: all of their instances, before- and after-expiry, are suspended, so that
   * every variant starts from an idle job table.
   */
  void suspendBatch(String fromKey, String toKey) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = seed.connect(); var ps = c.prepareStatement("SELECT id_ FROM"
        + " act_ru_execution WHERE id_ = proc_inst_id_ AND suspension_state_ = 1"
        + " AND business_key_ BETWEEN ? AND ?")) {
      ps.setString(1, fromKey);
      ps.setString(2, toKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    for (int from = 0; from < ids.size(); from += 1000) {
      engine.getRuntimeService().updateProcessInstanceSuspensionState()
          .byProcessInstanceIds(ids.subList(from, Math.min(from + 1000, ids.size()))).suspend();
    }
  }

  /** One more node of the app: the jar on the same database and SMTP server. */
  Process startNode(String name, Map<String, String> settings) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
    String nodeOptions = System.getenv("BENCH_NODE_OPTS"); // e.g. a JFR recording per node
    if (nodeOptions != null && !nodeOptions.isBlank()) {
      cmd.addAll(List.of(nodeOptions.replace("{node}", name).trim().split("\\s+")));
    }
    cmd.addAll(List.of("-jar", jar, "--spring.profiles.active=postgres"));
    appProperties().forEach((k, v) -> cmd.add("--" + k + "=" + v));
    settings.forEach((k, v) -> cmd.add("--" + k + "=" + v));
    // Names the node in the job log (ACT_HI_JOB_LOG.HOSTNAME_): who ran which timer.
    cmd.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
    // "Started ..." is logged by the application's own logger, silenced by root=WARN otherwise.
    cmd.add("--logging.level.co.bank.enterprisetoken.EnterpriseTokenApplication=INFO");
    Path logFile = out.resolve("node-" + name + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(logFile.toFile());
    long t = System.nanoTime();
    Process p = pb.start();
    while (true) {
      if (!p.isAlive()) {
        throw new IllegalStateException("Node " + name + " died, see " + logFile);
      }
      if (Files.readString(logFile).contains("Started EnterpriseTokenApplication")) {
        return p;
      }
      if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(180)) {
        p.destroy();
        throw new IllegalStateException("Node " + name + " did not start, see " + logFile);
      }
      Thread.sleep(200);
    }
  }
}
