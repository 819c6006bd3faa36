package co.bank.enterprisetoken.virtualtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@DisplayName("Proceso 4: token virtual de Certicámara (virtual-token-issuance)")
class VirtualTokenProcessTest extends IntegrationTest {

  static final String PASSWORD = "Firma2024Segura";
  private static final Map<String, String> WRONG = Map.of("mobile", "07", "surname", "MEJÍA",
      "company", "Textiles del Norte S.A.");

  @Autowired TestRestTemplate http;
  @Autowired VirtualTokenCaseRepository cases;
  @Autowired SigningUserRepository signingUsers;
  @Autowired BankUserRepository users;
  @Autowired CompanyRepository companies;
  @Autowired DeviceRepository devices;
  @Autowired PasswordEncoder hasher;

  private VirtualTokenSteps steps;
  private TestCompany company;
  private String holderEmail;

  @BeforeEach
  void givenACompanyUser() {
    // whole seconds, as the engine's timers (milliseconds) and the database keep them
    clock.setInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    steps = new VirtualTokenSteps(new PortalClient(http.withBasicAuth("portal", "portal-test-password")));
    company = fixtures.company();
    holderEmail = inTransaction(() -> holder().getEmail());
  }

  private BankUser holder() {
    return users.findByCompanyAndIdTypeAndIdNumber(
        companies.findByNit(company.nit()).orElseThrow(), IdType.CC, company.adminId()).orElseThrow();
  }

  private Map<String, String> rightAnswers() {
    return inTransaction(() -> DemoIdentityQuestionnaire.correctAnswers(
        new IdentityQuestionnaire.Holder(holder(), null, holder().getCompany().getName())));
  }

