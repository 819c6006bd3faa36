package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.registry.InputRules;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Registry rows written straight with JDBC batches (the registry is the bank's master data, loaded in
 * bulk in production too). Ids come from high ranges the application's own sequences never reach.
 * Company {@code c} has {@code usersPerCompany} users; user 0 is the ADMIN. Every user holds one
 * ACTIVE physical token whose serial is {@code 4} + 9 digits of the user's global index.
 */
public final class Seed {

  /** The TOTP seed of every seeded token (each device still has its own "used once" step). */
  public static final String OTP_SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=";
  static final long COMPANY_ID = 10_000_000L;
  static final long USER_ID = 20_000_000L;
  static final long CASE_ID = 50_000_000L;
  public static final int OFFICES = 50;

  private final String url;
  private final String user;

  public Seed(String url, String user) {
    this.url = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    this.user = user;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }

  public static String nit(long company) {
    String base = String.format("8%08d", company);
    return base + "-" + InputRules.nitCheckDigit(base);
  }

  public static long userIndex(long company, int usersPerCompany, int j) {
    return company * usersPerCompany + j;
  }

  public static String serial(long userIndex) {
    return String.format("4%09d", userIndex);
  }

  public static String idNumber(long userIndex) {
    return String.valueOf(1_000_000_000L + userIndex);
  }

  public void offices() throws SQLException {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO branch_office (code, name, city, mailbox) VALUES (?, ?, 'Bogotá', ?)"
            + " ON CONFLICT (code) DO NOTHING")) {
      for (int o = 1; o <= OFFICES; o++) {
        String code = String.format("%04d", o);
        ps.setString(1, code);
        ps.setString(2, "Oficina " + code);
        ps.setString(3, "oficina" + code + "@banco.example");
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * A lot of {@code count} new tokens for {@code office}, serials {@code first} onwards: the
   * branch's delivery takes its serial from the office's stock. Does nothing if the lot exists.
   */
  public void stock(String office, long first, int count) throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (var exists = c.prepareStatement("SELECT 1 FROM token_stock WHERE serial = ?")) {
        exists.setString(1, Long.toString(first));
        if (exists.executeQuery().next()) {
          return;
        }
      }
      long lot;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO token_lot (branch_office_code,"
          + " registered_by, registered_at, token_count) VALUES (?, 'benchmark', now(), ?)"
          + " RETURNING id")) {
        ps.setString(1, office);
        ps.setInt(2, count);
        var rs = ps.executeQuery();
        rs.next();
        lot = rs.getLong(1);
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO token_stock (serial,"
          + " branch_office_code, lot_id, state) VALUES (?, ?, ?, 'IN_STOCK')")) {
        for (long s = first; s < first + count; s++) {
          ps.setString(1, Long.toString(s));
          ps.setString(2, office);
          ps.setLong(3, lot);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  /** Companies [from, from+count) with their users and tokens expiring at {@code expiresAt}. */
  public void companies(long from, int count, int usersPerCompany, Instant expiresAt)
      throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement co = c.prepareStatement("INSERT INTO company (id, nit, name, email,"
              + " legal_rep_names, legal_rep_id_type, legal_rep_id_number)"
              + " VALUES (?, ?, ?, ?, 'Jorge Núñez Castro', 'CC', '19345678')");
          PreparedStatement us = c.prepareStatement("INSERT INTO bank_user (id, company_id,"
              + " profile, id_type, id_number, names, surnames, email, mobile)"
              + " VALUES (?, ?, ?, 'CC', ?, ?, ?, ?, '3001234567')");
          PreparedStatement dv = c.prepareStatement("INSERT INTO device (id, serial, holder_id,"
              + " device_type, state, expires_at, otp_secret) VALUES (?, ?, ?, 'PHYSICAL',"
              + " 'ACTIVE', ?, ?)")) {
        Timestamp expiry = Timestamp.from(expiresAt);
        for (long k = from; k < from + count; k++) {
          co.setLong(1, COMPANY_ID + k);
          co.setString(2, nit(k));
          co.setString(3, "Empresa " + k + " S.A.S.");
          co.setString(4, "empresa" + k + "@clientes.example");
          co.addBatch();
          for (int j = 0; j < usersPerCompany; j++) {
            long u = userIndex(k, usersPerCompany, j);
            us.setLong(1, USER_ID + u);
            us.setLong(2, COMPANY_ID + k);
            us.setString(3, j == 0 ? "ADMIN" : "OPERATOR");
            us.setString(4, idNumber(u));
            us.setString(5, j == 0 ? "Laura" : "Andrés " + j);
            us.setString(6, "Gómez Díaz " + u);
            us.setString(7, "usuario" + u + "@clientes.example");
            us.addBatch();
            dv.setLong(1, USER_ID + u);
            dv.setString(2, serial(u));
            dv.setLong(3, USER_ID + u);
            dv.setTimestamp(4, expiry);
            dv.setString(5, OTP_SECRET);
            dv.addBatch();
          }
          if ((k - from) % 1000 == 999) {
            co.executeBatch();
            us.executeBatch();
            dv.executeBatch();
          }
        }
        co.executeBatch();
        us.executeBatch();
        dv.executeBatch();
      }
      c.commit();
    }
  }

  /**
   * Open renewal cases (status SOLICITADO) for every operator token (users 1..n-1) of companies
   * [from, from+count); case {@code k} (0-based, in that order) is claimed at office k % 50 + 1.
   * Returns the number of cases.
   */
  public int openCases(long from, int count, int usersPerCompany) throws SQLException {
    int k = 0;
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement rc = c.prepareStatement("INSERT INTO renewal_case (id,"
          + " confirmation_number, status, company_id, device_id, open_device_id, requested_by_id,"
          + " branch_office_code, requested_at) VALUES (?, ?, 'SOLICITADO', ?, ?, ?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (long co = from; co < from + count; co++) {
          for (int j = 1; j < usersPerCompany; j++) {
            long u = userIndex(co, usersPerCompany, j);
            rc.setLong(1, CASE_ID + k);
            rc.setString(2, confirmation(k));
            rc.setLong(3, COMPANY_ID + co);
            rc.setLong(4, USER_ID + u);
            rc.setLong(5, USER_ID + u);
            rc.setLong(6, USER_ID + userIndex(co, usersPerCompany, 0));
            rc.setString(7, office(k));
            rc.setTimestamp(8, now);
            rc.addBatch();
            if (++k % 2000 == 0) {
              rc.executeBatch();
            }
          }
        }
        rc.executeBatch();
      }
      c.commit();
    }
    return k;
  }

  public static String confirmation(int k) {
    return String.format("RT-%08d", CASE_ID + k);
  }

  public static String office(int k) {
    return String.format("%04d", k % OFFICES + 1);
  }
}
