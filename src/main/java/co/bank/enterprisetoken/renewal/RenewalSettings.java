package co.bank.enterprisetoken.renewal;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Timers and windows of the renewal (ISO-8601), bean {@code renewalSettings} so the BPMN timers read
 * them: {@code ${renewalSettings.pickupReminderCycle}}.
 */
@Component("renewalSettings")
@ConfigurationProperties(prefix = "enterprise-token.renewal")
public class RenewalSettings {

  /** R-B1: devices expiring within this window get the expiry alert. */
  private Duration expiryAlertWindow = Duration.ofDays(30);
  /** R-B1: when the expiry check runs (Spring cron, bank's zone). */
  private String expiryAlertCron = "0 0 6 * * *";
  /** Non-interrupting reminder while the token waits for pickup. */
  private String pickupReminderCycle = "R3/P7D";
  /** Validity of a newly delivered physical token. */
  private Period newDeviceValidity = Period.ofYears(3);

  public Duration getExpiryAlertWindow() { return expiryAlertWindow; }
  public void setExpiryAlertWindow(Duration v) { this.expiryAlertWindow = v; }
  public String getExpiryAlertCron() { return expiryAlertCron; }
  public void setExpiryAlertCron(String v) { this.expiryAlertCron = v; }
  public String getPickupReminderCycle() { return pickupReminderCycle; }
  public void setPickupReminderCycle(String v) { this.pickupReminderCycle = v; }
  public Period getNewDeviceValidity() { return newDeviceValidity; }
  public void setNewDeviceValidity(Period v) { this.newDeviceValidity = v; }
}
