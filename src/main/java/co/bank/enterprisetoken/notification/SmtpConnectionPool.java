package co.bank.enterprisetoken.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * SMTP connections kept open between mails. Spring's {@link JavaMailSenderImpl} opens, greets and
 * closes a connection for every mail (a TCP and, against the bank's relay, a TLS handshake: 30 times
 * the cost of the mail itself, see BENCHMARKS.md); a burst of mail jobs reuses a few connections
 * here instead. Connection settings (host, port, credentials, {@code spring.mail.properties}) stay
 * those of the Spring Boot mail sender, which the health check also uses.
 *
 * <p>A connection is checked with an SMTP NOOP before each use (a relay closes idle connections),
 * closed after {@link MailPoolSettings#getMaxMessagesPerConnection()} mails (relays limit mails per
 * connection) or {@link MailPoolSettings#getMaxIdle()} unused, and discarded after any failure.
 */
@Component
public class SmtpConnectionPool implements DisposableBean {

  private final JavaMailSenderImpl sender;
  private final GenericObjectPool<Connection> pool;

  public SmtpConnectionPool(JavaMailSenderImpl sender, MailPoolSettings limits) {
    this.sender = sender;
    GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(limits.getMaxConnections());
    config.setMaxIdle(limits.getMaxConnections());
    config.setMaxWait(limits.getMaxWait());
    config.setTestOnBorrow(true);
    config.setMinEvictableIdleDuration(limits.getMaxIdle());
    config.setTimeBetweenEvictionRuns(limits.getMaxIdle().dividedBy(2));
    config.setJmxEnabled(false);
    this.pool = new GenericObjectPool<>(new Factory(limits.getMaxMessagesPerConnection()), config);
  }

  /** Sends a prepared message; throws a {@link MailException} so that the calling job is retried. */
  public void send(MimeMessage message) throws MailException {
    Connection connection = borrow();
    boolean healthy = false;
    try {
      connection.transport.sendMessage(message, message.getAllRecipients());
      connection.sent++;
      healthy = true;
    } catch (MessagingException e) {
      throw new MailSendException("Could not send mail", e);
    } finally {
      if (healthy) {
        pool.returnObject(connection);
      } else {
        invalidate(connection);
      }
    }
  }

  /** Connections opened since start (a figure for tests and the benchmark). */
  public long connectionsOpened() {
    return pool.getCreatedCount();
  }

  @Override
  public void destroy() {
    pool.close();
  }

  private Connection borrow() {
    try {
      return pool.borrowObject();
    } catch (AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (Exception e) {
      throw new MailSendException("Could not connect to the SMTP server " + endpoint(), e);
    }
  }

  private void invalidate(Connection connection) {
    try {
      pool.invalidateObject(connection);
    } catch (Exception e) {
      // The connection is dropped either way; the send's own failure is what the job reports.
    }
  }

  private String endpoint() {
    return sender.getHost() + ":" + sender.getPort();
  }

  static final class Connection {
    final Transport transport;
    final String endpoint;
    int sent;

    Connection(Transport transport, String endpoint) {
      this.transport = transport;
      this.endpoint = endpoint;
    }
  }

  private final class Factory extends BasePooledObjectFactory<Connection> {

    private final int maxMessagesPerConnection;

    Factory(int maxMessagesPerConnection) {
      this.maxMessagesPerConnection = maxMessagesPerConnection;
    }

    @Override
    public Connection create() throws MessagingException {
      Transport transport = sender.getSession().getTransport(
          sender.getProtocol() == null ? "smtp" : sender.getProtocol());
      transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(),
          sender.getPassword());
      return new Connection(transport, endpoint());
    }

    @Override
    public PooledObject<Connection> wrap(Connection connection) {
      return new DefaultPooledObject<>(connection);
    }

    @Override
    public boolean validateObject(PooledObject<Connection> pooled) {
      Connection connection = pooled.getObject();
      // The sender's host or port may change at runtime (the outage tests point it elsewhere):
      // a connection to the old endpoint no longer counts.
      return connection.endpoint.equals(endpoint())
          && connection.sent < maxMessagesPerConnection
          && connection.transport.isConnected(); // SMTP NOOP
    }

    @Override
    public void destroyObject(PooledObject<Connection> pooled) throws MessagingException {
      pooled.getObject().transport.close();
    }
  }
}
