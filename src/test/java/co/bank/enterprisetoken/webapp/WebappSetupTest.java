package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.PortalClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasklist filters per group and the authorizations that confine each branch to its own cases.
 * The test profile has no offices at start-up (Fixtures create office 0001 on demand), so the test
 * registers 0001 and 0002 and runs the same idempotent start-up code again.
 */
class WebappSetupTest extends IntegrationTest {

  @Autowired TasklistFilters tasklistFilters;
  @Autowired WebappAuthorizations webappAuthorizations;
  @Autowired BranchOfficeRepository offices;
  @Value("${camunda.bpm.authorization.enabled}") boolean authorizationEnabled;
  @Autowired TestRestTemplate http;

  @BeforeEach
  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  private void registerOffices() {
    if (!offices.existsById("0001")) {
      offices.save(new BranchOffice("0001", "Oficina Chapinero", "Bogotá", "oficina0001@banco.example"));
    }
    if (!offices.existsById("0002")) {
      offices.save(new BranchOffice("0002", "Oficina El Poblado", "Medellín", "oficina0002@banco.example"));
    }
    webappAuthorizations.ensure();
    tasklistFilters.ensure();
  }

  private Filter filter(String name) {
    return engine.getFilterService().createTaskFilterQuery().filterName(name).singleResult();
  }

  @Test
  void groupFiltersExistAfterStartUpWithTheirCandidateGroups() {
    assertThat(((TaskQueryImpl) filter(TasklistFilters.BACKOFFICE_FILTER).getQuery())
        .getCandidateGroup()).isEqualTo("backoffice");
    assertThat(((TaskQueryImpl) filter(TasklistFilters.MANAGERS_FILTER).getQuery())
        .getCandidateGroup()).isEqualTo("managers");
    TaskQueryImpl mine = filter(TasklistFilters.MY_TASKS_FILTER).getQuery();
    assertThat(mine.getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
  }

  @Test
  void everyOfficeHasItsFilterOnceIncludingClaimedTasks() {
    registerOffices();
    registerOffices(); // idempotent: still one filter per name
    for (String code : List.of("0001", "0002")) {
      String name = TasklistFilters.branchFilterName(code);
      assertThat(engine.getFilterService().createTaskFilterQuery().filterName(name).count())
          .isEqualTo(1);
      Filter filter = filter(name);
      TaskQueryImpl query = filter.getQuery();
      assertThat(query.getCandidateGroup()).isEqualTo("branch-" + code);
      assertThat(query.isIncludeAssignedTasks()).isTrue();
      assertThat(filter.getProperties()).containsKeys("priority", "description", "color", "variables");
      assertThat(filter.getProperties().get("variables").toString())
          .contains("confirmationNumber", "companyName", "holderName");
    }
  }

  @Test
  void aBranchSeesOnlyItsOwnFilterAndTasks() {
    assertThat(authorizationEnabled).as("camunda.bpm.authorization.enabled").isTrue();
    registerOffices();
    TestCompany company = fixtures.company();
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password")).post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    runDueJobs();
    Task visa = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .singleResult();
    assertThat(visa.getTaskDefinitionKey()).isEqualTo("Task_VisaSignature");

    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("u2", List.of("branch-0002"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).count())
        .isZero();
    assertThat(engine.getFilterService().createTaskFilterQuery().list()).extracting(Filter::getName)
        .contains(TasklistFilters.branchFilterName("0002"), TasklistFilters.MY_TASKS_FILTER)
        .doesNotContain(TasklistFilters.branchFilterName("0001"), TasklistFilters.BACKOFFICE_FILTER);

    identity.setAuthentication("u1", List.of("branch-0001"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list())
        .extracting(Task::getId).containsExactly(visa.getId());
    Filter own = filter(TasklistFilters.branchFilterName("0001"));
    assertThat(engine.getFilterService().list(own.getId())).extracting(t -> ((Task) t).getId())
        .contains(visa.getId());
    // the case variables shown in the task list (READ on the case's process instance)
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(visa.getProcessInstanceId()).variableName("confirmationNumber")
        .singleResult().getValue()).isEqualTo(number);
    identity.setAuthentication("u2", List.of("branch-0002"));
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(visa.getProcessInstanceId()).count()).isZero();
  }
}
