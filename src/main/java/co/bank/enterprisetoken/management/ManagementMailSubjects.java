package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.notification.Audience;
import co.bank.enterprisetoken.notification.MailAttachment;
import co.bank.enterprisetoken.notification.MailSubject;
import co.bank.enterprisetoken.notification.MailSubjectSource;
import co.bank.enterprisetoken.notification.MailTemplate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management e-mails' models. Business keys: {@code STOCK-<office>-<crossing>} for a low-stock
 * crossing, {@code EXPIRING-<yyyy-MM-dd>} for the weekly report (built when it is sent).
 */
@Component
class ManagementMailSubjects implements MailSubjectSource {

  static final String STOCK = "STOCK-";
  static final String EXPIRING = "EXPIRING-";

  private final JdbcTemplate jdbc;
  private final ExpiringTokensReport report;
  private final ManagementSettings settings;
  private final Clock clock;

  ManagementMailSubjects(JdbcTemplate jdbc, ExpiringTokensReport report,
      ManagementSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.report = report;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public boolean supports(MailTemplate template) {
    return template == MailTemplate.STOCK_LOW || template == MailTemplate.EXPIRING_TOKENS_REPORT;
  }

  @Override
  @Transactional(readOnly = true)
  public MailSubject load(MailTemplate template, String businessKey) {
    return template == MailTemplate.STOCK_LOW ? stockLow(businessKey) : expiring();
  }

  private MailSubject stockLow(String businessKey) {
    String[] parts = businessKey.substring(STOCK.length()).split("-");
    List<Map<String, Object>> rows = jdbc.query("select a.in_stock, a.threshold,"
        + " a.crossed_at, o.code, o.name, o.city from stock_low_alert a join branch_office o"
        + " on o.code = a.branch_office_code where a.branch_office_code = ? and a.crossing = ?",
        (rs, i) -> {
          Map<String, Object> model = new HashMap<>();
          model.put("officeCode", rs.getString("code"));
          model.put("officeName", rs.getString("name"));
          model.put("officeCity", rs.getString("city"));
          model.put("inStock", Integer.toString(rs.getInt("in_stock")));
          model.put("threshold", Integer.toString(rs.getInt("threshold")));
          model.put("crossedAt", BankTime.display(rs.getTimestamp("crossed_at").toInstant()));
          return model;
        }, parts[0], Integer.parseInt(parts[1]));
    if (rows.isEmpty()) {
      throw new NotFoundException("No existe la alerta de inventario " + businessKey + ".");
    }
    Map<String, Object> model = rows.get(0);
    return new MailSubject(model, Map.of(Audience.MANAGERS, settings.getManagersMailbox()));
  }

  private MailSubject expiring() {
    Instant now = clock.instant();
    List<ExpiringToken> tokens = report.tokens();
    Map<String, Object> model = new HashMap<>();
    model.put("windowDays", String.valueOf(report.window().toDays()));
    model.put("reportDate", ExpiringTokensReport.DAY.format(now.atZone(BankTime.ZONE)));
    model.put("windowEnd",
        ExpiringTokensReport.DAY.format(now.plus(report.window()).atZone(BankTime.ZONE)));
    model.put("tokenCount", String.valueOf(tokens.size()));
    model.put("companyCount",
        String.valueOf(tokens.stream().map(ExpiringToken::nit).distinct().count()));
    model.put("fileName", report.fileName());
    return new MailSubject(model, Map.of(Audience.BACKOFFICE, settings.getBackofficeMailbox()),
        List.of(new MailAttachment(report.fileName(), "text/csv; charset=UTF-8", report.csv())));
  }
}
