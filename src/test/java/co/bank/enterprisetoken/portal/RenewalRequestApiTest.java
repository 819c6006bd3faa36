package co.bank.enterprisetoken.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.renewal.RenewalCaseRepository;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("API del portal: solicitud de renovación")
class RenewalRequestApiTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalCaseRepository cases;

  PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  private Response request(TestCompany company, Object... items) {
    return portal().post("/renewals",
        PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()), items));
  }

  private static Map<String, Object> item(String serial) {
    return Map.of("deviceSerial", serial);
  }

  private long processInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().count();
  }

  /** Sends a request that must fail with {@code status} and checks that nothing was stored. */
  private Response refused(int status, Map<String, Object> body) {
    runDueJobs();
    long casesBefore = cases.count();
    long instancesBefore = processInstances();
    int mailsBefore = SMTP.getReceivedMessages().length;
    Response response = portal().post("/renewals", body);
    assertThat(response.status()).as(response.raw()).isEqualTo(status);
    assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(response.raw()).doesNotContain("Exception", "at co.", "SQL", "select ");
    runDueJobs();
    assertThat(cases.count()).isEqualTo(casesBefore);
    assertThat(processInstances()).isEqualTo(instancesBefore);
    assertThat(SMTP.getReceivedMessages()).hasSize(mailsBefore);
    return response;
  }

  private Map<String, Object> body(TestCompany company, Object... items) {
    return new HashMap<>(PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()), items));
  }

  @Test
  @DisplayName("R-B4 una solicitud exitosa recibe número de confirmación (201 y Location)")
  void createdWithConfirmationNumber() {
    TestCompany company = fixtures.company();
    Response created = request(company, item(company.operatorSerial()));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    assertThat(number).matches("RT-\\d{8}");
    assertThat(created.headers().getLocation()).hasPath("/api/v1/renewals/" + number);
    Response read = portal().get("/renewals/" + number);
    assertThat(read.body().path("status").asText()).isEqualTo("SOLICITADO");
    assertThat(read.body().path("history").path(0).path("action").asText())
        .isEqualTo("SOLICITUD_REGISTRADA");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-B4 un token con caso abierto devuelve 409 con el caso existente, sin duplicar")
  void oneOpenCasePerDevice() {
    TestCompany company = fixtures.company();
    String number = request(company, item(company.operatorSerial())).body().path("renewals")
        .path(0).path("confirmationNumber").asText();
    clock.setInstant(clock.instant().plusSeconds(60));
    Response second = refused(409, body(company, item(company.operatorSerial())));
    assertThat(second.body().path("caseNumbers").path(0).asText()).isEqualTo(number);
  }

  @Test
  @DisplayName("R-B4 un token ya vencido no se renueva por aquí: 422 que remite a la situación que"
      + " decide la tabla (el token del administrador: ECON-084 «Sin Renovar»)")
  void expiredDeviceGoesToAfterExpiry() {
    TestCompany company = fixtures.company(Duration.ofDays(-1), Duration.ofDays(20));
    Response response = refused(422, body(company, item(company.adminSerial())));
    assertThat(response.body().path("rule").asText()).isEqualTo("R-B4");
    assertThat(response.body().path("detail").asText()).contains("ECON-084", "Sin Renovar");
  }

  @Test
  @DisplayName("R-B2 solo el administrador solicita; puede hacerlo para varios usuarios a la vez")
  void onlyAdminRequestsForSeveralUsers() {
    TestCompany company = fixtures.company();
    Map<String, Object> byOperator = body(company, item(company.operatorSerial()));
    byOperator.put("adminIdNumber", company.operatorId());
    byOperator.put("dynamicCode", fixtures.codeOf(company.operatorSerial()));
    assertThat(refused(422, byOperator).body().path("rule").asText()).isEqualTo("R-B2");

    Response both = request(company, item(company.operatorSerial()), item(company.adminSerial()));
    assertThat(both.status()).as(both.raw()).isEqualTo(201);
    assertThat(both.body().path("renewals")).hasSize(2);
  }

  @Test
  @DisplayName("R-B3 la persona autorizada queda en el caso; la autoriza el número dinámico real")
  void authorizedPersonWithAdminCode() {
    TestCompany company = fixtures.company();
    Map<String, Object> wrongCode = body(company, Map.of("deviceSerial", company.operatorSerial(),
        "authorizedPerson", Map.of("idType", "CC", "idNumber", "52123456",
            "names", "María Fernanda", "surnames", "Rojas Pérez")));
    String good = (String) wrongCode.get("dynamicCode");
    wrongCode.put("dynamicCode", good.equals("000000") ? "111111" : "000000");
    assertThat(refused(400, wrongCode).fields()).containsExactly("dynamicCode");

    wrongCode.put("dynamicCode", good);
    Response created = portal().post("/renewals", wrongCode);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    assertThat(created.body().path("renewals").path(0).path("authorizedPersonName").asText())
        .isEqualTo("María Fernanda Rojas Pérez");

    Map<String, Object> replay = body(company, item(company.adminSerial()));
    replay.put("dynamicCode", good);
    assertThat(refused(400, replay).fields()).as("a code is accepted once")
        .containsExactly("dynamicCode");
  }

  @Test
  @DisplayName("R-V1 R-V2 R-V4 R-V5 400 nombra todos los campos inválidos y no guarda nada")
  void badInputNamesEveryField() {
    Response response = refused(400, Map.of("companyNit", "900123456-1", "adminIdType", "TI",
        "adminIdNumber", "79.123", "dynamicCode", "12ab56", "branchOffice", "1",
        "renewals", List.of(Map.of("deviceSerial", "5123456789",
            "authorizedPerson", Map.of("idType", "CC", "idNumber", "abc", "names", "<script>",
                "surnames", "Rojas")))));
    assertThat(response.fields()).containsExactlyInAnyOrder("companyNit", "adminIdType",
        "dynamicCode", "branchOffice", "renewals[0].deviceSerial",
        "renewals[0].authorizedPerson.idNumber", "renewals[0].authorizedPerson.names");
  }

  @Test
  @DisplayName("R-V2 número de identificación según el tipo")
  void idNumberPerType() {
    TestCompany company = fixtures.company();
    Map<String, Object> body = body(company, item(company.operatorSerial()));
    body.put("adminIdNumber", "79.123");
    assertThat(refused(400, body).fields()).containsExactly("adminIdNumber");
  }

  @Test
  @DisplayName("Tipos JSON equivocados y JSON roto: 400 con el campo")
  void wrongJsonTypes() {
    Response response = portal().post("/renewals", "{\"companyNit\": 900123456, \"renewals\": {\"a\":1}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.fields()).containsExactly("renewals");
    assertThat(portal().post("/renewals", "{not json").fields()).containsExactly("body");
  }

  @Test
  @DisplayName("Token de otra empresa o inexistente: 400 en renewals[i].deviceSerial")
  void foreignDevice() {
    TestCompany company = fixtures.company();
    TestCompany other = fixtures.company();
    assertThat(refused(400, body(company, item(other.operatorSerial()))).fields())
        .containsExactly("renewals[0].deviceSerial");
  }

  @Test
  @DisplayName("La API exige el usuario técnico portal: 401 sin credenciales o erradas, 403 otro usuario")
  void requiresPortalUser() {
    assertThat(new PortalClient(http).get("/companies/900123456-8/users").status()).isEqualTo(401);
    // Not the portal user's password: Camunda delays a user's logins after a failed attempt.
    assertThat(new PortalClient(http.withBasicAuth("intruso", "wrong"))
        .get("/companies/900123456-8/users").status()).isEqualTo(401);
    assertThat(new PortalClient(http.withBasicAuth("operador", "admin-test-password"))
        .get("/companies/900123456-8/users").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Lista de usuarios de la empresa con vencimiento y estado de renovación (seed cap.1 §1)")
  void companyUsers() {
    TestCompany company = fixtures.company();
    String number = request(company, item(company.operatorSerial())).body().path("renewals")
        .path(0).path("confirmationNumber").asText();
    Response users = portal().get("/companies/" + company.nit() + "/users");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.body().path("users")).hasSize(2);
    var operator = users.body().path("users").findParents("idNumber").stream()
        .filter(u -> u.path("idNumber").asText().equals(company.operatorId())).findFirst().orElseThrow();
    var device = operator.path("devices").path(0);
    assertThat(device.path("expiresAt").asText()).endsWith("-05:00");
    assertThat(device.path("renewal").path("confirmationNumber").asText()).isEqualTo(number);
    assertThat(device.path("renewal").path("status").asText()).isEqualTo("SOLICITADO");
    assertThat(portal().get("/companies/900123456-1/users").fields()).containsExactly("nit");
  }

  @Test
  @DisplayName("Caso desconocido: 404; número mal formado: 400")
  void unknownCase() {
    assertThat(portal().get("/renewals/RT-99999999").status()).isEqualTo(404);
    assertThat(portal().get("/renewals/abc").fields()).containsExactly("confirmationNumber");
  }

  @Test
  @DisplayName("R-B6 el portal descarga el formato para imprimir (PDF)")
  void printForm() {
    TestCompany company = fixtures.company();
    String number = request(company, item(company.operatorSerial())).body().path("renewals")
        .path(0).path("confirmationNumber").asText();
    var pdf = http.withBasicAuth("portal", "portal-test-password")
        .getForEntity("/api/v1/renewals/" + number + "/request-form", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
  }
}
