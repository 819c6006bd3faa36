package co.bank.enterprisetoken.documents;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How long the generated forms are kept (docs/documents.md). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.documents")
public class DocumentSettings {

  /** The bank's record-keeping period, counted from the form's issue (calendar, Bogotá time). */
  private Period retention = Period.ofYears(10);
  /** When the removal job runs (Spring cron, bank's zone). */
  private String removalCron = "0 45 2 * * *";

  public Period getRetention() { return retention; }
  public void setRetention(Period v) { this.retention = v; }
  public String getRemovalCron() { return removalCron; }
  public void setRemovalCron(String v) { this.removalCron = v; }
}
