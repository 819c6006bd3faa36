package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.TestScans;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Proceso 2: renovación después del vencimiento (token-renewal-after-expiry)")
class RenewalAfterExpiryProcessTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired EvidenceScanService scans;
  @Autowired TokenActivations activations;
  @Autowired SlaEscalationActionRepository escalationActions;
  @Autowired co.bank.enterprisetoken.registration.SmsOutbox smsOutbox;
  @Autowired co.bank.enterprisetoken.webapp.WebappAuthorizations webappAuthorizations;

  private TestCompany company;
  private String number;
  private ProcessInstance before;

  PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  private void as(String user, String group, Runnable action) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String branch() {
    return "branch-" + company.office();
  }

  private ProcessInstance afterExpiry() {
    return processInstanceQuery().processDefinitionKey(AfterExpiryService.PROCESS_KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  private Task taskOf(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(key).singleResult();
  }

  private void completeTask(String key, String user, String group, String name, Object value,
      Object... more) {
    Task task = taskOf(key);
    // The branch's evidence: a scan is attached wherever the task takes one.
    Map<String, Object> variables = fixtures.withScanWhereTaken(task, user, group,
        withVariables(name, value, more));
    as(user, group, () -> completeTask(task, variables));
    runDueJobs();
  }

  private void approveVisa() {
    Task task = taskOf("Task_VisaSignature");
    as("oficina", branch(), () -> completeTask(task,
        fixtures.approvedVisa(number, task.getId(), "oficina", branch())));
    runDueJobs();
  }

  private void rejectVisa(String reason) {
    Task task = taskOf("Task_VisaSignature");
    as("oficina", branch(), () -> completeTask(task,
        fixtures.rejectedVisa(task.getId(), "oficina", branch(), reason)));
    runDueJobs();
  }

  private String afterExpiryDefinition() {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AfterExpiryService.PROCESS_KEY).latestVersion().singleResult().getId();
  }

  private RenewalStatus status() {
    return renewals.get(number).getStatus();
  }

  /** Given a renewal requested before expiry for the operator's token, the e-mail sent. */
  private void givenRequested() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(3));
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    before = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    runDueJobs();
  }

  private void whenTheTokenExpires() {
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    runDueJobs();
  }

  private void visaAndDeliver(String serial) {
    approveVisa();
    completeTask("Task_DeliverToken", "oficina", branch(), "deliveryRecipient", "HOLDER",
        "presentedIdType", "CC", "presentedIdNumber", company.operatorId(),
        "identityDocumentChecked", true, "newDeviceSerial", serial);
  }

  private List<MimeMessage> mailsWith(String subjectPart, String address) {
    return mailsTo(address).stream().filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  @DisplayName("R-B10 R-S1 R-S1a R-S1b R-S1c: vencido sin reclamar, ECON-084, desasignación, visado, entrega y activación")
  void situationOneFromExpiredCase() throws Exception {
    givenRequested();
    whenTheTokenExpires();

    BpmnAwareTests.assertThat(before).isActive().isWaitingAt("CallActivity_AfterExpiry");
    ProcessInstance after = afterExpiry();
    BpmnAwareTests.assertThat(after).isWaitingAt("Task_RegisterEcon084")
        .variables().containsEntry("situation", 1);
    BpmnAwareTests.assertThat(taskOf("Task_RegisterEcon084")).hasCandidateGroup(branch());

    Instant handedIn = clock.instant();
    completeTask("Task_RegisterEcon084", "oficina", branch(),
        "receiptSignedByLegalRepresentative", true);
    assertThat(status()).isEqualTo(RenewalStatus.EN_DESASIGNACION);
    Task check = taskOf("Task_CheckEcon084");
    BpmnAwareTests.assertThat(check).hasCandidateGroup("backoffice");
    assertThat(check.getDueDate().toInstant())
        .isEqualTo(handedIn.plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS));

    completeTask("Task_CheckEcon084", "analista", "backoffice", "checkResult", "APPROVED",
        "verificationCode", fixtures.econ084Code(number));
    completeTask("Task_UnassignToken", "analista", "backoffice", "unassignmentConfirmed", true,
        "unassignmentReference", "DES-2026-001");
    assertThat(status()).isEqualTo(RenewalStatus.LISTO_PARA_ENTREGA);

    MimeMessage form = mailsWith("Solicitud Token", company.email()).get(0);
    assertThat(Arrays.stream(form.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .as("R-S1b company AND branch mailbox")
        .contains(company.email(), "oficina0001@banco.example");
    assertThat(RenewalBeforeExpiryProcessTest.pdfText(form)).contains(number);

    assertThatThrownBy(() -> renewals.recordDelivery(number, "oficina", new DeliveryInput(
        "HOLDER", "CC", company.operatorId(), true, fixtures.newSerial())))
        .as("R-S1c the visa of the before-expiry form does not count")
        .isInstanceOf(RuleRefusedException.class);
    String serial = fixtures.stockedSerial(company.office());
    visaAndDeliver(serial);
    assertThat(status()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);

    activations.activated(serial, "Registro del titular");
    runDueJobs();
    BpmnAwareTests.assertThat(after).isEnded().hasPassed("EndEvent_Renewed");
    BpmnAwareTests.assertThat(before).isEnded();
    assertThat(status()).isEqualTo(RenewalStatus.ACTIVADO);
    assertThat(fixtures.stateOf(serial)).isEqualTo(DeviceState.ACTIVE);
    var history = portal().get("/renewals/" + number).body().path("history").findValuesAsText("action");
    assertThat(history).as("one case, one history, before and after expiry")
        .startsWith("SOLICITUD_REGISTRADA").contains("TOKEN_VENCIDO", "ECON084_RECIBIDO",
            "ECON084_APROBADO", "TOKEN_DESASIGNADO", "FIRMA_VISADA", "TOKEN_ENTREGADO")
        .endsWith("TOKEN_ACTIVADO");
  }

  @Test
  @DisplayName("R-S1a sin desasignar en 24 horas: escala a gerencia y el trámite sigue abierto")
  void backOfficeSlaEscalatesToManagers() {
    givenRequested();
    whenTheTokenExpires();
    completeTask("Task_RegisterEcon084", "oficina", branch(),
        "receiptSignedByLegalRepresentative", true);

    clock.setInstant(clock.instant().plus(Duration.ofHours(23)));
    runDueJobs();
    assertThat(taskOf("Task_EscalateSla")).isNull();

    clock.setInstant(clock.instant().plus(Duration.ofHours(1)).plusSeconds(1));
    runDueJobs();
    BpmnAwareTests.assertThat(taskOf("Task_EscalateSla")).hasCandidateGroup("managers");
    assertThat(taskOf("Task_CheckEcon084")).as("the work stays open").isNotNull();
    assertThat(inTransaction(() -> renewals.get(number).getSlaBreachedAt())).isNotNull();

    // the managers' action is refused without a text and kept in the registry with it
    assertThatThrownBy(() -> completeTask("Task_EscalateSla", "gerente", "managers",
        "escalationAction", " ")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("escalationAction");
    completeTask("Task_EscalateSla", "gerente", "managers", "escalationAction",
        "Se asignó el trámite a otro analista", "escalationNote", "Prioridad alta");
    var actions = escalationActions.findByCaseIdOrderByIdAsc(renewals.get(number).getId());
    assertThat(actions).singleElement().satisfies(a -> {
      assertThat(a.getActor()).isEqualTo("gerente");
      assertThat(a.getAction()).isEqualTo("Se asignó el trámite a otro analista");
      assertThat(a.getNote()).isEqualTo("Prioridad alta");
      assertThat(a.getActedAt()).isEqualTo(clock.instant());
    });
    assertThat(renewals.history(renewals.get(number))).extracting(RenewalEvent::getAction)
        .contains("ESCALAMIENTO_ATENDIDO");
    assertConsistent(number);
  }

  @Test
  @DisplayName("R-S1a firma no conforme: motivo, correo a la empresa y un nuevo ECON-084")
  void backOfficeRejects() {
    givenRequested();
    whenTheTokenExpires();
    completeTask("Task_RegisterEcon084", "oficina", branch(),
        "receiptSignedByLegalRepresentative", true);
    assertThatThrownBy(() -> completeTask("Task_CheckEcon084", "analista", "backoffice",
        "checkResult", "REJECTED")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("checkObservations");
    completeTask("Task_CheckEcon084", "analista", "backoffice", "checkResult", "REJECTED",
        "checkObservations", "La firma no corresponde al representante legal registrado");
    assertThat(status()).isEqualTo(RenewalStatus.RECHAZADO);
    assertThat(mailsWith("ECON-084", company.email())).isNotEmpty();
    BpmnAwareTests.assertThat(afterExpiry()).isWaitingAt("Task_RegisterEcon084");
  }

  @Test
  @DisplayName("R-S2 reclamado sin activar: ECON-084 de activación, back office, y 24 h después ingresa")
  void situationTwo() {
    givenRequested();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    completeTask("Task_DeliverToken", "oficina", branch(), "deliveryRecipient", "HOLDER",
        "presentedIdType", "CC", "presentedIdNumber", company.operatorId(),
        "identityDocumentChecked", true, "newDeviceSerial", serial);
    whenTheTokenExpires();
    BpmnAwareTests.assertThat(afterExpiry()).variables().containsEntry("situation", 2)
        .containsEntry("newDeviceSerial", serial); // shown on the activation form
    assertThat(status()).isEqualTo(RenewalStatus.VENCIDO_SIN_ACTIVAR);

    Instant handedIn = clock.instant();
    completeTask("Task_RegisterEcon084", "oficina", branch(),
        "receiptSignedByLegalRepresentative", true);
    completeTask("Task_CheckEcon084", "analista", "backoffice", "checkResult", "APPROVED",
        "verificationCode", fixtures.econ084Code(number));
    completeTask("Task_ActivateNewSerial", "analista", "backoffice",
        "serialActivationConfirmed", true, "serialActivationReference", "ACT-9");
    assertThat(fixtures.stateOf(serial)).isEqualTo(DeviceState.ACTIVE);
    assertThat(status()).isEqualTo(RenewalStatus.ACTIVADO);
    BpmnAwareTests.assertThat(afterExpiry()).isWaitingAt("Event_LoginWait");

    clock.setInstant(handedIn.plus(Duration.ofHours(24)).plusSeconds(1));
    runDueJobs();
    BpmnAwareTests.assertThat(afterExpiry()).isNull();
    assertThat(mailsTo(company.email())).last().satisfies(m ->
        assertThat(m.getSubject()).containsIgnoringCase("ingres"));
  }

  /** Given the company admin unassigned the operator's expired token in the portal (R-S3). */
  private void givenUnassignedInPortal() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(-2));
    var created = portal().post("/unassignments", Map.of("companyNit", company.nit(),
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "dynamicCode", fixtures.codeOf(company.adminSerial()),
        "deviceSerial", company.operatorSerial(), "reason", "PERDIDA_FALLA_ROBO",
        "branchOffice", company.office(), "collector", Map.of("idType", "CC",
            "idNumber", "52123456", "names", "María Fernanda", "surnames", "Rojas Pérez")));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    number = created.body().path("confirmationNumber").asText();
    assertThat(created.body().path("status").asText()).isEqualTo("LISTO_PARA_ENTREGA");
    runDueJobs();
  }

  @Test
  @DisplayName("R-B7 R-S3 después del vencimiento, un token entregado por error vuelve al inventario: el caso vuelve a LISTO_PARA_ENTREGA y a la entrega")
  void mistakenDeliveryAfterExpiryReturnedToStock() {
    givenUnassignedInPortal();
    String wrong = fixtures.stockedSerial(company.office());
    String right = fixtures.stockedSerial(company.office());
    approveVisa();
    deliverToCollector(wrong);
    assertThat(status()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    BpmnAwareTests.assertThat(afterExpiry()).isWaitingAt("Gateway_AwaitActivation");

    renewals.returnToStock(wrong, "analista", "La autorizada recibió el token de otra empresa");
    assertConsistent(number);
    assertThat(status()).isEqualTo(RenewalStatus.LISTO_PARA_ENTREGA);
    BpmnAwareTests.assertThat(afterExpiry()).isWaitingAt("Task_DeliverToken");

    deliverToCollector(right);
    assertThat(status()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    BpmnAwareTests.assertThat(afterExpiry()).hasPassed("Event_DeliveryUndone")
        .isWaitingAt("Gateway_AwaitActivation");

    // Once the holder registers with the token (process 3), it belongs to that registration.
    var registration = portal().post("/registrations", Map.of("companyNit", company.nit(),
        "idType", "CC", "idNumber", company.operatorId(), "actsAsAdmin", false));
    assertThat(registration.status()).as(registration.raw()).isEqualTo(201);
    assertThatThrownBy(() -> renewals.returnToStock(right, "analista", "Entregado por error"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("serial")
        .hasMessageContaining("registro");
    assertThat(status()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
  }

  private void deliverToCollector(String serial) {
    completeTask("Task_DeliverToken", "oficina", branch(), "deliveryRecipient", "AUTHORIZED",
        "presentedIdType", "CC", "presentedIdNumber", "52123456",
        "identityDocumentChecked", true, "newDeviceSerial", serial);
  }

  @Test
  @DisplayName("R-S3 el administrador desasigna el token del operador: formato, visado, entrega sin esperar 24 h y registro (proceso 3)")
  void situationThreeFromPortal() throws Exception {
    givenUnassignedInPortal();
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.INACTIVE);

    BpmnAwareTests.assertThat(afterExpiry()).isWaitingAt("Task_VisaSignature")
        .variables().containsEntry("situation", 3);
    MimeMessage form = mailsTo(company.email()).get(0);
    assertThat(RenewalBeforeExpiryProcessTest.pdfText(form)).contains(number, "María Fernanda");
    String serial = fixtures.stockedSerial(company.office());
    approveVisa();
    completeTask("Task_DeliverToken", "oficina", branch(), "deliveryRecipient", "AUTHORIZED",
        "presentedIdType", "CC", "presentedIdNumber", "52123456",
        "identityDocumentChecked", true, "newDeviceSerial", serial);

    // Process 3: the operator registers the delivered token in the portal.
    var registration = portal().post("/registrations", Map.of("companyNit", company.nit(),
        "idType", "CC", "idNumber", company.operatorId(), "actsAsAdmin", false));
    assertThat(registration.status()).as(registration.raw()).isEqualTo(201);
    String path = "/registrations/" + registration.body().path("id").asText();
    assertThat(portal().post(path + "/confirmation", Map.of("dataCorrect", true)).status())
        .isEqualTo(200);
    runDueJobs();
    var sms = smsOutbox.messages();
    var code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b")
        .matcher(sms.get(sms.size() - 1).text());
    assertThat(code.find()).isTrue();
    assertThat(portal().post(path + "/code", Map.of("code", code.group(1))).status()).isEqualTo(200);
    assertThat(portal().post(path + "/terms", Map.of("accepted", true)).status()).isEqualTo(200);
    assertThat(portal().post(path + "/serial", Map.of("serial", serial)).status()).isEqualTo(200);
    runDueJobs();
    assertThat(status()).isEqualTo(RenewalStatus.ACTIVADO);
    assertThat(processInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  @DisplayName("R-S1c después del vencimiento, firma no conforme: motivo, correo a la empresa y la entrega solo tras un nuevo visado positivo")
  void visaRejectedAfterExpiry() {
    givenUnassignedInPortal();
    assertThatThrownBy(() -> rejectVisa(null)).as("a rejected visa needs its reason")
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("visaObservations");

    rejectVisa("La firma no coincide con la registrada en el Banco");
    ProcessInstance after = afterExpiry();
    BpmnAwareTests.assertThat(after).isWaitingAt("Task_VisaSignature")
        .hasPassed("Task_EmailVisaRejected", "EndEvent_VisaRejectionSent");
    assertThat(status()).as("still ready for delivery").isEqualTo(RenewalStatus.LISTO_PARA_ENTREGA);
    assertThat(mailsWith("no fue validada", company.email())).as("the company is told")
        .singleElement().satisfies(m -> assertThat(m.getSubject()).contains(number));
    assertThatThrownBy(() -> renewals.recordDelivery(number, "oficina", new DeliveryInput(
        "AUTHORIZED", "CC", "52123456", true, fixtures.newSerial())))
        .as("no delivery after a rejected visa").isInstanceOf(RuleRefusedException.class);

    approveVisa();
    BpmnAwareTests.assertThat(after).isWaitingAt("Task_DeliverToken");
    completeTask("Task_DeliverToken", "oficina", branch(), "deliveryRecipient", "AUTHORIZED",
        "presentedIdType", "CC", "presentedIdNumber", "52123456",
        "identityDocumentChecked", true, "newDeviceSerial", fixtures.stockedSerial(company.office()));
    assertThat(status()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    assertThat(renewals.history(renewals.get(number))).extracting(RenewalEvent::getAction)
        .containsSubsequence("FIRMA_RECHAZADA", "FIRMA_VISADA", "TOKEN_ENTREGADO");
  }

  @Test
  @DisplayName("R-S3 solo para tokens de operadores, pedido por el administrador, sin duplicar casos")
  void unassignmentRules() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(-2));
    Map<String, Object> body = new java.util.HashMap<>(Map.of("companyNit", company.nit(),
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "dynamicCode", fixtures.codeOf(company.adminSerial()),
        "deviceSerial", company.adminSerial(), "reason", "PERDIDA_FALLA_ROBO",
        "branchOffice", company.office(), "collector", Map.of("idType", "CC",
            "idNumber", "52123456", "names", "María", "surnames", "Rojas")));
    assertThat(portal().post("/unassignments", body).status()).as("admin's own token").isEqualTo(422);
    body.put("deviceSerial", company.operatorSerial());
    body.put("reason", "CAMBIO");
    body.remove("collector");
    assertThat(portal().post("/unassignments", body).fields())
        .containsExactlyInAnyOrder("reason", "collector");
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.ACTIVE);
  }

  @Test
  @DisplayName("R-S1 la oficina registra un ECON-084 de un token vencido sin caso y pasa a back office")
  void branchIntake() {
    company = fixtures.company(Duration.ofDays(-1), Duration.ofDays(30));
    webappAuthorizations.ensure(); // the office's staff may start the case from Tasklist
    String definition = afterExpiryDefinition();
    as("oficina0001", branch(), () -> {
      var instance = engine.getFormService().submitStartForm(definition,
          Map.of("intakeCompanyNit", company.nit(), "intakeHolderIdType", "CC",
              "intakeHolderIdNumber", company.adminId(), "intakeDeviceSerial", company.adminSerial(),
              "intakeSection", "UNASSIGN_WITHOUT_RENEWAL", "intakeSignedByLegalRepresentative", true,
              EvidenceScanService.SCAN_IDS,
              TestScans.uploadForIntake(scans, "oficina0001", branch())));
      number = instance.getBusinessKey();
    });
    assertThat(number).startsWith("RT-");
    assertThat(status()).isEqualTo(RenewalStatus.EN_DESASIGNACION);
    assertThat(taskOf("Task_CheckEcon084")).isNotNull();
  }

  @Test
  @DisplayName("R-S3 un ECON-084 de un operador cuya empresa tiene administrador vigente va por el portal")
  void branchIntakeOfOperatorGoesToPortal() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(-1));
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    webappAuthorizations.ensure();
    String definition = afterExpiryDefinition();
    assertThatThrownBy(() -> as("oficina0001", branch(), () -> engine.getFormService()
        .submitStartForm(definition,
            Map.of("intakeCompanyNit", company.nit(), "intakeHolderIdType", "CC",
                "intakeHolderIdNumber", company.operatorId(),
                "intakeDeviceSerial", company.operatorSerial(),
                "intakeSection", "UNASSIGN_WITHOUT_RENEWAL",
                "intakeSignedByLegalRepresentative", true, EvidenceScanService.SCAN_IDS,
                TestScans.uploadForIntake(scans, "oficina0001", branch())))))
        .isInstanceOf(RuleRefusedException.class).hasMessageContaining("Desasignar Dispositivo");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
