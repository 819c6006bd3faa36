package co.bank.enterprisetoken.bench;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The no-op twin on standalone engines, one fresh database each: history level FULL / AUDIT /
 * ACTIVITY, JDBC batch processing on / off, H2 in memory vs PostgreSQL. Same job executor defaults
 * and id generator as the Spring Boot starter; only the varied setting differs.
 */
public final class EngineMatrix {

  public record Variant(String name, boolean postgres, String history, boolean batch) {}

  public static final List<Variant> VARIANTS = List.of(
      new Variant("pg-full-batch", true, "full", true),
      new Variant("pg-full-nobatch", true, "full", false),
      new Variant("pg-audit-batch", true, "audit", true),
      new Variant("pg-activity-batch", true, "activity", true),
      new Variant("h2mem-full-batch", false, "full", true));

  /** Exposes {@code ${renewalSettings.pickupReminderCycle}} to the twin as the app does. */
  public static class Settings {
    public String getPickupReminderCycle() {
      return "R3/P7D";
    }
  }

  private EngineMatrix() {}

  public static List<Map<String, Object>> run(String pgServer, String dbPrefix, int workers,
      int warmup, int cases) throws Exception {
    List<Map<String, Object>> results = new ArrayList<>();
    for (Variant v : VARIANTS) {
      String url;
      if (v.postgres()) {
        String db = dbPrefix + "_" + v.name().replace('-', '_');
        try (var c = DriverManager.getConnection(pgServer + "postgres", "postgres", "");
            var s = c.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + db);
          s.execute("CREATE DATABASE " + db);
        }
        url = pgServer + db;
      } else {
        url = "jdbc:h2:mem:bench-" + v.name() + ";DB_CLOSE_DELAY=-1";
      }
      ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl)
          ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
      cfg.setProcessEngineName("bench-" + v.name());
      cfg.setJdbcUrl(url);
      cfg.setJdbcDriver(v.postgres() ? "org.postgresql.Driver" : "org.h2.Driver");
      cfg.setJdbcUsername(v.postgres() ? "postgres" : "sa");
      cfg.setJdbcPassword("");
      cfg.setDatabaseSchemaUpdate("true");
      cfg.setHistory(v.history());
      cfg.setJdbcBatchProcessing(v.batch());
      cfg.setIdGenerator(new StrongUuidGenerator());
      cfg.setJobExecutorActivate(true);
      cfg.setBeans(Map.of("noopDelegate", (JavaDelegate) e -> { }, "mailRetryCycle", "R5/PT2M",
          "renewalSettings", new Settings()));
      cfg.getProcessEnginePlugins().add(new Waits());
      ProcessEngine engine = cfg.buildProcessEngine();
      try {
        engine.getRepositoryService().createDeployment().name("bench-twin")
            .addString("twin.bpmn", Models.twin()).deploy();
        String prefix = "M" + results.size() + "-";
        Map<String, Object> r = ClosedLoop.run("twin " + v.name(), workers, warmup, cases,
            i -> TwinCase.run(engine, prefix, i));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("variant", v.name());
        row.put("database", v.postgres() ? "PostgreSQL" : "H2 in-memory");
        row.put("history", v.history());
        row.put("jdbcBatchProcessing", v.batch());
        row.putAll(r);
        results.add(row);
      } finally {
        engine.close();
      }
    }
    return results;
  }
}
