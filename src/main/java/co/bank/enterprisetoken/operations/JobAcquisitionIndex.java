package co.bank.enterprisetoken.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the due date of the engine's jobs. Camunda's schema has none, yet every job
 * acquisition filters on it (due date empty or past). Each open renewal case holds a future expiry
 * timer and a pickup reminder, so at 100,000 open cases every acquisition scanned about 200,000 rows:
 * 88 ms on PostgreSQL against 0.35 ms with the index (BENCHMARKS-full.md, mass expiry day).
 *
 * <p>The engine creates and updates its own tables, after Flyway has run for the registry, so the
 * index is created here, once the engine is built, by every node: {@code IF NOT EXISTS} makes it a
 * no-op after the first start. The name has the app's prefix so that an engine upgrade script
 * never collides with it.
 */
@Component
public class JobAcquisitionIndex {

  public static final String NAME = "TOK_IDX_JOB_DUEDATE";
  static final String DDL = "CREATE INDEX IF NOT EXISTS " + NAME + " ON ACT_RU_JOB (DUEDATE_)";
  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private final DataSource dataSource;

  /** Takes the engine so that Spring builds it (and its schema) first. */
  public JobAcquisitionIndex(ProcessEngine engine, DataSource dataSource) {
    this.dataSource = dataSource;
    ensure();
  }

  /**
   * Creates the index unless it exists. A failure only costs acquisition speed, so it is logged
   * (with the statement, for a DBA to run) rather than stopping the node; two nodes starting at
   * once on PostgreSQL may race on the catalogue, and the loser finds the index on its next start.
   */
  public final void ensure() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      s.execute(DDL);
    } catch (SQLException e) {
      LOG.warn("Could not create the job acquisition index ({}): {}. Job acquisition scans the whole"
          + " job table until it exists.", DDL, e.getMessage());
    }
  }
}
