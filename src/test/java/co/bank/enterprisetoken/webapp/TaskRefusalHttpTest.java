package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A domain refusal on a task completion, over real HTTP through the app's servlet stack: what
 * Tasklist calls ({@code /camunda/api/engine/engine/default/task/{id}/submit-form}, after the
 * webapp login with its CSRF token) and the engine REST API ({@code /engine-rest}, Basic auth)
 * answer a 4xx with the Spanish reason, the field named by its form label, one WARN line and no
 * stack trace; the usual notation of an id number is accepted.
 */
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Rechazos al completar tareas: 4xx con el mensaje en español, sin traza")
class TaskRefusalHttpTest extends IntegrationTest {

  private static final String CLERK = "clerkh11";
  private static final String PASSWORD = "clerk-test-password";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired WebappAuthorizations webappAuthorizations;
  @Autowired IdentityService identity;

  private TestCompany company;
  private ProcessInstance instance;

  @BeforeEach
  void caseWaitingForDelivery() {
    company = fixtures.company();
    var created = new PortalClient(rest.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    instance = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    runDueJobs();
    webappAuthorizations.ensure();
    String branch = "branch-" + company.office();
    if (identity.createUserQuery().userId(CLERK).count() == 0) {
      var clerk = identity.newUser(CLERK);
      clerk.setFirstName("Ana");
      clerk.setLastName("Oficina");
      clerk.setPassword(PASSWORD);
      identity.saveUser(clerk);
      identity.createMembership(CLERK, branch);
    }
    Map<String, Object> visa = fixtures.approvedVisa(instance.getBusinessKey(),
        task(instance).getId(), CLERK, branch);
    identity.setAuthentication(CLERK, List.of(branch));
    try {
      complete(task(instance), visa);
    } finally {
      identity.clearAuthentication();
    }
    runDueJobs();
  }

  private String deliveryTask() {
    return task(instance).getId();
  }

  private static String delivery(String idNumber, String serial) {
    return """
        {"variables": {
          "deliveryRecipient": {"value": "HOLDER"},
          "presentedIdType": {"value": "CC"},
          "presentedIdNumber": {"value": "%s"},
          "identityDocumentChecked": {"value": true},
          "newDeviceSerial": {"value": "%s"}}}""".formatted(idNumber, serial);
  }

  /** 52123456 as a clerk writes it: 52.123.456. */
  private static String withDots(String digits) {
    return digits.replaceAll("(\\d)(?=(\\d{3})+$)", "$1.");
  }

  private HttpResponse<String> engineRest(String method, String path, String body)
      throws Exception {
    String basic = Base64.getEncoder()
        .encodeToString((CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/engine-rest" + path))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Tasklist's way: log in to the webapp, then call its engine API with the CSRF token. */
  private class Tasklist {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    Tasklist login() throws Exception {
      send("GET", "/camunda/api/engine/engine/", null, null);
      var form = "username=" + URLEncoder.encode(CLERK, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
      var answer = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
          "application/x-www-form-urlencoded");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      send("GET", "/camunda/api/engine/engine/", null, null); // the new session's CSRF token
      return this;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return send("POST", "/camunda/api/engine/engine/default" + path, json, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String type)
        throws Exception {
      var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      if (type != null) {
        request.header("Content-Type", type);
      }
      cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
          .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void assertCleanRefusal(HttpResponse<String> answer, int status, String type,
      String... expected) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("type").asText()).isEqualTo(type);
    assertThat(body.path("message").asText()).contains(expected)
        .doesNotContain("Cannot submit", "Cannot complete", "Exception", "presentedIdNumber", "R-");
  }

  private static void assertOneWarnWithoutTrace(CapturedOutput output, String expected) {
    List<String> lines = output.getAll().lines().toList();
    assertThat(lines).filteredOn(l -> l.contains("WARN") && l.contains("Refused ("))
        .hasSize(1).first().asString().contains(expected);
    assertThat(output.getAll()).doesNotContain("ENGINE-REST-HTTP500", "\tat org.camunda",
        "Cannot submit task form");
  }

  @Test
  @DisplayName("Tasklist: documento que no coincide → 400 con la etiqueta del campo; 52.123.456 se acepta")
  void tasklistSubmitFormRefusalIsA400WithTheSpanishReason(CapturedOutput output) throws Exception {
    Tasklist tasklist = new Tasklist().login();
    String taskId = deliveryTask();

    var refused = tasklist.post("/task/" + taskId + "/submit-form",
        delivery("10000001", fixtures.stockedSerial(company.office())));

    assertCleanRefusal(refused, 400, "invalid-input",
        "Número del documento presentado: El documento presentado no coincide con el del titular");
    assertThat(JSON.readTree(refused.body()).path("errors").path(0).path("field").asText())
        .isEqualTo("presentedIdNumber");
    assertOneWarnWithoutTrace(output, "task Task_DeliverToken of case "
        + instance.getBusinessKey());
    assertThat(task(instance).getId()).as("the task stays open").isEqualTo(taskId);

    String serial = fixtures.stockedSerial(company.office());
    var accepted = tasklist.post("/task/" + taskId + "/submit-form",
        delivery(withDots(company.operatorId()), serial.substring(0, 4) + " " + serial.substring(4)));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(fixtures.stateOf(serial)).isNotNull();
  }

  @Test
  @DisplayName("/engine-rest complete y submit-form: 400 sin nombres de clases Java")
  void engineRestRefusalsAre400s(CapturedOutput output) throws Exception {
    String taskId = deliveryTask();

    var viaComplete = engineRest("POST", "/task/" + taskId + "/complete",
        delivery(company.operatorId(), "123"));
    assertCleanRefusal(viaComplete, 400, "invalid-input", "Serial del token nuevo: El serial debe"
        + " tener 10 dígitos y empezar por 4");

    var viaSubmit = engineRest("POST", "/task/" + taskId + "/submit-form",
        delivery(company.operatorId(), "123"));
    assertCleanRefusal(viaSubmit, 400, "invalid-input", "Serial del token nuevo:");
    assertThat(output.getAll()).doesNotContain("ENGINE-REST-HTTP500", "\tat org.camunda");
  }

  @Test
  @DisplayName("/engine-rest: los demás errores no nombran clases Java")
  void engineRestErrorsNameNoJavaClass() throws Exception {
    var missing = engineRest("GET", "/task/no-such-task", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).path("type").asText()).isEqualTo("not-found");
    assertThat(missing.body()).doesNotContain("Exception");

    var forbidden = engineRest("GET", "/user/operador/profile", null);
    assertThat(forbidden.body()).doesNotContain("Exception", "org.camunda");
  }
}
