package co.bank.enterprisetoken.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database for one reliability test, on the server of {@code TOKENS_DB_URL}
 * (default 127.0.0.1:5432), created through the {@code postgres} maintenance database and dropped
 * at the end.
 */
final class TestDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/.*");

  final String name;
  final String url;
  final String user;
  final String password;
  private final String maintenanceUrl;

  private TestDatabase(String server, String user, String password) {
    this.name = "token_empresarial_it_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    this.url = "jdbc:postgresql://" + server + "/" + name;
    this.maintenanceUrl = "jdbc:postgresql://" + server + "/postgres";
    this.user = user;
    this.password = password;
  }

  static TestDatabase create() throws SQLException {
    String configured = env("TOKENS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/token_empresarial");
    Matcher m = URL.matcher(configured);
    String server = m.matches() ? m.group(1) : "127.0.0.1:5432";
    TestDatabase db = new TestDatabase(server, env("TOKENS_DB_USER", "postgres"),
        env("TOKENS_DB_PASSWORD", ""));
    db.maintenance("CREATE DATABASE " + db.name);
    return db;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private void maintenance(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(maintenanceUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** One row per result row, column label (lower case) to value. */
  List<Map<String, Object>> query(String sql, Object... args) {
    try (Connection c = connect(); var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  int update(String sql, Object... args) {
    try (Connection c = connect(); var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long count(String sql, Object... args) {
    return ((Number) query(sql, args).get(0).values().iterator().next()).longValue();
  }

  @Override
  public void close() throws SQLException {
    maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
