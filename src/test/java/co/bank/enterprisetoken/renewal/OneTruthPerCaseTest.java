package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Regressions of issue 12: the registry and the processes tell one story per case. Each test
 * failed on the code before the fix (see docs/case-state.md, "Regressions").
 */
@DisplayName("Una sola verdad por caso: registro y proceso no se separan")
class OneTruthPerCaseTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired co.bank.enterprisetoken.webapp.WebappAuthorizations webappAuthorizations;
  @Autowired CaseInvariant invariant;

  private int realPort;
  private TestCompany company;
  private String number;

  @AfterEach
  void smtpBack() {
    if (realPort != 0) {
      mailSender.setPort(realPort);
    }
  }

  private PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  private void givenRequestedForOperator(Duration adminExpiresIn, Duration operatorExpiresIn) {
    company = fixtures.company(adminExpiresIn, operatorExpiresIn);
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    runDueJobs();
  }

  private void asBranch(Runnable action) {
    engine.getIdentityService().setAuthentication("oficina0001",
        List.of("branch-" + company.office()));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs();
  }

  private void completeTask(String key, Map<String, Object> variables) {
    asBranch(() -> completeTask(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult(), variables));
    assertConsistent(number);
  }

  private String deliveredSerial() {
    String visaTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_VisaSignature").singleResult().getId();
    Map<String, Object> visa = fixtures.approvedVisa(number, visaTask, "oficina0001",
        "branch-" + company.office());
    completeTask("Task_VisaSignature", visa);
    Map<String, Object> delivery = fixtures.stockedDelivery(company.office(),
        company.operatorId());
    completeTask("Task_DeliverToken", delivery);
    return (String) delivery.get("newDeviceSerial");
  }

  private List<String> instanceIds() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).list().stream().map(p -> p.getId()).toList();
  }

  private List<Incident> incidentList() {
    return instanceIds().stream().flatMap(id -> engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(id).list().stream()).toList();
  }

  private List<Job> jobs() {
    return instanceIds().stream().flatMap(id -> engine.getManagementService().createJobQuery()
        .processInstanceId(id).list().stream()).toList();
  }

  /** Jobs that failed and still have retries left. */
  private List<Job> retryingMails() {
    return jobs().stream().filter(j -> j.getRetries() > 0 && j.getExceptionMessage() != null)
        .toList();
  }

  private long incidents() {
    return incidentList().size();
  }

  @Test
  @DisplayName("R-B8 R-A5 un token entregado antes del vencimiento no se activa por el registro del"
      + " titular: lo activa el administrador y el caso termina con su proceso")
  void tokenDeliveredBeforeExpiryIsActivatedByTheAdminOnly() {
    givenRequestedForOperator(Duration.ofDays(60), Duration.ofDays(5));
    String serial = deliveredSerial();

    var registration = portal().post("/registrations", Map.of("companyNit", company.nit(),
        "idType", "CC", "idNumber", company.operatorId(), "actsAsAdmin", false));
    assertThat(registration.status()).as(registration.raw()).isEqualTo(422);
    assertThat(registration.body().path("rule").asText()).isEqualTo("R-B8");
    assertThat(registration.body().path("detail").asText()).contains(number)
        .contains("administrador");
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    assertConsistent(number);

    clock.setInstant(clock.instant().plusSeconds(60));
    var activation = portal().post("/renewals/" + number + "/activation", Map.of(
        "adminIdType", "CC", "adminIdNumber", company.adminId(), "newDeviceSerial", serial,
        "dynamicCode", fixtures.codeOf(company.adminSerial())));
    assertThat(activation.status()).as(activation.raw()).isEqualTo(200);
    runDueJobs();
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ACTIVADO);
    assertConsistent(number);

    clock.setInstant(clock.instant().plus(Duration.ofDays(6))); // the old token's expiry
    runDueJobs();
    assertThat(incidents()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  @DisplayName("R-S3 el portal, la lista de usuarios y la oficina dan la misma salida para un token"
      + " de operador vencido cuya empresa tiene administrador vigente: desasignar en el portal")
  void portalAndBranchRouteAnExpiredOperatorTokenTheSameWay() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(-1));
    String whatToDo = ExpiryRouting.Situation.PORTAL_UNASSIGNMENT.whatToDo();

    var refused = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
    assertThat(refused.body().path("detail").asText()).contains(whatToDo)
        .contains("Desasignar Dispositivo").doesNotContain("situación 1");

    var listed = portal().get("/companies/" + company.nit() + "/users");
    assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
    JsonNode users = listed.body().path("users");
    JsonNode operatorDevice = null;
    for (JsonNode user : users) {
      for (JsonNode device : user.path("devices")) {
        if (device.path("serial").asText().equals(company.operatorSerial())) {
          operatorDevice = device;
        }
      }
    }
    assertThat(operatorDevice).as(listed.raw()).isNotNull();
    assertThat(operatorDevice.path("nextStep").asText()).isEqualTo(whatToDo);

    webappAuthorizations.ensure();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AfterExpiryService.PROCESS_KEY).latestVersion().singleResult()
        .getId();
    engine.getIdentityService().setAuthentication("oficina0001",
        List.of("branch-" + company.office()));
    try {
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of(
          "intakeCompanyNit", company.nit(), "intakeHolderIdType", "CC",
          "intakeHolderIdNumber", company.operatorId(),
          "intakeDeviceSerial", company.operatorSerial(),
          "intakeSection", "UNASSIGN_WITHOUT_RENEWAL",
          "intakeSignedByLegalRepresentative", true)))
          .isInstanceOf(RuleRefusedException.class).hasMessageContaining(whatToDo);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  @DisplayName("R-B10 con el correo caído al vencer, el caso pasa al proceso después del"
      + " vencimiento y el aviso sale cuando vuelve el correo")
  void expiryHandsOffBeforeTheMail() throws Exception {
    givenRequestedForOperator(Duration.ofDays(60), Duration.ofDays(3));
    realPort = mailSender.getPort();
    int mailsBefore = mailsTo(company.email()).size();
    try (ServerSocket closed = new ServerSocket(0)) {
      mailSender.setPort(closed.getLocalPort()); // nothing answers SMTP there
    }
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    // Every retry of the e-mail's retry cycle (mailRetryCycle), each made due at once, until spent.
    runDueJobs();
    for (int attempt = 0; attempt < 50 && !retryingMails().isEmpty(); attempt++) {
      retryingMails().forEach(j -> engine.getManagementService().setJobDuedate(j.getId(), null));
      runDueJobs();
    }
    assertThat(retryingMails()).as("the e-mail's retries are spent").isEmpty();

    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.VENCIDO_SIN_RECLAMAR);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_RegisterEcon084").count())
        .as("the branch can receive the ECON-084 while the e-mail waits").isEqualTo(1);
    assertThat(incidentList()).hasSize(1);
    Incident incident = incidentList().get(0);
    assertThat(incident.getActivityId()).isEqualTo("Task_EmailExpired");
    assertConsistent(number);

    mailSender.setPort(realPort);
    Job failed = jobs().stream().filter(j -> j.getExceptionMessage() != null).findFirst()
        .orElseThrow();
    engine.getManagementService().setJobRetries(failed.getId(), 1); // the operator's retry
    engine.getManagementService().setJobDuedate(failed.getId(), null);
    runDueJobs();
    assertThat(mailsTo(company.email())).hasSize(mailsBefore + 1);
    assertThat(incidents()).isZero();
    assertConsistent(number);
  }

  @Test
  @DisplayName("La revisión de operadores (todos los casos de una vez) ve la misma separación que la"
      + " revisión de un caso")
  void theOperatorsSweepSeesWhatThePerCaseCheckSees() {
    givenRequestedForOperator(Duration.ofDays(60), Duration.ofDays(30));
    assertThat(invariant.violations()).noneMatch(v -> v.confirmationNumber().equals(number));

    // A split on purpose (public API): the process jumps to the wait for the admin's activation
    // while the registry still says SOLICITADO.
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).processDefinitionKey(RenewalService.PROCESS_KEY)
        .singleResult().getId();
    engine.getRuntimeService().createProcessInstanceModification(instance)
        .cancelAllForActivity("Task_VisaSignature")
        .startBeforeActivity("Gateway_AwaitActivation")
        .execute();

    for (var found : List.of(invariant.violations(List.of(number)), invariant.violations().stream()
        .filter(v -> v.confirmationNumber().equals(number)).toList())) {
      assertThat(found).singleElement().satisfies(v -> {
        assertThat(v.status()).isEqualTo(RenewalStatus.SOLICITADO);
        assertThat(v.positions()).contains("Gateway_AwaitActivation")
            .doesNotContain("Task_VisaSignature");
      });
    }
    engine.getRuntimeService().deleteProcessInstance(instance, "prueba de la revisión");
  }
}
