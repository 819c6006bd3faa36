package co.bank.enterprisetoken.management;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The management dashboard and reports. The windows the dashboard watches take their durations
 * from the process settings (AfterExpirySettings, RenewalSettings); only what is the managers' own
 * choice lives here.
 */
@Component
@ConfigurationProperties(prefix = "enterprise-token.management")
public class ManagementSettings {

  /** While watched, the dashboard's figures are read from the registry again this often. */
  private Duration dashboardRefresh = Duration.ofSeconds(30);
  /** The dashboard counts as watched for this long after someone asked for it. */
  private Duration dashboardWatched = Duration.ofMinutes(10);
  /** A case is "near" a window when its window ends within this time. */
  private Duration nearWindow = Duration.ofHours(4);
  /** After expiry, a case ready for the branch's visa is late after this many days. */
  private Duration visaWait = Duration.ofDays(3);
  /** The expiring-tokens report lists devices expiring within this window. */
  private Duration expiringWindow = Duration.ofDays(90);
  /** When the expiring-tokens report is e-mailed to back office (Spring cron, Bogotá time). */
  private String expiringReportCron = "0 0 7 * * MON";
  /** How often pending management e-mails (low stock, the weekly report) are sent. */
  private String mailCron = "0 * * * * *";
  /** Distribution list of the bank's managers (low-stock alerts). */
  private String managersMailbox = "gerencia.tokens@banco.example";
  /** Distribution list of back office (the weekly expiring-tokens report). */
  private String backofficeMailbox = "backoffice.tokens@banco.example";

  public Duration getDashboardRefresh() { return dashboardRefresh; }
  public void setDashboardRefresh(Duration v) { this.dashboardRefresh = v; }
  public Duration getDashboardWatched() { return dashboardWatched; }
  public void setDashboardWatched(Duration v) { this.dashboardWatched = v; }
  public Duration getNearWindow() { return nearWindow; }
  public void setNearWindow(Duration v) { this.nearWindow = v; }
  public Duration getVisaWait() { return visaWait; }
  public void setVisaWait(Duration v) { this.visaWait = v; }
  public Duration getExpiringWindow() { return expiringWindow; }
  public void setExpiringWindow(Duration v) { this.expiringWindow = v; }
  public String getExpiringReportCron() { return expiringReportCron; }
  public void setExpiringReportCron(String v) { this.expiringReportCron = v; }
  public String getMailCron() { return mailCron; }
  public void setMailCron(String v) { this.mailCron = v; }
  public String getManagersMailbox() { return managersMailbox; }
  public void setManagersMailbox(String v) { this.managersMailbox = v; }
  public String getBackofficeMailbox() { return backofficeMailbox; }
  public void setBackofficeMailbox(String v) { this.backofficeMailbox = v; }
}
