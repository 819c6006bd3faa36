package co.bank.enterprisetoken.reliability;

import co.bank.enterprisetoken.registry.InputRules;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * Registry data for the separate JVMs, written over JDBC (the nodes have no endpoint that creates
 * companies): companies with a valid NIT (DIAN check digit), an admin and an operator with tokens
 * (serial {@code ^4\d{9}$}, TOTP seed Base64 of 20 random bytes). The test computes the dynamic
 * codes itself with the same RFC 6238 generator the app verifies with.
 */
final class Registry {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(60), 6);

  /** A company with its admin (token valid 400 days) and one operator whose token is renewed. */
  record TestCompany(int n, String nit, String email, String adminId, String adminSerial,
      String adminSecret, String operatorId, String operatorSerial) {

    /** Renewal of the operator's token, authorized with the admin's code, collected at 0001. */
    String renewalJson(String adminCode) {
      return """
          {"companyNit":"%s","adminIdType":"CC","adminIdNumber":"%s","dynamicCode":"%s",
           "branchOffice":"0001","renewals":[{"deviceSerial":"%s"}]}"""
          .formatted(nit, adminId, adminCode, operatorSerial);
    }

    /** The serial printed on the new token handed over at the branch. */
    String newSerial() {
      return String.format("42%08d", n);
    }
  }

  private Registry() {}

  /** Company {@code n} (1..99999); its operator's token expires at {@code operatorExpiry}. */
  static TestCompany company(TestDatabase db, int n, Instant operatorExpiry) throws SQLException {
    String base = String.format("91%07d", n);
    String nit = base + "-" + InputRules.nitCheckDigit(base);
    String email = "empresa" + n + "@clientes.example";
    String adminId = String.format("5%07d", n);
    String operatorId = String.format("8%07d", n);
    String adminSerial = String.format("41%08d", n);
    String operatorSerial = String.format("43%08d", n);
    String adminSecret = secret();
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      long company = insert(c, "INSERT INTO company (nit, name, email, legal_rep_names,"
          + " legal_rep_id_type, legal_rep_id_number) VALUES (?, ?, ?, ?, 'CC', ?) RETURNING id",
          nit, "Empresa de prueba " + n + " S.A.S.", email, "Representante " + n, "19" + adminId);
      long admin = user(c, company, "ADMIN", adminId, "Laura", n);
      long operator = user(c, company, "OPERATOR", operatorId, "Andrés", n);
      device(c, adminSerial, admin, Instant.now().plus(Duration.ofDays(400)), adminSecret);
      device(c, operatorSerial, operator, operatorExpiry, secret());
      // The new token the branch hands over comes from office 0001's stock (demo offices).
      long lot = insert(c, "INSERT INTO token_lot (branch_office_code, registered_by,"
          + " registered_at, token_count) VALUES ('0001', 'Prueba', ?, 1) RETURNING id",
          Timestamp.from(Instant.now()));
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO token_stock (serial,"
          + " branch_office_code, lot_id, state) VALUES (?, '0001', ?, 'IN_STOCK')")) {
        ps.setString(1, String.format("42%08d", n));
        ps.setLong(2, lot);
        ps.executeUpdate();
      }
      c.commit();
    }
    return new TestCompany(n, nit, email, adminId, adminSerial, adminSecret, operatorId,
        operatorSerial);
  }

  private static long user(Connection c, long company, String profile, String idNumber,
      String names, int n) throws SQLException {
    return insert(c, "INSERT INTO bank_user (company_id, profile, id_type, id_number, names,"
        + " surnames, email, mobile) VALUES (?, ?, 'CC', ?, ?, ?, ?, ?) RETURNING id",
        company, profile, idNumber, names, "Prueba " + n,
        names.toLowerCase(Locale.ROOT).replace('é', 'e') + n + "@clientes.example",
        String.format("30%08d", n));
  }

  private static void device(Connection c, String serial, long holder, Instant expiresAt,
      String secret) throws SQLException {
    insert(c, "INSERT INTO device (serial, holder_id, device_type, state, expires_at, otp_secret)"
        + " VALUES (?, ?, 'PHYSICAL', 'ACTIVE', ?, ?) RETURNING id",
        serial, holder, Timestamp.from(expiresAt), secret);
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String secret() {
    byte[] seed = new byte[20];
    RANDOM.nextBytes(seed);
    return Base64.getEncoder().encodeToString(seed);
  }

  /**
   * The code the token shows at {@code at}. The app accepts one step of drift either way and each
   * step once, so a second use of the same token within a minute reads the next step's code.
   */
  static String code(String secret, Instant at) {
    try {
      return TOTP.generateOneTimePasswordString(
          new SecretKeySpec(Base64.getDecoder().decode(secret), TOTP.getAlgorithm()), at,
          Locale.ROOT);
    } catch (java.security.InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
