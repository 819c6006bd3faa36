package co.bank.enterprisetoken.notification;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s "mail" component (replacing Spring Boot's, which waits for the
 * sender's own read timeout, 10 s, when a relay accepts connections and never answers). The check
 * connects and greets with 1-second timeouts, runs on its own thread and is cached for
 * {@link #TTL}: a health call waits at most {@link #MAX_WAIT} and otherwise answers the last
 * result. An outage shows as DOWN but takes no node out of service (see the readiness group).
 */
@Component("mail")
class SmtpHealthIndicator implements HealthIndicator, DisposableBean {

  static final Duration TTL = Duration.ofSeconds(30);
  static final Duration MAX_WAIT = Duration.ofMillis(1500);
  private static final String PROBE_TIMEOUT_MS = "1000";

  private final JavaMailSenderImpl sender;
  private final ExecutorService probe = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "smtp-health");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Health last;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile String checkedLocation;
  private CompletableFuture<Health> running;

  SmtpHealthIndicator(JavaMailSenderImpl sender) {
    this.sender = sender;
  }

  @Override
  public Health health() {
    CompletableFuture<Health> check;
    synchronized (this) {
      // The cache holds for one relay: a changed host or port is checked at once.
      if (last != null && location().equals(checkedLocation)
          && checkedAt.plus(TTL).isAfter(Instant.now())) {
        return last;
      }
      if (running == null) {
        String location = location();
        running = CompletableFuture.supplyAsync(this::check, probe).whenComplete((h, e) -> {
          synchronized (this) {
            last = h;
            checkedLocation = location;
            checkedAt = Instant.now();
            running = null;
          }
        });
      }
      check = running;
    }
    try {
      return check.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      Health previous = last;
      return previous != null ? previous : Health.unknown()
          .withDetail("location", location()).withDetail("detail", "comprobación en curso").build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().build();
    } catch (Exception e) {
      return Health.down().withDetail("location", location()).build();
    }
  }

  private Health check() {
    Properties properties = new Properties();
    properties.putAll(sender.getJavaMailProperties());
    for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
      properties.setProperty("mail.smtp." + timeout, PROBE_TIMEOUT_MS);
      properties.setProperty("mail.smtps." + timeout, PROBE_TIMEOUT_MS);
    }
    String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    try (Transport transport = Session.getInstance(properties).getTransport(protocol)) {
      transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(),
          sender.getPassword());
      return Health.up().withDetail("location", location()).build();
    } catch (Exception e) {
      return Health.down().withDetail("location", location())
          .withDetail("error", e.getClass().getSimpleName()).build();
    }
  }

  private String location() {
    return sender.getHost() + ":" + sender.getPort();
  }

  @Override
  public void destroy() {
    probe.shutdownNow();
  }
}
