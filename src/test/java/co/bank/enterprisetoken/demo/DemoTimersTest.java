package co.bank.enterprisetoken.demo;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.documents.DocumentType.PaperForm;
import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.documents.VerificationCode;
import co.bank.enterprisetoken.renewal.RenewalCaseRepository;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The demo profile's fast-forward, on the demo data: an operator makes a case's next timer due now.
 * Its own context (profiles test and demo, its own in-memory database and engine name), since the
 * rest of the suite runs without the demo profile; outside it the endpoint does not exist
 * ({@code DemoEndpointsOutsideDemoTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.profiles.active=test,demo",
    "spring.datasource.url=jdbc:h2:mem:token-empresarial-demo;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=demo",
    "enterprise-token.demo.mail-server.enabled=false",
    "spring.mail.port=1"})
@DisplayName("Demo: un operador adelanta el próximo temporizador de un caso")
class DemoTimersTest {

  private static final String LAURA_TOKEN = "4000000001";

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired RenewalCaseRepository cases;
  @Autowired FormVerification forms;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("R-B10 el vencimiento de un caso llega ya: el operador adelanta el temporizador y el caso vence")
  void operatorFastForwardsTheExpiry() throws Exception {
    String confirmation = requestRenewalOfAndres();
    runMessageJobs(confirmation);

    var answer = http.withBasicAuth("admin", "demo")
        .postForEntity("/demo/cases/" + confirmation + "/next-timer", null, String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.path("timer").asText()).as("expiry in 4 days, before the 7-day reminder")
        .isEqualTo("Event_DeviceExpired");
    assertThat(body.path("process").asText()).isEqualTo("token-renewal-before-expiry");
    List<Job> dueNow = management.createJobQuery().timers()
        .processInstanceId(instanceOf(confirmation)).list().stream()
        .filter(j -> !j.getDuedate().toInstant().isAfter(Instant.now())).toList();
    assertThat(dueNow).as("only the expiry timer is due; the reminder keeps its date").hasSize(1);
    Job timer = dueNow.get(0);

    management.executeJob(timer.getId());
    runMessageJobs(confirmation); // "Registrar vencimiento del token" runs after the timer
    assertThat(cases.findByConfirmationNumber(confirmation).orElseThrow().getStatus())
        .isEqualTo(RenewalStatus.VENCIDO_SIN_RECLAMAR);
  }

  @Test
  @DisplayName("Solo los operadores: anónimo 401; portal, oficina y gerencia 403; caso desconocido 404")
  void onlyOperators() {
    String path = "/demo/cases/RT-99999999/next-timer";
    assertThat(http.postForEntity(path, null, String.class).getStatusCode().value())
        .isEqualTo(401);
    for (String user : List.of("portal", "oficina0001", "gerente", "analista")) {
      assertThat(http.withBasicAuth(user, "demo").postForEntity(path, null, String.class)
          .getStatusCode().value()).as(user).isEqualTo(403);
    }
    var unknown = http.withBasicAuth("admin", "demo").postForEntity(path, null, String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("RT-99999999");
  }

  @Test
  @DisplayName("R-S1c el papel de la demostración: el operador lee el código de verificación impreso en el formato del caso")
  void operatorReadsTheCodePrintedOnTheCasesForm() throws Exception {
    String confirmation = requestRenewal("901234567-7", "79876543", "4000000011", "4000000012");
    runMessageJobs(confirmation); // the request form is generated

    String path = "/demo/cases/" + confirmation + "/paper-forms";
    var answer = http.withBasicAuth("admin", "demo").getForEntity(path, String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    JsonNode printed = json.readTree(answer.getBody());
    assertThat(printed).hasSize(1);
    assertThat(printed.path(0).path("form").asText()).isEqualTo("DELIVERY_AUTHORIZATION");
    assertThat(printed.path(0).path("version").asInt()).isEqualTo(1);
    String stored = forms.current(confirmation, PaperForm.DELIVERY_AUTHORIZATION).orElseThrow()
        .getVerificationCode();
    assertThat(printed.path(0).path("verificationCode").asText())
        .isEqualTo(VerificationCode.display(stored));
    assertThat(forms.check(confirmation, PaperForm.DELIVERY_AUTHORIZATION,
        printed.path(0).path("verificationCode").asText())).isEqualTo(FormVerification.Verdict.VALID);
    assertThat(http.withBasicAuth("portal", "demo").getForEntity(path, String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  private String instanceOf(String confirmation) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(confirmation)
        .singleResult().getId();
  }

  private String requestRenewalOfAndres() throws Exception {
    return requestRenewal("900123456-8", "52345678", LAURA_TOKEN, "4000000002");
  }

  private String requestRenewal(String nit, String adminId, String adminToken, String serial)
      throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String code = json.readTree(http.withBasicAuth("portal", "demo").getForObject(
        "/demo/devices/" + adminToken + "/dynamic-code", String.class)).path("dynamicCode").asText();
    Map<String, Object> request = Map.of("companyNit", nit, "adminIdType", "CC",
        "adminIdNumber", adminId, "dynamicCode", code, "branchOffice", "0001",
        "renewals", List.of(Map.of("deviceSerial", serial)));
    var created = http.withBasicAuth("portal", "demo").postForEntity("/api/v1/renewals",
        new HttpEntity<>(json.writeValueAsString(request), headers), String.class);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return json.readTree(created.getBody()).path("renewals").path(0).path("confirmationNumber")
        .asText();
  }

  /** The job executor is off in tests: run the case's async steps (mails fail without SMTP). */
  private void runMessageJobs(String confirmation) {
    for (Job job : management.createJobQuery().messages()
        .processInstanceId(instanceOf(confirmation)).list()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException mailWithoutSmtp) {
        // retried later by the job executor; not part of this test
      }
    }
  }
}
