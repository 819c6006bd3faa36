package co.bank.enterprisetoken.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.evidence.ScanForbiddenException;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.webapp.WebappAuthorizations;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * SPEC.md "Who uses it": each role against each kind of task, the portal API, the engine REST API
 * and the webapps.
 */
@DisplayName("Matriz de autorizaciones por rol y oficina")
class AuthorizationMatrixTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired WebappAuthorizations webappAuthorizations;
  @Autowired BranchOfficeRepository offices;

  private String number;
  private String visaTaskId;

  @BeforeEach
  void givenAVisaTaskOfOffice0001() {
    TestCompany company = fixtures.company();
    if (!offices.existsById("0002")) {
      offices.save(new BranchOffice("0002", "Oficina El Poblado", "Medellín",
          "oficina0002@banco.example"));
    }
    webappAuthorizations.ensure();
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    runDueJobs();
    visaTaskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
  }

  @AfterEach
  void logout() {
    engine.getIdentityService().clearAuthentication();
  }

  private List<Task> visibleTo(String group) {
    engine.getIdentityService().setAuthentication("u-" + group, List.of(group));
    try {
      return engine.getTaskService().createTaskQuery().taskId(visaTaskId).list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void completeAs(String group) {
    Map<String, Object> visa;
    try {
      visa = fixtures.approvedVisa(number, visaTaskId, "u-" + group, group);
    } catch (ScanForbiddenException notTheirTask) {
      // Not their task to scan either: they try it with the visa office 0001 would give.
      visa = fixtures.approvedVisa(number, visaTaskId, "u-branch-0001", "branch-0001");
    }
    engine.getIdentityService().setAuthentication("u-" + group, List.of(group));
    try {
      engine.getTaskService().complete(visaTaskId, visa);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private boolean mayUse(String group, String app) {
    return engine.getAuthorizationService().isUserAuthorized("u-" + group, List.of(group),
        Permissions.ACCESS, Resources.APPLICATION, app);
  }

  @Test
  @DisplayName("Una oficina no ve ni completa las tareas de otra; back office y portal tampoco")
  void branchTasksStayInTheirBranch() {
    assertThat(visibleTo("branch-0001")).hasSize(1);
    assertThat(visibleTo("branch-0002")).isEmpty();
    assertThat(visibleTo("backoffice")).isEmpty();
    assertThat(visibleTo("portal")).isEmpty();
    assertThatThrownBy(() -> completeAs("branch-0002")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> completeAs("backoffice")).isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("Gerencia lee todo pero no trabaja las tareas de las oficinas")
  void managersReadOnly() {
    assertThat(visibleTo("managers")).hasSize(1);
    assertThatThrownBy(() -> completeAs("managers")).isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("La oficina completa su tarea")
  void branchWorksItsTask() {
    completeAs("branch-0001");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(visaTaskId)
        .finished().count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Las oficinas no inician el proceso antes del vencimiento (lo inicia el portal)")
  void branchesStartNothingButTheEcon084Intake() {
    engine.getIdentityService().setAuthentication("u", List.of("branch-0001"));
    assertThatThrownBy(() -> engine.getRuntimeService()
        .startProcessInstanceByKey("token-renewal-before-expiry"))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("Webapps: Tasklist para oficinas y back office, Cockpit para gerencia, Admin solo operadores")
  void webappAccess() {
    assertThat(mayUse("branch-0001", "tasklist")).isTrue();
    assertThat(mayUse("branch-0001", "cockpit")).isFalse();
    assertThat(mayUse("branch-0001", "admin")).isFalse();
    assertThat(mayUse("backoffice", "tasklist")).isTrue();
    assertThat(mayUse("backoffice", "cockpit")).isFalse();
    assertThat(mayUse("managers", "cockpit")).isTrue();
    assertThat(mayUse("managers", "admin")).isFalse();
    assertThat(mayUse("portal", "tasklist")).isFalse();
    assertThat(mayUse("portal", "cockpit")).isFalse();
    assertThat(mayUse("camunda-admin", "admin")).isTrue();
  }

  @Test
  @DisplayName("API del portal: solo el usuario portal (401 sin credenciales, 403 al personal)")
  void portalApiOnlyForPortal() {
    assertThat(http.getForEntity("/api/v1/renewals/RT-00000001", String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(http.withBasicAuth("operador", "admin-test-password")
        .getForEntity("/api/v1/renewals/RT-00000001", String.class).getStatusCode().value())
        .isEqualTo(403);
  }
}
