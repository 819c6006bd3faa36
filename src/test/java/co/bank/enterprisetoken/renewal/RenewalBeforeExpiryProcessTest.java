package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.support.Fixtures;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Proceso 1: renovación antes del vencimiento (token-renewal-before-expiry)")
class RenewalBeforeExpiryProcessTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired co.bank.enterprisetoken.stock.TokenStock stock;
  @Autowired co.bank.enterprisetoken.registry.DeviceRepository devices;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private TestCompany company;
  private String number;
  private ProcessInstance instance;

  PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  /** Given a renewal requested for the operator's token, its PDF and e-mail done. */


  private void givenRequestedForOperator() {
    company = fixtures.company();
    givenRequestedFor(company);
  }

  private void givenRequestedFor(TestCompany c) {
    var created = portal().post("/renewals", PortalClient.renewal(c,
        fixtures.codeOf(c.adminSerial()), Map.of("deviceSerial", c.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    instance = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    runDueJobs();
  }

  private void asBranchUser(Runnable action) {
    engine.getIdentityService().setAuthentication("oficina0001",
        List.of("branch-" + company.office()));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void approveVisa() {
    String taskId = task(instance).getId();
    visa(fixtures.approvedVisa(number, taskId, "oficina0001", "branch-" + company.office()));
  }

  private void rejectVisa(String reason) {
    String taskId = task(instance).getId();
    visa(fixtures.rejectedVisa(taskId, "oficina0001", "branch-" + company.office(), reason));
  }

  private void visa(Map<String, Object> variables) {
    asBranchUser(() -> completeTask(task(instance), variables));
    runDueJobs();
  }

  private void deliver(String serial) {
    asBranchUser(() -> completeTask(task(instance), withVariables("deliveryRecipient", "HOLDER",
        "presentedIdType", "CC", "presentedIdNumber", company.operatorId(),
        "identityDocumentChecked", true, "newDeviceSerial", serial)));
    runDueJobs();
  }

  private PortalClient.Response activate(String serial, String adminId, String code) {
    clock.setInstant(clock.instant().plusSeconds(60)); // a dynamic code is accepted only once
    return portal().post("/renewals/" + number + "/activation", Map.of("adminIdType", "CC",
        "adminIdNumber", adminId, "newDeviceSerial", serial,
        "dynamicCode", code == null ? fixtures.codeOf(company.adminSerial()) : code));
  }

  private List<String> subjectsTo(String address) {
    return mailsTo(address).stream().map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  @DisplayName("R-B6 R-B7 R-B8 R-B9: solicitud, PDF por correo, visado, entrega y activación")
  void renewalFromRequestToActivation() throws Exception {
    givenRequestedForOperator();

    MimeMessage mail = mailsTo(company.email()).get(0);
    assertThat(mail.getSubject()).contains(number);
    assertThat(pdfText(mail)).contains("SOLICITUD TOKEN Y AUTORIZACIÓN DE ENTREGA", number,
        company.nit(), "Andrés Pérez Rojas", company.operatorSerial());

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VisaSignature");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("branch-" + company.office());
    approveVisa();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverToken");
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);
    assertThat(portal().get("/renewals/" + number).body().path("status").asText())
        .isEqualTo("ENTREGADO_EN_OFICINA");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Gateway_AwaitActivation");

    var activated = activate(serial, company.adminId(), null);
    assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
    assertThat(activated.body().path("status").asText()).isEqualTo("ACTIVADO");
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TokenRenewed");
    assertThat(subjectsTo(company.email())).hasSize(3);
  }

  @Test
  @DisplayName("R-B7 un token entregado por error vuelve al inventario con el motivo: el caso espera de nuevo la entrega y el serial correcto sigue hasta la activación")
  void mistakenDeliveryReturnedToStock() {
    givenRequestedForOperator();
    approveVisa();
    String wrong = fixtures.stockedSerial(company.office());
    String right = fixtures.stockedSerial(company.office());
    deliver(wrong);
    clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

    assertThatThrownBy(() -> renewals.returnToStock(wrong, "analista", "Mal"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    renewals.returnToStock(wrong, "analista", "Se entregó el token de la caja vecina");
    assertConsistent(number);

    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.SOLICITADO);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverToken");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "newDeviceSerial"))
        .as("the delivery form opens without the returned serial").isNull();
    assertThat(stock.serialsInStock(company.office())).contains(wrong).contains(right);
    assertThat(jdbc.queryForMap("select actor, reason, case_number from token_stock_movement"
        + " where serial = ? and movement = 'RETURN'", wrong))
        .containsEntry("ACTOR", "analista")
        .containsEntry("REASON", "Se entregó el token de la caja vecina")
        .containsEntry("CASE_NUMBER", number);
    assertThat(inTransaction(() -> devices.existsBySerial(wrong))).isFalse();
    var undone = inTransaction(() -> renewals.history(renewals.get(number))).stream()
        .filter(e -> e.getAction().equals("ENTREGA_ANULADA")).toList();
    assertThat(undone).hasSize(1);
    assertThat(undone.get(0).getActor()).isEqualTo("analista");
    assertThat(undone.get(0).getOccurredAt()).isCloseTo(clock.instant(),
        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
    assertThat(undone.get(0).getDetail()).contains(wrong, "Se entregó el token de la caja vecina");

    deliver(right);
    assertThat(inTransaction(() -> renewals.get(number).newDevice().orElseThrow().getSerial()))
        .isEqualTo(right);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Gateway_AwaitActivation");
    var activated = activate(right, company.adminId(), null);
    assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Event_DeliveryUndone")
        .hasPassed("EndEvent_TokenRenewed");

    // The holder uses the token now: it stays with the holder.
    assertThatThrownBy(() -> renewals.returnToStock(right, "analista", "Entregado por error"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("serial")
        .hasMessageContaining("ya activó este token");
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ACTIVADO);
    assertThat(fixtures.stateOf(right)).isEqualTo(DeviceState.ACTIVE);
  }

  @Test
  @DisplayName("R-B7 R-B10 un token entregado que venció sin activarse ya no vuelve al inventario desde el caso")
  void deliveryNotUndoneOnceExpired() {
    givenRequestedForOperator();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    runDueJobs();
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.VENCIDO_SIN_ACTIVAR);

    assertThatThrownBy(() -> renewals.returnToStock(serial, "analista", "Entregado por error"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("serial")
        .hasMessageContaining("su entrega no se puede anular");
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.VENCIDO_SIN_ACTIVAR);
    assertThat(stock.serialsInStock(company.office())).doesNotContain(serial);
  }

  @Test
  @DisplayName("R-B5 el token vigente sigue activo tras la solicitud, el visado y la entrega")
  void currentTokenWorksUntilActivation() {
    givenRequestedForOperator();
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.ACTIVE);
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.ACTIVE);
    assertThat(fixtures.stateOf(serial)).isEqualTo(DeviceState.DELIVERED);
    activate(serial, company.adminId(), null);
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.INACTIVE);
  }

  @Test
  @DisplayName("R-B9 tras activar: token nuevo activo, anterior inactivo y correo de confirmación")
  void activationConfirmed() {
    givenRequestedForOperator();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);
    activate(serial, company.adminId(), null);
    runDueJobs();
    assertThat(fixtures.stateOf(serial)).isEqualTo(DeviceState.ACTIVE);
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.INACTIVE);
    assertThat(subjectsTo(company.email()).get(2)).containsIgnoringCase("activ");
    var history = portal().get("/renewals/" + number).body().path("history");
    assertThat(history.findValuesAsText("action")).containsExactly("SOLICITUD_REGISTRADA",
        "FIRMA_VISADA", "TOKEN_ENTREGADO", "TOKEN_ACTIVADO");
    assertThat(history.path(1).path("actor").asText()).isEqualTo("oficina0001");
  }

  @Test
  @DisplayName("R-B9 R-B10 activado antes del vencimiento: la fecha de vencimiento del token anterior ya no abre la renovación después del vencimiento")
  void activatedCaseNeverReachesTheAfterExpiryPath() {
    givenRequestedForOperator();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);
    activate(serial, company.adminId(), null);
    runDueJobs();

    // the old token's expiry passes: no timer is left, so no situation is ever decided for it
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    runDueJobs();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).count()).isZero();
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ACTIVADO);
    assertThat(renewals.get(number).getSituation()).isNull();
  }

  @Test
  @DisplayName("R-B8 activa solo el administrador, con el serial entregado y su número dinámico")
  void activationRules() {
    givenRequestedForOperator();
    assertThat(activate("4000000000", company.adminId(), null).status())
        .as("not delivered yet").isEqualTo(409);
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    deliver(serial);

    assertThat(activate(fixtures.newSerial(), company.adminId(), null).fields())
        .containsExactly("newDeviceSerial");
    assertThat(activate(serial, company.adminId(), "000000").fields())
        .containsExactly("dynamicCode");
    var byOperator = activate(serial, company.operatorId(), fixtures.codeOf(company.operatorSerial()));
    assertThat(byOperator.status()).isEqualTo(422);
    assertThat(fixtures.stateOf(serial)).isEqualTo(DeviceState.DELIVERED);
    assertThat(activate(serial, company.adminId(), null).status()).isEqualTo(200);
    assertThat(activate(serial, company.adminId(), null).status()).as("twice").isEqualTo(409);
  }

  @Test
  @DisplayName("R-B8 si es el token del administrador, autoriza con su token actual (el antiguo)")
  void adminRenewsOwnToken() {
    company = fixtures.company();
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.adminSerial())));
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    instance = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    runDueJobs();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());
    asBranchUser(() -> completeTask(task(instance), withVariables("deliveryRecipient", "HOLDER",
        "presentedIdType", "CC", "presentedIdNumber", company.adminId(),
        "identityDocumentChecked", true, "newDeviceSerial", serial)));
    var activated = activate(serial, company.adminId(), null);
    assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
    assertThat(fixtures.stateOf(company.adminSerial())).isEqualTo(DeviceState.INACTIVE);
  }

  @Test
  @DisplayName("R-B7 la oficina entrega solo a quien presenta el documento del titular o del autorizado")
  void deliveryChecksIdentity() {
    company = fixtures.company();
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial(),
            "authorizedPerson", Map.of("idType", "CC", "idNumber", "52123456",
                "names", "María Fernanda", "surnames", "Rojas Pérez"))));
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    instance = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    runDueJobs();
    approveVisa();
    String serial = fixtures.stockedSerial(company.office());

    assertThatThrownBy(() -> asBranchUser(() -> completeTask(task(instance), withVariables(
        "deliveryRecipient", "AUTHORIZED", "presentedIdType", "CC", "presentedIdNumber", "52999999",
        "identityDocumentChecked", true, "newDeviceSerial", serial))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("presentedIdNumber");
    assertThatThrownBy(() -> asBranchUser(() -> completeTask(task(instance), withVariables(
        "deliveryRecipient", "HOLDER", "presentedIdType", "CC", "presentedIdNumber",
        company.operatorId(), "identityDocumentChecked", false, "newDeviceSerial", "5123"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("identityDocumentChecked").hasMessageContaining("newDeviceSerial");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverToken");

    asBranchUser(() -> completeTask(task(instance), withVariables("deliveryRecipient", "AUTHORIZED",
        "presentedIdType", "CC", "presentedIdNumber", "52123456", "identityDocumentChecked", true,
        "newDeviceSerial", serial)));
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    assertThat(inTransaction(() -> renewals.get(number).newDevice().orElseThrow().getSerial()))
        .isEqualTo(serial);
  }

  @Test
  @DisplayName("R-S1c sin visado positivo no hay entrega: rechazo con motivo, correo y nuevo visado")
  void rejectedVisa() {
    givenRequestedForOperator();
    assertThatThrownBy(() -> rejectVisa(null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("visaObservations");
    rejectVisa("La firma no coincide con la registrada");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VisaSignature");
    assertThat(subjectsTo(company.email())).hasSize(2);
    assertThat(renewals.lastVisa(renewals.get(number)).orElseThrow().isApproved()).isFalse();
    assertThatThrownBy(() -> renewals.recordDelivery(number, "oficina0001",
        new DeliveryInput("HOLDER", "CC", company.operatorId(), true, fixtures.newSerial())))
        .isInstanceOf(RuleRefusedException.class);

    approveVisa();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverToken");
    var visas = renewals.lastVisa(renewals.get(number)).orElseThrow();
    assertThat(visas.getVisaBy()).isEqualTo("oficina0001");
    assertThat(visas.getEvidenceReference()).isEqualTo(Fixtures.VISA_EVIDENCE);
  }

  @Test
  @DisplayName("R-B10 vence esperando la recogida: caso VENCIDO_SIN_RECLAMAR, situación 1")
  void expiresBeforePickup() {
    givenRequestedForOperator();
    Instant expiry = inTransaction(() -> renewals.get(number).getDevice().getExpiresAt());
    clock.setInstant(expiry.minusSeconds(60));
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VisaSignature");

    clock.setInstant(expiry.plusSeconds(1));
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isWaitingAt("CallActivity_AfterExpiry")
        .variables().containsEntry("expirySituation", 1);
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.VENCIDO_SIN_RECLAMAR);
    assertThat(subjectsTo(company.email())).last().asString().containsIgnoringCase("venc");
  }

  @Test
  @DisplayName("R-B10 vence entregado sin activar: caso VENCIDO_SIN_ACTIVAR, situación 2")
  void expiresAfterPickup() {
    givenRequestedForOperator();
    approveVisa();
    deliver(fixtures.stockedSerial(company.office()));
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isWaitingAt("CallActivity_AfterExpiry");
    assertThat(renewals.get(number).getStatus()).isEqualTo(RenewalStatus.VENCIDO_SIN_ACTIVAR);
    assertThat(activate(inTransaction(() -> renewals.get(number).newDevice().get().getSerial()),
        company.adminId(),
        null).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("Recordatorio de recogida mientras el token espera en la oficina")
  void pickupReminder() {
    company = fixtures.company(Duration.ofDays(60), Duration.ofDays(40));
    givenRequestedFor(company);
    clock.setInstant(clock.instant().plus(Duration.ofDays(7)).plusSeconds(5));
    runDueJobs();
    assertThat(subjectsTo(company.email())).hasSize(2);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VisaSignature");
  }

  static String pdfText(MimeMessage mail) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (part.isMimeType("application/pdf")) {
        try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(
            part.getInputStream().readAllBytes())))) {
          return PdfTextExtractor.getTextFromPage(pdf.getPage(1));
        }
      }
    }
    throw new AssertionError("No PDF attached");
  }
}
