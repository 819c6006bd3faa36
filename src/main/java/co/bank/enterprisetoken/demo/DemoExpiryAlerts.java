package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.renewal.ExpiryAlerts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo: runs the R-B1 expiry check once at start-up, so the mailbox shows the alerts at once. */
@Component
@Profile("demo")
@Order(10)
class DemoExpiryAlerts implements ApplicationRunner {

  private final ExpiryAlerts alerts;

  DemoExpiryAlerts(ExpiryAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void run(ApplicationArguments args) {
    alerts.alertDevicesExpiringSoon();
  }
}
