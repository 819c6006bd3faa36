package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.notification.MailTemplate;
import co.bank.enterprisetoken.notification.NotificationService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the management e-mails no user waits for: the low-stock alert of each crossing (recorded by
 * the delivery that crossed) and the weekly expiring-tokens report. Each pending row is sent in its
 * own transaction holding the row's lock, through the idempotent mail log, so a second node, a
 * restart or an SMTP outage never sends one twice nor loses one: the next run retries.
 */
@Service
public class ManagementMailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(ManagementMailOutbox.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final NotificationService notifications;
  private final Clock clock;

  public ManagementMailOutbox(JdbcTemplate jdbc, TransactionTemplate transactions,
      NotificationService notifications, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The weekly report: one run per Bogotá date, whatever the number of nodes. */
  @Scheduled(cron = "${enterprise-token.management.expiring-report-cron:0 0 7 * * MON}",
      zone = "America/Bogota")
  public void scheduledReport() {
    queueExpiringReport();
    sendPending();
  }

  @Scheduled(cron = "${enterprise-token.management.mail-cron:0 * * * * *}", zone = "America/Bogota")
  public void scheduledSend() {
    sendPending();
  }

  /** Queues today's expiring-tokens report; returns false if it was queued already. */
  public boolean queueExpiringReport() {
    String key = ManagementMailSubjects.EXPIRING
        + clock.instant().atZone(BankTime.ZONE).toLocalDate();
    try {
      jdbc.update("insert into management_report_run (run_key, created_at) values (?, ?)", key,
          Timestamp.from(clock.instant()));
      return true;
    } catch (DuplicateKeyException alreadyQueued) {
      return false;
    }
  }

  /** Sends every pending e-mail; returns how many were sent by this call. */
  public int sendPending() {
    int sent = 0;
    for (Map<String, Object> alert : jdbc.queryForList("select branch_office_code, crossing from"
        + " stock_low_alert where mailed_at is null order by crossed_at")) {
      String office = (String) alert.get("branch_office_code");
      int crossing = ((Number) alert.get("crossing")).intValue();
      sent += send(MailTemplate.STOCK_LOW, ManagementMailSubjects.STOCK + office + "-" + crossing,
          "select crossing from stock_low_alert where branch_office_code = ? and crossing = ?"
              + " and mailed_at is null for update",
          "update stock_low_alert set mailed_at = ? where branch_office_code = ? and crossing = ?",
          office, crossing);
    }
    for (String key : jdbc.queryForList("select run_key from management_report_run where"
        + " mailed_at is null order by created_at", String.class)) {
      sent += send(MailTemplate.EXPIRING_TOKENS_REPORT, key,
          "select run_key from management_report_run where run_key = ? and mailed_at is null"
              + " for update",
          "update management_report_run set mailed_at = ? where run_key = ?", key);
    }
    return sent;
  }

  private int send(MailTemplate template, String businessKey, String lock, String done,
      Object... id) {
    try {
      Boolean sent = transactions.execute(status -> {
        if (jdbc.queryForList(lock, id).isEmpty()) {
          return false; // another node sent it meanwhile
        }
        notifications.send(template, businessKey, template.templateName() + ":" + businessKey);
        Object[] args = new Object[id.length + 1];
        args[0] = Timestamp.from(clock.instant());
        System.arraycopy(id, 0, args, 1, id.length);
        jdbc.update(done, args);
        return true;
      });
      return Boolean.TRUE.equals(sent) ? 1 : 0;
    } catch (RuntimeException failure) {
      LOG.warn("E-mail {} {} not sent, retried at the next run: {}", template, businessKey,
          failure.getMessage());
      return 0;
    }
  }
}
