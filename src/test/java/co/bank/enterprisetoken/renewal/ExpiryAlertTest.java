package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DisplayName("R-B1 alerta de vencimiento (token-expiry-alert)")
class ExpiryAlertTest extends IntegrationTest {

  @Autowired ExpiryAlerts alerts;

  private long alertsFor(String serial) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ExpiryAlerts.PROCESS_KEY).processInstanceBusinessKey(serial).count();
  }

  @Test
  @DisplayName("R-B1 un token que vence dentro de la ventana recibe la alerta una sola vez")
  void alertOncePerDevicePerWindow() throws Exception {
    // Admin's token expires in 40 days (outside the 30-day window), operator's in 5 (inside).
    TestCompany company = fixtures.company(Duration.ofDays(40), Duration.ofDays(5));
    alerts.alertDevicesExpiringSoon();
    runDueJobs();
    assertThat(alertsFor(company.operatorSerial())).isEqualTo(1);
    assertThat(alertsFor(company.adminSerial())).isZero();
    var mails = mailsTo(company.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("próximo a vencerse");

    clock.setInstant(clock.instant().plus(Duration.ofDays(1)));
    alerts.alertDevicesExpiringSoon();
    runDueJobs();
    assertThat(alertsFor(company.operatorSerial())).as("not every run").isEqualTo(1);
    assertThat(mailsTo(company.email())).hasSize(1);

    clock.setInstant(clock.instant().plus(Duration.ofDays(11)));
    alerts.alertDevicesExpiringSoon();
    runDueJobs();
    assertThat(alertsFor(company.adminSerial())).as("admin's window opens").isEqualTo(1);
  }

  @Test
  @DisplayName("R-B1 un token que ya está en un caso de renovación no recibe la alerta")
  void noAlertWhenRenewalRequested() {
    TestCompany company = fixtures.company(Duration.ofDays(40), Duration.ofDays(5));
    var portal = new co.bank.enterprisetoken.support.PortalClient(
        http().withBasicAuth("portal", "portal-test-password"));
    assertThat(portal.post("/renewals", co.bank.enterprisetoken.support.PortalClient.renewal(
        company, fixtures.codeOf(company.adminSerial()),
        java.util.Map.of("deviceSerial", company.operatorSerial()))).status()).isEqualTo(201);
    alerts.alertDevicesExpiringSoon();
    assertThat(alertsFor(company.operatorSerial())).isZero();
  }

  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

  private org.springframework.boot.test.web.client.TestRestTemplate http() {
    return http;
  }
}
