package co.bank.enterprisetoken.renewal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The 24-hour windows of the after-expiry path (ISO-8601, shortened by operations and tests). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.after-expiry")
public class AfterExpirySettings {

  /** R-S1a: back office checks and unassigns within this window, else managers are alerted. */
  private Duration backOfficeSla = Duration.ofHours(24);
  /** R-S2: the client logs in this long after handing the ECON-084 in at the branch. */
  private Duration loginWait = Duration.ofHours(24);

  public Duration getBackOfficeSla() { return backOfficeSla; }
  public void setBackOfficeSla(Duration v) { this.backOfficeSla = v; }
  public Duration getLoginWait() { return loginWait; }
  public void setLoginWait(Duration v) { this.loginWait = v; }
}
