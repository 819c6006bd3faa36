package co.bank.enterprisetoken.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar in its own JVM ({@code java -jar}), on a free loopback
 * port, on the test's database, sending mail to the test's SMTP server, job executor on. Its output
 * goes to {@code target/reliability/<name>.log}.
 */
final class AppNode implements AutoCloseable {

  static final Path JAR = Paths.get("target", "enterprise-token-0.1.0-SNAPSHOT.jar");
  static final Path LOGS = Paths.get("target", "reliability");
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final List<String> command;
  private final Path log;
  private Process process;
  private int starts;

  AppNode(String name, TestDatabase db, int smtpPort, String... extraArgs) {
    this.name = name;
    this.port = freePort();
    this.log = LOGS.resolve(name + ".log");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(),
        "--spring.profiles.active=demo,postgres",
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--spring.datasource.url=" + db.url,
        "--spring.datasource.username=" + db.user,
        "--spring.datasource.password=" + db.password,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--enterprise-token.demo.mail-server.enabled=false",
        "--enterprise-token.demo.mail-folder=" + LOGS.resolve(name + "-mail").toAbsolutePath(),
        "--enterprise-token.renewal.expiry-alert-cron=-",
        // The node's name in ACT_HI_JOB_LOG.HOSTNAME_: which node ran which job.
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.enabled=true",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=info"));
    command.addAll(List.of(extraArgs));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the JVM (again after a kill: same port, same configuration; log appended). */
  AppNode start() throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " missing: the ITs run after 'package'");
    }
    Files.createDirectories(LOGS);
    starts++;
    Files.writeString(log, "\n===== start " + starts + " of " + name + " at " + Instant.now()
        + " =====\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    return this;
  }

  /** Waits until {@code /actuator/health} answers 200 (database, SMTP, engine up). */
  AppNode awaitHealthy(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see "
            + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not healthy within " + timeout + ", see "
        + log.toAbsolutePath());
  }

  /** kill -9: no shutdown hook, no graceful stop of the job executor, open transactions lost. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " did not die");
      }
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Graceful stop (SIGTERM), then kill after 30 s. Never leaves the process behind. */
  @Override
  public void close() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** An HTTP call with Basic auth: {@code portal:demo} (portal API), {@code admin:demo} (REST). */
  HttpResponse<String> call(String method, String path, String user, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
