package co.bank.enterprisetoken.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Limits of the SMTP connection pool ({@link SmtpConnectionPool}). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.mail.pool")
public class MailPoolSettings {

  /** Open connections at most: one per job-executor thread that sends at the same time. */
  private int maxConnections = 10;

  /** Relays limit the mails per connection (Exchange's default is 20): a new one after that. */
  private int maxMessagesPerConnection = 20;

  /** An unused connection is closed after this long (relays drop idle clients after minutes). */
  private Duration maxIdle = Duration.ofSeconds(60);

  /** How long a send waits for a free connection before it fails (and its job is retried). */
  private Duration maxWait = Duration.ofSeconds(10);

  public int getMaxConnections() { return maxConnections; }
  public void setMaxConnections(int v) { this.maxConnections = v; }
  public int getMaxMessagesPerConnection() { return maxMessagesPerConnection; }
  public void setMaxMessagesPerConnection(int v) { this.maxMessagesPerConnection = v; }
  public Duration getMaxIdle() { return maxIdle; }
  public void setMaxIdle(Duration v) { this.maxIdle = v; }
  public Duration getMaxWait() { return maxWait; }
  public void setMaxWait(Duration v) { this.maxWait = v; }
}
