package co.bank.enterprisetoken.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.support.Fixtures.NewUser;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Proceso 3: activación después del vencimiento / clientes nuevos (token-activation-after-expiry)")
class RegistrationProcessTest extends IntegrationTest {

  private static final String PASSWORD = "Kq7mZ2xR";

  @Autowired TestRestTemplate http;
  @Autowired SmsOutbox sms;
  @Autowired RegistrationRepository registrations;
  @Autowired OnlineBankingCredentialRepository credentials;
  @Autowired RegistrationService service;
  @Autowired DeviceRepository devices;

  private RegistrationSteps steps;
  private TestCompany company;
  private NewUser user;

  @BeforeEach
  void givenANewOperatorWithAnAssignedToken() {
    steps = new RegistrationSteps(
        new PortalClient(http.withBasicAuth("portal", "portal-test-password")), sms);
    company = fixtures.company();
    user = fixtures.newUserWithDeliveredToken(company, Profile.OPERATOR);
  }

  private ProcessInstance instance(String id) {
    return processInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  /** Given a registration whose code was sent (confirmation done, send job run). */
  private String givenCodeSent() {
    String id = steps.started(company, user, false);
    assertThat(steps.confirm(id, true).status()).isEqualTo(200);
    runDueJobs();
    return id;
  }

  private String givenAtPassword() {
    String id = givenCodeSent();
    steps.code(id, steps.lastCode(user.mobile()));
    steps.terms(id);
    assertThat(steps.serial(id, user.serial()).status()).isEqualTo(200);
    return id;
  }

  private String adminCode() {
    clock.setInstant(clock.instant().plusSeconds(60)); // a dynamic code is accepted only once
    return fixtures.codeOf(company.adminSerial());
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

  /** When a request is refused with {@code status}, then nothing changed. */
  private Response refused(int status, String id, java.util.function.Supplier<Response> call) {
    runDueJobs();
    String before = steps.get(id).raw();
    int smsBefore = sms.messages().size();
    int mailsBefore = SMTP.getReceivedMessages().length;
    List<String> activities = engine.getRuntimeService().getActiveActivityIds(instance(id).getId());
    DeviceState token = fixtures.stateOf(user.serial());
    Response response = call.get();
    assertThat(response.status()).as(response.raw()).isEqualTo(status);
    assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
    runDueJobs();
    assertThat(steps.get(id).raw()).isEqualTo(before);
    assertThat(sms.messages()).hasSize(smsBefore);
    assertThat(SMTP.getReceivedMessages()).hasSize(mailsBefore);
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance(id).getId()))
        .isEqualTo(activities);
    assertThat(fixtures.stateOf(user.serial())).isEqualTo(token);
    return response;
  }

  @Test
  @DisplayName("R-A1..R-A6 registro completo de un operador: código, reglamento, serial, clave y correo")
  void fullRegistration() throws Exception {
    // given a new operator with a token assigned but not activated
    // when the portal starts the registration
    Response started = steps.start(company, user, false);
    // then 201 + Location, the message and the masked contact data
    assertThat(started.status()).as(started.raw()).isEqualTo(201);
    String id = started.body().path("id").asText();
    assertThat(started.headers().getLocation()).hasPath("/api/v1/registrations/" + id);
    assertThat(started.body().path("step").asText()).isEqualTo("AWAITING_CONFIRMATION");
    ProcessInstance instance = instance(id);
    assertThat(started.body().path("message").asText())
        .contains("token asignado que aún no ha activado", "6 dígitos", "celular", "correo");
    assertThat(started.body().path("maskedMobile").asText())
        .isEqualTo("******" + user.mobile().substring(6));
    assertThat(started.body().path("maskedEmail").asText())
        .startsWith("s*").endsWith("@clientes.example").doesNotContain(user.email());
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Event_DataConfirmed");

    // when the user confirms the data, then the code goes to the mobile AND the e-mail
    assertThat(steps.confirm(id, true).body().path("step").asText()).isEqualTo("AWAITING_CODE");
    runDueJobs();
    String code = steps.lastCode(user.mobile());
    MimeMessage codeMail = mailsTo(user.email()).get(0);
    assertThat(codeMail.getSubject()).contains("Código de registro");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(codeMail)).contains(code);
    BpmnAwareTests.assertThat(instance(id)).isWaitingAt("Task_WaitForCode");
    assertThat(steps.get(id).body().path("remainingCodeTries").asInt()).isEqualTo(3);

