package co.bank.enterprisetoken.notification;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import java.net.ServerSocket;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DisplayName("Correo con el servidor SMTP caído: reintentos, incidente, un solo envío")
class MailDeliveryFailureTest extends IntegrationTest {

  @Autowired JavaMailSenderImpl mailSender;
  @Autowired TestRestTemplate http;
  private int realPort;

  @AfterEach
  void smtpBack() {
    if (realPort != 0) {
      mailSender.setPort(realPort);
    }
  }

  @Test
  @DisplayName("R-B6 un correo que no se puede enviar se reintenta, queda como incidente y se envía una vez")
  void smtpDownBecomesIncidentThenSentOnce() throws Exception {
    TestCompany company = fixtures.company();
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult().getId();

    realPort = mailSender.getPort();
    try (ServerSocket closed = new ServerSocket(0)) {
      mailSender.setPort(closed.getLocalPort()); // nothing answers SMTP there
    }
    for (int attempt = 0; attempt < 15; attempt++) {
      runDueJobs();
      engine.getManagementService().createJobQuery().processInstanceId(instanceId)
          .activityId("Task_EmailRequestForm").list()
          .forEach(j -> engine.getManagementService().setJobDuedate(j.getId(), null));
    }
    Incident incident = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(instanceId).singleResult();
    assertThat(incident).as("retries exhausted: a Cockpit incident").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_EmailRequestForm");
    assertThat(mailsTo(company.email())).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_VisaSignature").count())
        .as("the branch can work while the e-mail waits").isEqualTo(1);

    mailSender.setPort(realPort);
    Job failed = engine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .withException().singleResult();
    engine.getManagementService().setJobRetries(failed.getId(), 1);
    runDueJobs();
    runDueJobs();
    assertThat(mailsTo(company.email())).hasSize(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId)
        .count()).isZero();
  }

  @Test
  @DisplayName("Ráfaga con SMTP caído: cada correo se reintenta, queda en incidente y se envía una sola vez")
  void burstDuringOutageLosesAndDuplicatesNothing() {
    var portal = new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
    java.util.List<TestCompany> companies = new java.util.ArrayList<>();
    realPort = mailSender.getPort();
    try (ServerSocket closed = new ServerSocket(0)) {
      mailSender.setPort(closed.getLocalPort());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < 8; i++) {
      TestCompany company = fixtures.company();
      companies.add(company);
      assertThat(portal.post("/renewals", PortalClient.renewal(company,
          fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())))
          .status()).isEqualTo(201);
    }
    for (int attempt = 0; attempt < 15; attempt++) {
      runDueJobs();
      engine.getManagementService().createJobQuery().activityId("Task_EmailRequestForm")
          .withRetriesLeft().list()
          .forEach(j -> engine.getManagementService().setJobDuedate(j.getId(), null));
    }
    long incidents = engine.getRuntimeService().createIncidentQuery()
        .activityId("Task_EmailRequestForm").count();
    assertThat(incidents).as("one incident per undelivered e-mail").isGreaterThanOrEqualTo(8);
    companies.forEach(c -> assertThat(mailsTo(c.email())).isEmpty());

    mailSender.setPort(realPort);
    engine.getManagementService().createJobQuery().activityId("Task_EmailRequestForm")
        .noRetriesLeft().list()
        .forEach(j -> {
          // As an operator does in Cockpit: "Retry" the incident.
          engine.getManagementService().setJobRetries(j.getId(), 1);
          engine.getManagementService().setJobDuedate(j.getId(), null);
        });
    runDueJobs();
    runDueJobs();
    for (TestCompany company : companies) {
      assertThat(mailsTo(company.email())).as("exactly one request e-mail for " + company.nit())
          .hasSize(1);
    }
    assertThat(engine.getRuntimeService().createIncidentQuery()
        .activityId("Task_EmailRequestForm").count()).isZero();
  }

  @Test
  @DisplayName("SMTP caído 10 minutos: con el calendario de reintentos cada correo sale una vez, sin incidentes ni operador")
  void tenMinuteOutageHealsWithoutAnOperator() throws Exception {
    var portal = new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
    realPort = mailSender.getPort();
    try (ServerSocket closed = new ServerSocket(0)) {
      mailSender.setPort(closed.getLocalPort());
    }
    java.util.List<TestCompany> companies = new java.util.ArrayList<>();
    java.util.List<String> instances = new java.util.ArrayList<>();
    java.time.Instant start = clock.instant();
    for (int i = 0; i < 3; i++) {
      TestCompany company = fixtures.company();
      companies.add(company);
      var created = portal.post("/renewals", PortalClient.renewal(company,
          fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
      assertThat(created.status()).isEqualTo(201);
      instances.add(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(created.body().path("renewals").path(0)
              .path("confirmationNumber").asText()).singleResult().getId());
    }
    // The shipped schedule (PT1M,PT5M,PT15M,...): tries at 0, 1, 6 and 21 minutes.
    for (int minute = 0; minute <= 30; minute++) {
      clock.setInstant(start.plus(java.time.Duration.ofMinutes(minute)));
      if (minute == 10) {
        mailSender.setPort(realPort); // the relay is back, nobody touches the jobs
      }
      runDueJobs();
      if (minute < 10) {
        companies.forEach(c -> assertThat(mailsTo(c.email())).isEmpty());
      }
    }
    for (TestCompany company : companies) {
      assertThat(mailsTo(company.email())).as("one request e-mail for " + company.nit()).hasSize(1);
    }
    for (String instance : instances) {
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance)
          .count()).isZero();
    }
  }
}
