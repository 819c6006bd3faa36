package co.bank.enterprisetoken.evidence;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Limits and retention of the evidence scans ({@code enterprise-token.evidence.*}). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.evidence")
public class ScanSettings {

  /** Largest file accepted; a scanner at 300 dpi makes about 1 MB per page of a signed form. */
  private DataSize maxFileSize = DataSize.ofMegabytes(10);
  /** Files one task (or one clerk's start form) may hold at once. */
  private int maxFilesPerTask = 10;
  /** How long the bank keeps a case's scans after they were attached (commercial papers: 10 years). */
  private Period retention = Period.ofYears(10);
  /** Uploads whose task was never completed (the clerk left) are removed after this. */
  private Duration pendingLifetime = Duration.ofHours(24);
  /** When the removal runs (Spring cron, bank's zone). */
  private String removalCron = "0 30 2 * * *";

  public DataSize getMaxFileSize() { return maxFileSize; }
  public void setMaxFileSize(DataSize v) { this.maxFileSize = v; }
  public int getMaxFilesPerTask() { return maxFilesPerTask; }
  public void setMaxFilesPerTask(int v) { this.maxFilesPerTask = v; }
  public Period getRetention() { return retention; }
  public void setRetention(Period v) { this.retention = v; }
  public Duration getPendingLifetime() { return pendingLifetime; }
  public void setPendingLifetime(Duration v) { this.pendingLifetime = v; }
  public String getRemovalCron() { return removalCron; }
  public void setRemovalCron(String v) { this.removalCron = v; }
}