  private ProcessInstance instance(String id) {
    return processInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  private HistoricProcessInstance history(String id) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id).singleResult();
  }

  /** Given a case of {@code kind} whose link was e-mailed and accepted, identity consulted. */
  private String givenAtQuestionnaire(String kind) {
    String id = steps.started(company.nit(), company.adminId(), kind);
    runDueJobs();
    Response contract = steps.contract(id, VirtualTokenSteps.linkToken(mailsTo(holderEmail)));
    assertThat(contract.status()).as(contract.raw()).isEqualTo(200);
    Response identity = steps.identity(id, company.adminId(), "2005-03-14");
    assertThat(identity.status()).as(identity.raw()).isEqualTo(200);
    return id;
  }

  private Instant lockedUntil(Response response) {
    return OffsetDateTime.parse(response.body().path("lockedUntil").asText()).toInstant();
  }

  private Response lockIt(String id) {
    assertThat(steps.answers(id, WRONG).status()).isEqualTo(400);
    Response second = steps.answers(id, WRONG);
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.body().path("errors").path(0).path("message").asText()).contains("queda 1 intento");
    return steps.answers(id, WRONG);
  }

  private Job lockTimer(String id) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance(id).getId())
        .activityId("Event_LockOver").singleResult();
  }

  private String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** R-T8: the guide the e-mails must carry (seed 004). */
  static void assertCarriesGuide(String text) {
    assertThat(text).contains("Windows 8 o superior", "administrador", "antivirus", "internet",
        "proxy", "firewall",
        "https://certitoken.certicamara.com/certificate/list", "https://certitoken.certicamara.com/sing",
        "https://tokenvirtual.certicamara.com:443",
        "https://web.certicamara.com/files/uploads/Centro-de-descargas/CertiTool/certitool.exe",
        "https://web.certicamara.com/files/evc-final.msi",
        "Entrust Desktop Virtual Card", "número de documento", "Utilizar cuenta de Windows",
        "Certifirma", "Almacén",
        "(601) 7442727", "https://wa.me/573168731648", "mesadeayuda@certicamara.com",
        "https://certicamara.service-now.com/csm");
  }

  @Test
  @DisplayName("R-T1 R-T2 R-T3 R-T4 R-T6 R-T7 R-T8 R-T9 token nuevo completo: enlace, contrato, identidad, cuestionario, certificado, contraseña, guía e instalación")
  void newVirtualToken() throws Exception {
    // when the portal requests a NEW virtual token for a user of the company (R-T1)
    Response started = steps.start(company.nit(), company.adminId(), "NEW");
    assertThat(started.status()).as(started.raw()).isEqualTo(201);
    String id = started.body().path("id").asText();
    assertThat(started.headers().getLocation()).hasPath("/api/v1/virtual-tokens/" + id);
    assertThat(started.body().path("step").asText()).isEqualTo("AWAITING_CONTRACT");
    assertThat(started.body().path("passwordStep").asBoolean()).isTrue();
    // then before the link is out the contract cannot be accepted
    assertThat(steps.contract(id, "x".repeat(43)).status()).isEqualTo(409);

    // then the link goes to the holder's registered e-mail with the R-T8 guide (R-T2, R-T8)
    runDueJobs();
    List<MimeMessage> mails = mailsTo(holderEmail);
    assertThat(mails).hasSize(1);
    assertThat(subject(mails.get(0))).contains("Descargue su token virtual");
    String linkMail = VirtualTokenSteps.text(mails.get(0));
    assertCarriesGuide(linkMail);
    assertThat(linkMail).contains("https://empresas.banco.example/token-virtual?caso=" + id + "&t=",
        "3 intentos fallidos", "24 horas", "3 meses");
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Event_ContractAccepted");

    // when the holder opens the link and accepts the contract (R-T2): a wrong token is refused
    assertThat(steps.contract(id, "A".repeat(43)).status()).isEqualTo(400);
    String token = VirtualTokenSteps.linkToken(mails);
    assertThat(steps.contract(id, token).body().path("step").asText()).isEqualTo("AWAITING_IDENTITY");
    // and the link is good once
    assertThat(steps.contract(id, token).status()).isEqualTo(409);

    // R-T3: id type, number and issue date of the holder
    assertThat(steps.identity(id, company.adminId(), "2005-03-14").body().path("step").asText())
        .isEqualTo("AWAITING_QUESTIONNAIRE");

    // R-T4: the questions, then the right answers
    Response questions = portal().get("/virtual-tokens/" + id + "/questionnaire");
    assertThat(questions.status()).isEqualTo(200);
    assertThat(questions.body().size()).isEqualTo(3);
    Response passed = steps.answers(id, rightAnswers());
    assertThat(passed.body().path("step").asText()).as(passed.raw()).isEqualTo("AWAITING_CERTIFICATE");

    // R-T6: "Obtener certificado" creates the signing user, user name = id number
    Response certificate = steps.certificate(id);
    assertThat(certificate.body().path("step").asText()).isEqualTo("AWAITING_PASSWORD");
    assertThat(certificate.body().path("signingUserName").asText()).isEqualTo(company.adminId());
    SigningUser signingUser = signingUsers.findByIdTypeAndUserName(IdType.CC, company.adminId())
        .orElseThrow();
    assertThat(signingUser.getUserName()).isEqualTo(company.adminId());
    assertThat(signingUser.hasPassword()).isFalse();
    BpmnAwareTests.assertThat(instance(id)).hasPassed("Task_CreateSigningUser")
        .isWaitingAt("Event_PasswordCreated");

    // R-T7: NEW creates the certificate password (policy checked; only its hash is stored)
    Response weak = steps.password(id, "firma");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.fields()).contains("password");
    assertThat(steps.password(id, PASSWORD).body().path("step").asText())
        .isEqualTo("AWAITING_INSTALLATION");
    String hash = signingUsers.findByIdTypeAndUserName(IdType.CC, company.adminId()).orElseThrow()
        .getPasswordHash();
    assertThat(hash).doesNotContain(PASSWORD);
    assertThat(hasher.matches(PASSWORD, hash)).isTrue();

    // then the installation guide arrives with its PDF (R-T8)
    runDueJobs();
    MimeMessage guide = mailsTo(holderEmail).stream()
        .filter(m -> subject(m).contains("Certificado obtenido")).findFirst().orElseThrow();
    assertCarriesGuide(VirtualTokenSteps.text(guide));
    assertThat(VirtualTokenSteps.text(guide)).contains(company.adminId());
    assertThat(VirtualTokenSteps.attachments(guide)).containsExactly(
        "Guia-Instalacion-Token-Virtual-" + id + ".pdf");
    String device = inTransaction(() -> cases.findById(id).orElseThrow().getDevice().getSerial());
    assertThat(fixtures.stateOf(device)).isEqualTo(DeviceState.DELIVERED);

    // R-T9: the holder confirms the certificate shows in the Certifirma store; the case ends
    Response installed = steps.installation(id);
    assertThat(installed.body().path("step").asText()).isEqualTo("COMPLETED");
    assertThat(installed.body().path("closed").asBoolean()).isTrue();
    assertThat(fixtures.stateOf(device)).isEqualTo(DeviceState.ACTIVE);
    assertThat(inTransaction(() -> cases.findById(id).orElseThrow().getDevice().getType()))
        .isEqualTo(DeviceType.VIRTUAL);
    assertThat(history(id).getEndActivityId()).isEqualTo("EndEvent_TokenInstalled");
    assertThat(steps.installation(id).status()).isEqualTo(409);
  }

  /** The analyst of the back office completes the task in Tasklist. */
  private void completeAsAnalyst(String taskId, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("analista", List.of("backoffice"));
    try {
      engine.getTaskService().complete(taskId, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  @Test
  @DisplayName("R-T4 el tercer intento fallido bloquea el cuestionario 24 horas: 409 con lockedUntil, temporizador visible y correo")
  void thirdFailureLocks() throws Exception {
    String id = givenAtQuestionnaire("NEW");
    Instant now = clock.instant();
    Response locked = lockIt(id);
    assertThat(locked.status()).as(locked.raw()).isEqualTo(409);
    assertThat(locked.headers().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(lockedUntil(locked)).isEqualTo(now.plus(Duration.ofHours(24)));
    assertThat(steps.step(id)).isEqualTo("QUESTIONNAIRE_LOCKED");
    // the lock is a timer Cockpit shows on "Cuestionario bloqueado 24 h"
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Task_QuestionnaireLocked");
    assertThat(lockTimer(id).getDuedate().toInstant()).isEqualTo(now.plus(Duration.ofHours(24)));
    // the questions are locked too, and other steps answer 409 with the lock's end
    Response questions = portal().get("/virtual-tokens/" + id + "/questionnaire");
    assertThat(questions.status()).isEqualTo(409);
    assertThat(lockedUntil(questions)).isEqualTo(now.plus(Duration.ofHours(24)));
    assertThat(steps.certificate(id).status()).isEqualTo(409);
    // the holder is told until when
    runDueJobs();
    MimeMessage notice = mailsTo(holderEmail).stream()
        .filter(m -> subject(m).contains("bloqueado")).findFirst().orElseThrow();
    assertThat(VirtualTokenSteps.text(notice)).contains("24 horas", "reinicia", "mesadeayuda@certicamara.com");
    // a first lock asks no support
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
  }

  @Test
  @DisplayName("R-T4 un intento a la hora 23 reinicia las 24 horas; éxito después del bloqueo")
  void attemptDuringLockRestartsIt() {
    String id = givenAtQuestionnaire("NEW");
    Instant lockedAt = clock.instant();
    assertThat(lockIt(id).status()).isEqualTo(409);
    runDueJobs();

    // when the holder tries again at hour 23
    clock.setInstant(lockedAt.plus(Duration.ofHours(23)));
    Response attempt = steps.answers(id, rightAnswers());
    // then 409, and the 24 hours start again from that attempt
    assertThat(attempt.status()).as(attempt.raw()).isEqualTo(409);
    Instant restartedUntil = lockedAt.plus(Duration.ofHours(23 + 24));
    assertThat(lockedUntil(attempt)).isEqualTo(restartedUntil);
    assertThat(attempt.body().path("detail").asText()).contains("reinició");
    assertThat(lockTimer(id).getDuedate().toInstant()).isEqualTo(restartedUntil);
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Task_QuestionnaireLocked");

    // at hour 25 (when the first lock would have ended) it is still locked
    clock.setInstant(lockedAt.plus(Duration.ofHours(25)));
    runDueJobs();
    assertThat(steps.step(id)).isEqualTo("QUESTIONNAIRE_LOCKED");
    assertThat(steps.get(id).body().path("lockedUntil").isNull()).isFalse();

    // after the restarted 24 hours the questionnaire opens again with 3 attempts, and passes
    clock.setInstant(restartedUntil.plusSeconds(60));
    runDueJobs();
    BpmnAwareTests.assertThat(instance(id)).hasPassed("Task_UnlockQuestionnaire")
        .isWaitingAt("Task_Questionnaire");
    Response open = steps.get(id);
    assertThat(open.body().path("step").asText()).isEqualTo("AWAITING_QUESTIONNAIRE");
    assertThat(open.body().path("remainingAttempts").asInt()).isEqualTo(3);
    Response passed = steps.answers(id, rightAnswers());
    assertThat(passed.status()).as(passed.raw()).isEqualTo(200);
    assertThat(passed.body().path("step").asText()).isEqualTo("AWAITING_CERTIFICATE");
  }

  @Test
  @DisplayName("R-T4 éxito después del bloqueo sin intentos durante las 24 horas")
  void successAfterTheLock() {
    String id = givenAtQuestionnaire("NEW");
    Instant lockedAt = clock.instant();
    assertThat(lockIt(id).status()).isEqualTo(409);
    clock.setInstant(lockedAt.plus(Duration.ofHours(24)).plusSeconds(1));
    runDueJobs();
    assertThat(steps.answers(id, rightAnswers()).body().path("step").asText())
        .isEqualTo("AWAITING_CERTIFICATE");
  }

  @Test
  @DisplayName("R-T4 R-T9 segundo bloqueo: tarea de acompañamiento para backoffice, que registra la ayuda")
  void secondLockAsksSupport() {
    String id = givenAtQuestionnaire("NEW");
    assertThat(lockIt(id).status()).isEqualTo(409);
    runDueJobs();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
    clock.setInstant(clock.instant().plus(Duration.ofHours(25)));
    runDueJobs();
    assertThat(lockIt(id).status()).isEqualTo(409);
    runDueJobs();

    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
        .singleResult();
    assertThat(task.getName()).isEqualTo("Acompañar al titular del token virtual");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
        .taskCandidateGroup("backoffice").count()).isEqualTo(1);
    assertThat(engine.getTaskService().getVariable(task.getId(), "supportReason").toString())
        .contains("segunda vez");
    // the holder is still locked: the analyst cannot confirm an installation, only help
    engine.getTaskService().claim(task.getId(), "analista");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAsAnalyst(
        task.getId(), Map.of("supportNotes", "Llamé al titular", "installationConfirmed", true)))
        .hasMessageContaining("aún no ha obtenido el certificado");
    completeAsAnalyst(task.getId(),
        Map.of("supportNotes", "Llamé al titular: espera el fin del bloqueo", "installationConfirmed", false));
    assertThat(inTransaction(() -> cases.findById(id).orElseThrow().getSupportNotes()))
        .contains("analista", "espera el fin del bloqueo");
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Task_QuestionnaireLocked");
  }

  @Test
  @DisplayName("R-T5 R-T9 plazo por vencer: tarea de soporte 7 días antes; a los 3 meses la solicitud vence y se avisa al titular")
  void windowExpiresAfterThreeMonths() throws Exception {
    String id = steps.started(company.nit(), company.adminId(), "NEW");
    runDueJobs();
    Instant windowEndsAt = OffsetDateTime.parse(steps.get(id).body().path("windowEndsAt").asText())
        .toInstant();
    assertThat(windowEndsAt).isEqualTo(clock.instant().atZone(co.bank.enterprisetoken.BankTime.ZONE)
        .plusMonths(3).toInstant());

    // 7 days before the window closes, support is asked to help
    clock.setInstant(windowEndsAt.minus(Duration.ofDays(7)).plusSeconds(60));
    runDueJobs();
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SupportHolder");
    assertThat(engine.getTaskService().getVariable(task.getId(), "supportReason").toString())
        .contains("por vencer");
    assertThat(steps.step(id)).isEqualTo("AWAITING_CONTRACT");

    // at 3 months the case expires and the holder is told
    clock.setInstant(windowEndsAt.plusSeconds(60));
    runDueJobs();
    assertThat(steps.step(id)).isEqualTo("EXPIRED");
    assertThat(history(id).getEndActivityId()).isEqualTo("EndEvent_Expired");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
    MimeMessage expired = mailsTo(holderEmail).stream()
        .filter(m -> subject(m).contains("Venció el plazo")).findFirst().orElseThrow();
    assertThat(VirtualTokenSteps.text(expired)).contains("3 meses", "solicítelo de nuevo");
    // the link no longer works and a new case may start
    assertThat(steps.contract(id, VirtualTokenSteps.linkToken(mailsTo(holderEmail))).status())
        .isEqualTo(409);
    assertThat(steps.start(company.nit(), company.adminId(), "NEW").status()).isEqualTo(201);
  }

  /** A NEW virtual token installed end to end; returns the case id. */
  private String givenInstalledNewToken() {
    String id = givenAtQuestionnaire("NEW");
    steps.answers(id, rightAnswers());
    steps.certificate(id);
    assertThat(steps.password(id, PASSWORD).status()).isEqualTo(200);
    runDueJobs();
    assertThat(steps.installation(id).status()).isEqualTo(200);
    return id;
  }

  @Test
  @DisplayName("R-T1 R-T7 renovación: sin paso de contraseña, conserva la primera; el certificado anterior queda inactivo")
  void renewalSkipsThePassword() {
    String first = givenInstalledNewToken();
    String firstDevice = inTransaction(() -> cases.findById(first).orElseThrow().getDevice().getSerial());
    String firstHash = signingUsers.findByIdTypeAndUserName(IdType.CC, company.adminId())
        .orElseThrow().getPasswordHash();
    // a second NEW is refused: the holder already has a signing user (R-T1)
    assertThat(steps.start(company.nit(), company.adminId(), "NEW").status()).isEqualTo(422);

    String id = givenAtQuestionnaire("RENEWAL");
    assertThat(steps.get(id).body().path("passwordStep").asBoolean()).isFalse();
    steps.answers(id, rightAnswers());
    Response certificate = steps.certificate(id);
    // then no password step: straight to installation
    assertThat(certificate.body().path("step").asText()).isEqualTo("AWAITING_INSTALLATION");
    BpmnAwareTests.assertThat(instance(id)).hasPassed("Gateway_Kind")
        .hasNotPassed("Event_PasswordCreated").isWaitingAt("Event_InstallationConfirmed");
    Response password = steps.password(id, "Otra2025Clave");
    assertThat(password.status()).isEqualTo(409);
    assertThat(password.body().path("detail").asText()).contains("conserva la contraseña");
    runDueJobs();
    MimeMessage guide = mailsTo(holderEmail).stream()
        .filter(m -> subject(m).contains("Certificado obtenido")).reduce((a, b) -> b).orElseThrow();
    assertThat(VirtualTokenSteps.text(guide)).contains("La misma de su primer token virtual");
    assertThat(steps.installation(id).status()).isEqualTo(200);
    // the first password is kept; the old certificate gives way to the new one
    assertThat(signingUsers.findByIdTypeAndUserName(IdType.CC, company.adminId()).orElseThrow()
        .getPasswordHash()).isEqualTo(firstHash);
    assertThat(fixtures.stateOf(firstDevice)).isEqualTo(DeviceState.INACTIVE);
    assertThat(history(id).getEndActivityId()).isEqualTo("EndEvent_TokenInstalled");
  }

  @Test
  @DisplayName("R-T9 soporte confirma la instalación desde Tasklist cuando el titular lo confirma por teléfono")
  void supportConfirmsInstallation() {
    String id = givenAtQuestionnaire("NEW");
    steps.answers(id, rightAnswers());
    steps.certificate(id);
    steps.password(id, PASSWORD);
    runDueJobs();
    Instant windowEndsAt = OffsetDateTime.parse(steps.get(id).body().path("windowEndsAt").asText())
        .toInstant();
    clock.setInstant(windowEndsAt.minus(Duration.ofDays(6)));
    runDueJobs();
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult();
    engine.getTaskService().claim(task.getId(), "analista");
    completeAsAnalyst(task.getId(), Map.of("supportNotes",
        "El titular confirmó por teléfono el certificado en el almacén", "installationConfirmed", true));
    Response view = steps.get(id);
    assertThat(view.body().path("step").asText()).isEqualTo("COMPLETED");
    assertThat(inTransaction(() -> cases.findById(id).orElseThrow().getInstallationConfirmedBy()))
        .isEqualTo("soporte: analista");
    assertThat(history(id).getEndActivityId()).isEqualTo("EndEvent_ConfirmedBySupport");
  }

  @Test
  @DisplayName("R-T1 R-T3 400 con cada campo malo, 409 por solicitud abierta o paso fuera de orden; nada cambia")
  void badInputAndOutOfOrder() {
    Response bad = portal().post("/virtual-tokens", Map.of("companyNit", "900123456-1",
        "idType", "XX", "idNumber", "1", "kind", "OTRO"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fields()).contains("companyNit", "idType", "kind");
    Response stranger = steps.start(company.nit(), "1234567", "NEW");
    assertThat(stranger.status()).isEqualTo(400);
    assertThat(stranger.fields()).containsExactly("idNumber");
    assertThat(steps.start(company.nit(), company.adminId(), "RENEWAL").status()).isEqualTo(422);

    String id = steps.started(company.nit(), company.adminId(), "NEW");
    Response duplicate = steps.start(company.nit(), company.adminId(), "NEW");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body().path("caseNumbers").path(0).asText()).isEqualTo(id);
    assertThat(steps.identity(id, company.adminId(), "2005-03-14").status()).isEqualTo(409);
    runDueJobs();
    steps.contract(id, VirtualTokenSteps.linkToken(mailsTo(holderEmail)));

    String tomorrow = java.time.LocalDate.now(co.bank.enterprisetoken.BankTime.ZONE).plusDays(2).toString();
    Response future = steps.identity(id, company.adminId(), tomorrow);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fields()).containsExactly("issueDate");
    assertThat(steps.identity(id, company.adminId(), "14/03/2005").fields()).containsExactly("issueDate");
    Response other = steps.identity(id, company.operatorId(), "2005-03-14");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.fields()).containsExactly("idNumber");
    assertThat(steps.step(id)).isEqualTo("AWAITING_IDENTITY");
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Event_IdentityVerified");
    assertThat(steps.answers(id, rightAnswers()).status()).isEqualTo(409);
    assertThat(portal().get("/virtual-tokens/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
  }
}
