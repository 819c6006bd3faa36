package co.bank.enterprisetoken.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Three additions to the engine's schema that its queries need at the bank's size (100,000 open
 * cases, BENCHMARKS-full.md), created here once the engine has built or updated its
 * tables (after Flyway has run for the registry), by every node: {@code IF NOT EXISTS} makes them
 * a no-op after the first start. Names carry the app's prefix, so an engine upgrade script never
 * collides with them.
 *
 * <ul>
 *   <li>An index on the jobs' due date. Camunda's schema has none, yet every job acquisition filters
 *       on it (due date empty or past). Each open case holds a future expiry timer and a pickup
 *       reminder: about 200,000 rows, scanned by every acquisition (88 ms against 0.35 ms with the
 *       index on PostgreSQL).
 *   <li>An index on the tasks' parent task. Whenever a task ends (completed, or cancelled by the
 *       expiry timer) the engine looks for its subtasks by parent id, and Camunda's schema has no
 *       index for that: a scan of every open task, 40 ms at 100,000 open cases.
 *   <li>On PostgreSQL, statistics on the permission bits of the authorizations. A branch user's
 *       task query joins the branch's task authorizations (one per open task), filtered on
 *       {@code PERMS_ & 2 = 2}; without statistics on that expression the planner expects 10 rows
 *       instead of 2,000 and compares every task with every authorization (4 million comparisons,
 *       0.5 s for the Tasklist count). With them it looks each task's authorization up in the
 *       index. The estimate needs the actual bit values, so the postgres profile asks for custom
 *       plans ({@code plan_cache_mode}, application-postgres.yaml).
 * </ul>
 */
@Component
public class EngineDatabaseTuning {

  public static final String JOB_DUE_DATE_INDEX = "TOK_IDX_JOB_DUEDATE";
  public static final String TASK_PARENT_INDEX = "TOK_IDX_TASK_PARENT";
  public static final String AUTH_PERMISSION_STATISTICS = "tok_auth_permission_bits";
  private static final Logger LOG = LoggerFactory.getLogger(EngineDatabaseTuning.class);

  private final DataSource dataSource;

  /** Takes the engine so that Spring builds it (and its schema) first. */
  public EngineDatabaseTuning(ProcessEngine engine, DataSource dataSource) {
    this.dataSource = dataSource;
    ensure();
  }

  /**
   * Creates what is missing and returns the statements that failed (none when all is in place). A
   * failure only costs query speed, so it is logged with the statement (for a DBA to run) rather
   * than stopping the node; two nodes starting at once on PostgreSQL may race on the catalogue, and
   * the loser finds the objects on its next start.
   */
  public final List<String> ensure() {
    List<String> failed = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      run(c, "CREATE INDEX IF NOT EXISTS " + JOB_DUE_DATE_INDEX + " ON ACT_RU_JOB (DUEDATE_)", failed);
      run(c, "CREATE INDEX IF NOT EXISTS " + TASK_PARENT_INDEX + " ON ACT_RU_TASK (PARENT_TASK_ID_)",
          failed);
      if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        // READ (2) on tasks and READ_TASK (64) on process definitions: the task query's checks.
        if (run(c, "CREATE STATISTICS IF NOT EXISTS " + AUTH_PERMISSION_STATISTICS
            + " ON (PERMS_ & 2), (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION", failed)) {
          // fills new statistics now, not at autovacuum's next visit
          run(c, "ANALYZE ACT_RU_AUTHORIZATION", failed);
        }
      }
    } catch (SQLException e) {
      LOG.warn("No connection to tune the engine's tables: {}", e.getMessage());
      failed.add("(connection)");
    }
    return failed;
  }

  /** Runs one statement; true if it created something (PostgreSQL warns "already exists"). */
  private static boolean run(Connection c, String sql, List<String> failed) {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
      return s.getWarnings() == null;
    } catch (SQLException e) {
      LOG.warn("Could not tune the engine's tables ({}): {}. Queries stay correct, only slower.",
          sql, e.getMessage());
      failed.add(sql);
      return false;
    }
  }
}
