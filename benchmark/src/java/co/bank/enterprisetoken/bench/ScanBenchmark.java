package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.EnterpriseTokenApplication;
import co.bank.enterprisetoken.webapp.WebappAuthorizations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Evidence scans at scale (benchmark/run-scans): N cases, each with two ~1 MB scans (a JPEG and a
 * PDF holding a JPEG) uploaded over HTTP through the Tasklist plugin by a logged-in branch clerk,
 * on PostgreSQL. Reports the upload latency (p50/p95/p99), the database growth, and the time back
 * office needs to load a task with a scan (form variables, the scan list, the scan itself).
 */
public final class ScanBenchmark {

  private static final String PASSWORD = "Escaneo-Bench-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      args.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    String pg = args.getOrDefault("pg", "jdbc:postgresql://127.0.0.1:5432/");
    String db = args.getOrDefault("db", "bench_scans");
    int cases = Integer.parseInt(args.getOrDefault("cases", "1000"));
    Path out = Path.of(args.getOrDefault("out", "target/benchmark"));
    Files.createDirectories(out);

    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", pg + db);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "");
    p.put("server.port", "0");
    // One clerk uploads at a time: a small pool leaves PostgreSQL's connections to the others.
    p.put("spring.datasource.hikari.maximum-pool-size", "5");
    p.put("spring.datasource.hikari.minimum-idle", "1");
    p.put("camunda.bpm.job-execution.enabled", "false");
    p.put("enterprise-token.renewal.expiry-alert-cron", "-");
    p.put("enterprise-token.evidence.removal-cron", "-");
    p.put("logging.level.root", "WARN");
    ConfigurableApplicationContext app = new SpringApplicationBuilder(
        EnterpriseTokenApplication.class).profiles("postgres").run(p.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      new Seed(pg + db, "postgres").offices();
      app.getBean(WebappAuthorizations.class).ensure();
      user(engine, "benchoficina", "branch-0001");
      user(engine, "benchanalista", "backoffice");
      // One visa task per case (the real task id, so the plugin treats it as the visa), worked by
      // the office and visible to back office.
      engine.getRepositoryService().createDeployment().name("bench-scans")
          .addModelInstance("scan-bench.bpmn", Bpmn.createExecutableProcess("scan-bench")
              .camundaHistoryTimeToLive(1).startEvent().userTask("Task_VisaSignature")
              .camundaCandidateGroups("branch-0001,backoffice").endEvent().done())
          .enableDuplicateFiltering(true).deploy();
      for (int i = 0; i < cases; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("scan-bench", "SB-" + i);
      }
      List<String> tasks = engine.getTaskService().createTaskQuery()
          .processDefinitionKey("scan-bench").list().stream().map(t -> t.getId()).toList();

      List<byte[]> jpegs = new ArrayList<>();
      List<byte[]> pdfs = new ArrayList<>();
      for (int v = 0; v < 8; v++) {
        byte[] jpeg = jpeg(v, 1_000_000);
        jpegs.add(jpeg);
        pdfs.add(pdf(jpeg(v + 100, 990_000)));
      }
      long dbBefore = dbSize(pg + db);

      Session branch = new Session(port, "benchoficina");
      double[] uploads = new double[tasks.size() * 2];
      long bytes = 0;
      for (int i = 0; i < tasks.size(); i++) {
        byte[][] files = {jpegs.get(i % 8), pdfs.get(i % 8)};
        for (int f = 0; f < 2; f++) {
          long t = System.nanoTime();
          HttpResponse<String> r = branch.post("tasks/" + tasks.get(i) + "/scans?fileName="
              + (f == 0 ? "pagina1.jpg" : "formato.pdf"), files[f]);
          uploads[i * 2 + f] = (System.nanoTime() - t) / 1e6;
          if (r.statusCode() != 200) {
            throw new IllegalStateException("upload " + i + ": " + r.statusCode() + " " + r.body());
          }
          bytes += files[f].length;
        }
      }
      Thread.sleep(1500);
      long dbAfter = dbSize(pg + db);
      long table = relationSize(pg + db);

      Session backOffice = new Session(port, "benchanalista");
      int samples = Math.min(200, tasks.size());
      double[] loads = new double[samples];
      for (int s = 0; s < samples; s++) {
        String task = tasks.get((int) ((long) s * tasks.size() / samples));
        long t = System.nanoTime();
        backOffice.get("/camunda/api/engine/engine/default/task/" + task + "/form-variables");
        JsonNode list = JSON.readTree(backOffice.plugin("tasks/" + task + "/scans").body());
        HttpResponse<byte[]> scan = backOffice.bytes(list.get(0).path("id").asText());
        loads[s] = (System.nanoTime() - t) / 1e6;
        if (scan.statusCode() != 200 || scan.body().length < 900_000) {
          throw new IllegalStateException("back office load " + scan.statusCode());
        }
      }

      Map<String, Object> r = new LinkedHashMap<>();
      r.put("cases", tasks.size());
      r.put("scans", uploads.length);
      r.put("scan_bytes_avg", bytes / uploads.length);
      r.put("upload_ms_p50", p(uploads, 50));
      r.put("upload_ms_p95", p(uploads, 95));
      r.put("upload_ms_p99", p(uploads, 99));
      r.put("db_growth_mb", Stats.round((dbAfter - dbBefore) / 1048576.0));
      r.put("evidence_scan_table_mb", Stats.round(table / 1048576.0));
      r.put("uploaded_mb", Stats.round(bytes / 1048576.0));
      r.put("backoffice_load_ms_p50", p(loads, 50));
      r.put("backoffice_load_ms_p95", p(loads, 95));
      Files.writeString(out.resolve("scans.json"), JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(r));
      StringBuilder md = new StringBuilder("## Evidence scans (benchmark/run-scans)\n\n")
          .append(String.format("%d cases, two scans each (%,d bytes on average: a JPEG and a PDF"
              + " holding a JPEG), uploaded over HTTP by one logged-in branch clerk through the"
              + " Tasklist plugin, on PostgreSQL.%n%n", tasks.size(), bytes / uploads.length))
          .append("| figure | value |\n|---|---|\n");
      r.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
      Files.writeString(out.resolve("scans.md"), md.toString());
      System.out.println(md);
    } finally {
      app.close();
    }
    System.exit(0);
  }

  private static double p(double[] ms, double percentile) {
    return Stats.round(Stats.pct(java.util.Arrays.stream(ms).boxed().toList(), percentile));
  }

  private static void user(ProcessEngine engine, String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User u = identity.newUser(id);
      u.setFirstName("Bench");
      u.setLastName(id);
      u.setPassword(PASSWORD);
      identity.saveUser(u);
      identity.createMembership(id, group);
    }
  }

  /** A scanner-like JPEG of noise, about {@code target} bytes. */
  private static byte[] jpeg(int seed, int target) throws Exception {
    Random random = new Random(seed);
    int side = 700;
    while (true) {
      BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          image.setRGB(x, y, random.nextInt(0xffffff));
        }
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (var stream = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(stream);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.75f);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      writer.dispose();
      if (bytes.size() >= target * 0.95) {
        return bytes.toByteArray();
      }
      side = (int) (side * Math.sqrt((double) target / bytes.size())) + 10;
    }
  }

  private static byte[] pdf(byte[] jpeg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
      document.add(new Image(ImageDataFactory.create(jpeg)).setAutoScale(true));
    }
    return out.toByteArray();
  }

  private static long dbSize(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long relationSize(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT pg_total_relation_size('evidence_scan')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A Tasklist session: Camunda's login form, the session cookie and the CSRF token. */
  private static final class Session {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Session(int port, String user) throws Exception {
      base = "http://127.0.0.1:" + port;
      client = HttpClient.newBuilder().cookieHandler(cookies).build();
      get("/camunda/app/tasklist/default/");
      HttpResponse<String> login = client.send(request(HttpRequest.newBuilder(URI.create(base
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))),
          HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("login " + user + ": " + login.statusCode());
      }
      get("/camunda/api/admin/auth/user/default");
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(request(HttpRequest.newBuilder(URI.create(base + path)).GET()),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> plugin(String path) throws Exception {
      return get("/camunda/api/tasklist/plugin/token-scans/default/" + path);
    }

    HttpResponse<byte[]> bytes(String scanId) throws Exception {
      return client.send(request(HttpRequest.newBuilder(URI.create(base
          + "/camunda/api/tasklist/plugin/token-scans/default/scans/" + scanId)).GET()),
          HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, byte[] body) throws Exception {
      return client.send(request(HttpRequest.newBuilder(URI.create(base
              + "/camunda/api/tasklist/plugin/token-scans/default/" + path))
          .header("Content-Type", "application/octet-stream")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))),
          HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(HttpRequest.Builder builder) {
      cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
          .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
      return builder.build();
    }
  }
}
