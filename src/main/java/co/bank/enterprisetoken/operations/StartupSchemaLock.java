package co.bank.enterprisetoken.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Nodes started at the same moment on an empty PostgreSQL take turns: the first to reach Flyway or
 * the process engine takes a PostgreSQL session advisory lock and holds it until it is ready (both
 * schemas created or updated, models deployed, groups, grants and filters written); the others
 * wait for it and then find everything in place. Without it, two nodes creating Camunda's tables
 * together collide in PostgreSQL's catalogue ({@code duplicate key ... pg_type_typname_nsp_index})
 * and one dies. If the holder dies its session ends and the lock is released. H2 needs none.
 */
@Component
class StartupSchemaLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>,
    Ordered {

  /** Any fixed number: the lock's name for this application (one database per installation). */
  static final long LOCK_KEY = 0x546f6b656e456dL; // "TokenEm"
  private static final Logger LOG = LoggerFactory.getLogger(StartupSchemaLock.class);

  private final ObjectProvider<DataSource> dataSource;
  private Connection held;
  private boolean done;

  StartupSchemaLock(ObjectProvider<DataSource> dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public synchronized Object postProcessBeforeInitialization(Object bean, String name) {
    if (!done && held == null && (bean instanceof FlywayMigrationInitializer
        || bean instanceof Flyway || bean instanceof ProcessEngineConfiguration)) {
      acquire();
    }
    return bean;
  }

  private void acquire() {
    done = true;
    try {
      Connection connection = dataSource.getObject().getConnection();
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        connection.close();
        return;
      }
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
      }
      held = connection;
      LOG.info("Start-up lock taken after {} ms (schemas, models and grants one node at a time)",
          (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock on the database", e);
    }
  }

  @Override
  public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock; it ends with the connection", e);
    } finally {
      held = null;
    }
  }

  /** Released after every other start-up listener (grants, filters) has run. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
