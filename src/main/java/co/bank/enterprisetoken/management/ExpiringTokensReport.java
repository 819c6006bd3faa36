package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.BankTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens in use that expire within the report's window (default 90 days), per company and
 * office: on the dashboard, as a CSV for Excel with Spanish regional settings, and e-mailed weekly
 * to back office. A device's office is the one whose stock it came from, else the one of the last
 * renewal case on it.
 */
@Service
@Transactional(readOnly = true)
public class ExpiringTokensReport {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Excel (es-CO) reads ";" as the list separator and needs the BOM to read UTF-8. */
  static final String SEPARATOR = ";";
  static final String CRLF = "\r\n";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final List<String> HEADER = List.of("Empresa", "NIT", "Oficina", "Titular", "Serial",
      "Fecha de vencimiento", "Días para vencer");

  private final JdbcTemplate jdbc;
  private final ManagementSettings settings;
  private final Clock clock;

  public ExpiringTokensReport(JdbcTemplate jdbc, ManagementSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  public Duration window() {
    return settings.getExpiringWindow();
  }

  /** Devices expiring from now to the end of the window, by company, office and expiry. */
  public List<ExpiringToken> tokens() {
    Instant now = clock.instant();
    return jdbc.query("select co.name as company, co.nit, o.code as office, o.name as office_name,"
        + " u.names, u.surnames, d.serial, d.expires_at"
        + " from device d join bank_user u on u.id = d.holder_id"
        + " join company co on co.id = u.company_id"
        + " left join token_stock s on s.serial = d.serial"
        + " left join branch_office o on o.code = coalesce(s.branch_office_code,"
        + " (select max(rc.branch_office_code) from renewal_case rc where rc.device_id = d.id))"
        + " where d.state <> 'INACTIVE' and d.expires_at >= ? and d.expires_at < ?"
        + " order by co.name, co.nit, o.code, d.expires_at, d.serial",
        (rs, i) -> {
          Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
          return new ExpiringToken(rs.getString("company"), rs.getString("nit"),
              rs.getString("office"), rs.getString("office_name"),
              rs.getString("names") + " " + rs.getString("surnames"), rs.getString("serial"),
              expiresAt, Duration.between(now, expiresAt).toDays());
        },
        Timestamp.from(now), Timestamp.from(now.plus(settings.getExpiringWindow())));
  }

  /** Per company and office: how many devices expire within the window (the dashboard's table). */
  public List<CompanyOffice> perCompanyAndOffice() {
    Instant now = clock.instant();
    return jdbc.query("select company, nit, office, office_name, count(*) as devices,"
        + " min(expires_at) as first_expiry from (select co.name as company, co.nit,"
        + " o.code as office, o.name as office_name, d.expires_at"
        + " from device d join bank_user u on u.id = d.holder_id"
        + " join company co on co.id = u.company_id"
        + " left join token_stock s on s.serial = d.serial"
        + " left join branch_office o on o.code = coalesce(s.branch_office_code,"
        + " (select max(rc.branch_office_code) from renewal_case rc where rc.device_id = d.id))"
        + " where d.state <> 'INACTIVE' and d.expires_at >= ? and d.expires_at < ?) t"
        + " group by company, nit, office, office_name order by company, nit, office",
        (rs, i) -> new CompanyOffice(rs.getString("company"), rs.getString("nit"),
            rs.getString("office"), rs.getString("office_name"), rs.getLong("devices"),
            DAY.format(rs.getTimestamp("first_expiry").toInstant().atZone(BankTime.ZONE))),
        Timestamp.from(now), Timestamp.from(now.plus(settings.getExpiringWindow())));
  }

  public record CompanyOffice(String company, String nit, String office, String officeName,
      long devices, String firstExpiry) {}

  /**
   * The CSV: UTF-8 with BOM, {@code ;} between fields, CRLF line ends, dates dd/MM/yyyy in Bogotá
   * time; fields quoted when they hold the separator, a quote or a line break, and a leading
   * {@code = + - @} neutralised so Excel never runs a company name as a formula.
   */
  public byte[] csv() {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (ExpiringToken t : tokens()) {
      line(out, List.of(t.company(), t.nit(),
          t.office() == null ? "Sin oficina" : t.office() + " " + t.officeName(), t.holder(),
          t.serial(), DAY.format(t.expiresAt().atZone(BankTime.ZONE)),
          Long.toString(t.daysLeft())));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** tokens-por-vencer-2026-12-01.csv (Bogotá date). */
  public String fileName() {
    return "tokens-por-vencer-" + clock.instant().atZone(BankTime.ZONE).toLocalDate() + ".csv";
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(SEPARATOR) || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
