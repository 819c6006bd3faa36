package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.process.TaskVariable;
import co.bank.enterprisetoken.support.Fixtures;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Contexto del caso en cada tarea (caseContext)")
class CaseContextTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;

  private TestCompany company;
  private ProcessInstance instance;

  private void requested() {
    company = fixtures.company();
    var created = new PortalClient(rest.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    instance = processInstanceQuery().processInstanceBusinessKey(
        created.body().path("renewals").path(0).path("confirmationNumber").asText()).singleResult();
    runDueJobs();
  }

  private String context() {
    return (String) engine.getTaskService().getVariableLocal(task(instance).getId(),
        TaskVariable.CASE_CONTEXT.variableName());
  }

  private void visa(boolean approved, String reason) {
    String branch = "branch-" + company.office();
    String taskId = task(instance).getId();
    Map<String, Object> visa = approved
        ? fixtures.approvedVisa(instance.getBusinessKey(), taskId, "oficina0001", branch)
        : fixtures.rejectedVisa(taskId, "oficina0001", branch, reason);
    engine.getIdentityService().setAuthentication("oficina0001", List.of(branch));
    try {
      complete(task(instance), visa);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs();
  }

  @Test
  @DisplayName("la primera tarea cuenta la solicitud: qué, quién, cuándo (hora de Bogotá)")
  void firstVisaTellsTheRequest() {
    requested();
    String now = BankTime.display(clock.instant());
    assertThat(context()).startsWith("Pasos del caso, del primero al último:")
        .contains(now + " · Solicitud de renovación registrada: Token " + company.operatorSerial())
        .contains("Administrador Laura Gómez Díaz")
        .doesNotContain("NUEVO VISADO", "SOLICITUD_REGISTRADA", company.adminId(),
            company.operatorId());
  }

  @Test
  @DisplayName("un nuevo visado tras un rechazo lo dice en la primera línea, con el motivo")
  void reVisaSaysItIsOneAndWhy() {
    requested();
    clock.setInstant(clock.instant().plusSeconds(3600));
    visa(false, "La firma no coincide con la registrada");

    String context = context();
    assertThat(context.lines().findFirst().orElseThrow())
        .startsWith("NUEVO VISADO:").contains("no fue conforme");
    assertThat(context).contains("Último rechazo: " + BankTime.display(clock.instant())
        + " · Firma no conforme: Evidencia " + Fixtures.VISA_EVIDENCE
        + ": La firma no coincide con la registrada"
        + " · oficina0001");
  }

  @Test
  @DisplayName("la entrega muestra el visado conforme")
  void deliveryShowsTheVisa() {
    requested();
    visa(true, null);
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_DeliverToken");
    assertThat(context()).doesNotContain("NUEVO VISADO", "Último rechazo")
        .contains("Firma conforme: Evidencia " + Fixtures.VISA_EVIDENCE + " · oficina0001");
  }
}