    // when the code, the terms and the serial come, then the token is active
    assertThat(steps.code(id, code).body().path("step").asText()).isEqualTo("AWAITING_TERMS");
    assertThat(steps.terms(id).body().path("step").asText()).isEqualTo("AWAITING_SERIAL");
    Response activated = steps.serial(id, user.serial());
    assertThat(activated.body().path("step").asText()).isEqualTo("AWAITING_PASSWORD");
    assertThat(activated.body().path("message").asText()).contains("token quedó activo");
    assertThat(fixtures.stateOf(user.serial())).isEqualTo(DeviceState.ACTIVE);
    BpmnAwareTests.assertThat(instance(id)).hasPassed("Task_ActivateToken")
        .isWaitingAt("Event_PasswordSet");

    // when the password comes with the admin's dynamic code, then the registration succeeds
    Response done = steps.password(id, PASSWORD, adminCode());
    assertThat(done.status()).as(done.raw()).isEqualTo(200);
    assertThat(done.body().path("step").asText()).isEqualTo("COMPLETED");
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_Registered");
    // GreenMail keeps one copy per recipient: the completed e-mail goes to the user and the company
    assertThat(subjectsTo(user.email()).stream().distinct()).hasSize(2).last().asString()
        .contains("Registro exitoso");
    assertThat(subjectsTo(company.email())).anyMatch(s -> s.contains("Registro exitoso"));
    Long userId = inTransaction(() -> registrations.findById(id).orElseThrow().getUser().getId());
    String hash = inTransaction(() -> credentials.findById(userId).orElseThrow().getPasswordHash());
    assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
  }

  @Test
  @DisplayName("R-A1 el usuario debe existir en la empresa, con su perfil y un token asignado sin activar")
  void startRules() {
    // when the profile does not match, then 400 on actsAsAdmin
    Response asAdmin = steps.start(company, user, true);
    assertThat(asAdmin.status()).isEqualTo(400);
    assertThat(asAdmin.fields()).containsExactly("actsAsAdmin");
    // when the user is not of the company, then 400 on idNumber
    NewUser stranger = fixtures.newUserWithDeliveredToken(fixtures.company(), Profile.OPERATOR);
    assertThat(steps.start(company, stranger, false).fields()).containsExactly("idNumber");
    // when the user has no token assigned but not activated (the admin's is active), then 422
    Response noToken = steps.start(company,
        new NewUser(company.adminId(), company.adminSerial(), "", ""), true);
    assertThat(noToken.status()).as(noToken.raw()).isEqualTo(422);
    assertThat(noToken.body().path("rule").asText()).isEqualTo("R-A1");
    // when the input is malformed, then 400 names every field and nothing is started
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    long rows = registrations.count();
    Response bad = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/registrations", Map.of("companyNit", "900123456-1", "idType", "TI",
            "idNumber", "12"));
    assertThat(bad.fields()).containsExactlyInAnyOrder("companyNit", "idType", "actsAsAdmin");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(registrations.count()).isEqualTo(rows);
  }

  @Test
  @DisplayName("R-A1 un nuevo registro reemplaza el registro abierto anterior del usuario")
  void newRegistrationReplacesOpenOne() {
    String first = steps.started(company, user, false);
    String second = steps.started(company, user, false);
    assertThat(steps.step(first)).isEqualTo("SUPERSEDED");
    assertThat(instance(first)).isNull();
    assertThat(steps.confirm(first, true).status()).isEqualTo(409);
    assertThat(steps.confirm(second, true).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A2 datos incorrectos: termina con el mensaje de pedir la corrección al administrador")
  void dataNotCorrect() {
    String id = steps.started(company, user, false);
    ProcessInstance instance = instance(id);
    Response answer = steps.confirm(id, false);
    assertThat(answer.body().path("step").asText()).isEqualTo("DATA_INCORRECT");
    assertThat(answer.body().path("message").asText()).contains("administrador", "modificación de datos");
    runDueJobs();
    assertThat(steps.smsTo(user.mobile())).isEmpty();
    assertThat(mailsTo(user.email())).isEmpty();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DataIncorrect");
  }

  @Test
  @DisplayName("R-A2 un reintento del envío manda un código nuevo; solo el último sirve")
  void retriedSendIssuesFreshCode() {
    String id = givenCodeSent();
    String first = steps.lastCode(user.mobile());
    String hashBefore = inTransaction(() -> registrations.findById(id).orElseThrow().getCodeHash());
    // when the send step runs again (as a retried job would), then a fresh code and hash
    service.sendCode(id);
    String second = steps.lastCode(user.mobile());
    assertThat(inTransaction(() -> registrations.findById(id).orElseThrow().getCodeHash()))
        .isNotEqualTo(hashBefore);
    if (!first.equals(second)) {
      assertThat(steps.code(id, first).status()).isEqualTo(400);
    }
    assertThat(steps.code(id, second).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A3 el código vence con el reloj del motor: el temporizador cierra el registro")
  void codeExpires() {
    String id = givenCodeSent();
    ProcessInstance instance = instance(id);
    String code = steps.lastCode(user.mobile());
    // when the code life passes before the code comes
    clock.setInstant(clock.instant().plus(Duration.ofMinutes(10)).plusSeconds(1));
    // then the code is refused (422), and the timer closes the registration
    Response late = steps.code(id, code);
    assertThat(late.status()).as(late.raw()).isEqualTo(422);
    assertThat(late.body().path("rule").asText()).isEqualTo("R-A3");
    runDueJobs();
    assertThat(steps.step(id)).isEqualTo("CODE_EXPIRED");
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Event_CodeExpired",
        "EndEvent_CodeExpired");
    assertThat(steps.code(id, code).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("R-A3 dentro de la vida del código se acepta")
  void codeWithinLife() {
    String id = givenCodeSent();
    clock.setInstant(clock.instant().plus(Duration.ofMinutes(9)));
    runDueJobs();
    assertThat(steps.code(id, steps.lastCode(user.mobile())).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A3 tres intentos errados cierran el registro; se debe iniciar uno nuevo")
  void threeWrongTries() {
    String id = givenCodeSent();
    ProcessInstance instance = instance(id);
    String code = steps.lastCode(user.mobile());
    Response first = steps.code(id, RegistrationSteps.wrong(code));
    assertThat(first.status()).isEqualTo(400);
    assertThat(first.fields()).containsExactly("code");
    assertThat(first.raw()).contains("Le quedan 2 intentos");
    assertThat(steps.get(id).body().path("remainingCodeTries").asInt()).isEqualTo(2);
    assertThat(steps.code(id, RegistrationSteps.wrong(code)).raw()).contains("Le queda 1 intento.");
    Response third = steps.code(id, RegistrationSteps.wrong(code));
    assertThat(third.status()).isEqualTo(422);
    assertThat(third.body().path("rule").asText()).isEqualTo("R-A3");
    assertThat(steps.step(id)).isEqualTo("TOO_MANY_TRIES");
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TooManyTries");
    // then even the right code is refused, and a new registration works
    assertThat(steps.code(id, code).status()).isEqualTo(409);
    String again = steps.started(company, user, false);
    assertThat(steps.confirm(again, true).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A3 el código se guarda solo como hash")
  void codeStoredAsHash() {
    String id = givenCodeSent();
    String code = steps.lastCode(user.mobile());
    String hash = inTransaction(() -> registrations.findById(id).orElseThrow().getCodeHash());
    assertThat(hash).startsWith("{bcrypt}").doesNotContain(code);
  }

  @Test
  @DisplayName("R-A4 sin aceptar el reglamento no se continúa")
  void termsMustBeAccepted() {
    String id = givenCodeSent();
    steps.code(id, steps.lastCode(user.mobile()));
    Response refused = refused(400, id, () -> steps.step(id, "terms", Map.of("accepted", false)));
    assertThat(refused.fields()).containsExactly("accepted");
    assertThat(steps.terms(id).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A5 R-V4 el serial debe ser el del token asignado al usuario")
  void serialOfAssignedToken() {
    String id = givenCodeSent();
    steps.code(id, steps.lastCode(user.mobile()));
    steps.terms(id);
    assertThat(refused(400, id, () -> steps.serial(id, "5123456789")).fields())
        .containsExactly("serial");
    assertThat(refused(400, id, () -> steps.serial(id, company.operatorSerial())).raw())
        .contains("no corresponde al token asignado");
    assertThat(steps.serial(id, user.serial()).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A6 el token queda activo y los tokens físicos anteriores del usuario inactivos")
  void olderTokensInactive() {
    String id = givenCodeSent();
    String older = inTransaction(() -> {
      var reg = registrations.findById(id).orElseThrow();
      return devices.save(new Device(fixtures.newSerial(), reg.getUser(), DeviceType.PHYSICAL,
          DeviceState.ACTIVE, clock.instant().minus(Duration.ofDays(1)),
          TotpDynamicCodeVerifier.newSecret())).getSerial();
    });
    steps.code(id, steps.lastCode(user.mobile()));
    steps.terms(id);
    steps.serial(id, user.serial());
    assertThat(fixtures.stateOf(user.serial())).isEqualTo(DeviceState.ACTIVE);
    assertThat(fixtures.stateOf(older)).isEqualTo(DeviceState.INACTIVE);
  }

  @Test
  @DisplayName("R-A6 R-V5 R-V6 la clave se valida y se confirma con el número dinámico del administrador")
  void passwordRules() {
    String id = givenAtPassword();
    // when the password breaks R-V6 rules, then one message per rule, field password
    Response weak = refused(400, id, () -> steps.password(id, "aaa123", adminCode()));
    assertThat(weak.fields()).containsOnly("password").hasSize(3);
    assertThat(weak.raw()).doesNotContain("aaa123");
    // when the admin's dynamic code is wrong, then 400 adminDynamicCode
    String good = adminCode();
    assertThat(refused(400, id, () -> steps.password(id, PASSWORD, RegistrationSteps.wrong(good)))
        .fields()).containsExactly("adminDynamicCode");
    // when the operator's own new token's code is used, then refused: it is not the admin's
    String own = fixtures.codeOf(user.serial());
    assertThat(steps.password(id, PASSWORD, own).fields()).containsExactly("adminDynamicCode");
    assertThat(steps.password(id, PASSWORD, good).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-A6 R-V5 si se registra el administrador, confirma con su token recién activado")
  void adminConfirmsWithOwnNewToken() {
    user = fixtures.newUserWithDeliveredToken(company, Profile.ADMIN);
    String id = steps.started(company, user, true);
    steps.confirm(id, true);
    runDueJobs();
    steps.code(id, steps.lastCode(user.mobile()));
    steps.terms(id);
    steps.serial(id, user.serial());
    clock.setInstant(clock.instant().plusSeconds(60));
    assertThat(steps.password(id, PASSWORD, fixtures.codeOf(company.adminSerial())).fields())
        .as("another admin's token is not this admin's").containsExactly("adminDynamicCode");
    Response done = steps.password(id, PASSWORD, fixtures.codeOf(user.serial()));
    assertThat(done.status()).as(done.raw()).isEqualTo(200);
  }

  @Test
  @DisplayName("Pasos fuera de orden: 409 con el registro; nada cambia")
  void stepsOutOfOrder() {
    String id = steps.started(company, user, false);
    Response early = refused(409, id, () -> steps.serial(id, user.serial()));
    assertThat(early.body().path("caseNumbers").path(0).asText()).isEqualTo(id);
    refused(409, id, () -> steps.code(id, "123456"));
    refused(409, id, () -> steps.terms(id));
    refused(409, id, () -> steps.password(id, PASSWORD, "123456"));
    steps.confirm(id, true);
    runDueJobs();
    refused(409, id, () -> steps.confirm(id, true));
    refused(409, id, () -> steps.terms(id));
  }

  @Test
  @DisplayName("Datos inválidos en cada paso: 400 con el campo; nada cambia. Registro desconocido: 404")
  void badInputPerStep() {
    String id = steps.started(company, user, false);
    assertThat(refused(400, id, () -> steps.step(id, "confirmation", Map.of())).fields())
        .containsExactly("dataCorrect");
    steps.confirm(id, true);
    runDueJobs();
    assertThat(refused(400, id, () -> steps.code(id, "12a456")).fields()).containsExactly("code");
    assertThat(steps.get(id).body().path("remainingCodeTries").asInt())
        .as("a malformed code is not a try").isEqualTo(3);
    assertThat(refused(400, id, () -> steps.step(id, "code", "{not json")).fields())
        .containsExactly("body");
    assertThat(steps.get("00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    assertThat(steps.get("x").status()).isEqualTo(404);
  }
}
