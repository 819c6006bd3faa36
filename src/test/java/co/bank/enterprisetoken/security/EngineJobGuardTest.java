package co.bank.enterprisetoken.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Jobs without a process (history cleanup) and the other engine operations outside the role
 * matrix, through the engine REST API: each role against each verb. Only operators may; the
 * job stays as it was after every refusal.
 */
@DisplayName("Trabajos sin proceso y operaciones del motor: solo operadores")
class EngineJobGuardTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  private String cleanupJob;

  record Role(String user, String group) {}

  private static final List<Role> NOT_OPERATORS = List.of(new Role("portal", null),
      new Role("branchh14", "branch-0001"), new Role("backofficeh14", "backoffice"),
      new Role("managersh14", "managers"));

  record Call(HttpMethod method, String path, String body) {}

  @BeforeEach
  void givenTheHistoryCleanupJobAndAUserPerRole() {
    IdentityService identity = engine.getIdentityService();
    for (Role role : NOT_OPERATORS) {
      if (role.group() != null && identity.createGroupQuery().groupId(role.group()).count() == 0) {
        identity.saveGroup(identity.newGroup(role.group()));
      }
      if (role.group() != null && identity.createUserQuery().userId(role.user()).count() == 0) {
        User user = identity.newUser(role.user());
        user.setPassword("role-test-password");
        identity.saveUser(user);
        identity.createMembership(role.user(), role.group());
      }
    }
    engine.getHistoryService().cleanUpHistoryAsync(true);
    cleanupJob = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
  }

  private List<Call> calls() {
    String job = "/engine-rest/job/" + cleanupJob;
    return List.of(
        new Call(HttpMethod.POST, job + "/execute", null),
        new Call(HttpMethod.PUT, job + "/suspended", "{\"suspended\":true}"),
        new Call(HttpMethod.PUT, job + "/retries", "{\"retries\":0}"),
        new Call(HttpMethod.PUT, job + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"),
        new Call(HttpMethod.PUT, job + "/priority", "{\"priority\":99}"),
        new Call(HttpMethod.DELETE, job, null),
        new Call(HttpMethod.POST, "/engine-rest/history/cleanup?immediatelyDue=true", null),
        new Call(HttpMethod.PUT, "/engine-rest/job/suspended",
            "{\"processDefinitionKey\":\"token-renewal-before-expiry\",\"suspended\":true}"),
        new Call(HttpMethod.POST, "/engine-rest/job/retries",
            "{\"jobIds\":[\"" + cleanupJob + "\"],\"retries\":0}"),
        new Call(HttpMethod.PUT, "/engine-rest/job-definition/suspended",
            "{\"processDefinitionKey\":\"token-renewal-before-expiry\",\"suspended\":true}"),
        new Call(HttpMethod.POST, "/engine-rest/batch/00000000/suspended", "{\"suspended\":true}"),
        new Call(HttpMethod.DELETE, "/engine-rest/batch/00000000", null),
        new Call(HttpMethod.POST, "/engine-rest/deployment/create", null),
        new Call(HttpMethod.POST, "/engine-rest/authorization/create",
            "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"*\",\"resourceType\":0,\"resourceId\":\"*\"}"),
        new Call(HttpMethod.POST, "/engine-rest/user/create", "{\"profile\":{\"id\":\"intruso\"}}"),
        new Call(HttpMethod.POST, "/engine-rest/message", "{\"messageName\":\"x\"}"),
        new Call(HttpMethod.POST, "/engine-rest/signal", "{\"name\":\"x\"}"));
  }

  private int call(Role role, Call call) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response = http.withBasicAuth(role.user(), role.group() == null ? "portal-test-password"
            : "role-test-password")
        .exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), String.class);
    if (response.getStatusCode().value() == 403) {
      assertThat(response.getHeaders().getContentType().toString())
          .startsWith("application/problem+json");
      assertThat(response.getBody()).doesNotContain("Exception");
    }
    return response.getStatusCode().value();
  }

  @TestFactory
  @DisplayName("Portal, oficina, back office y gerencia: 403 en cada verbo; el trabajo no cambia")
  Stream<DynamicTest> everyRoleButOperatorsIsRefused() {
    return NOT_OPERATORS.stream().flatMap(role -> calls().stream().map(call ->
        DynamicTest.dynamicTest(role.user() + " " + call.method() + " " + call.path(), () -> {
          Job before = engine.getManagementService().createJobQuery().jobId(cleanupJob)
              .singleResult();
          assertThat(call(role, call)).isEqualTo(403);
          Job after = engine.getManagementService().createJobQuery().jobId(cleanupJob)
              .singleResult();
          assertThat(after).isNotNull();
          assertThat(after.isSuspended()).isEqualTo(before.isSuspended());
          assertThat(after.getRetries()).isEqualTo(before.getRetries());
          assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
          assertThat(after.getPriority()).isEqualTo(before.getPriority());
        })));
  }

  @TestFactory
  @DisplayName("Los roles siguen leyendo y trabajando sus tareas por la API del motor")
  Stream<DynamicTest> rolesKeepTheirMatrix() {
    return NOT_OPERATORS.stream().filter(r -> r.group() != null).map(role ->
        DynamicTest.dynamicTest(role.user(), () -> {
          assertThat(call(role, new Call(HttpMethod.GET, "/engine-rest/task", null)))
              .isEqualTo(200);
          assertThat(call(role, new Call(HttpMethod.POST, "/engine-rest/task", "{}")))
              .as("a task query sent as POST").isEqualTo(200);
        }));
  }

  @TestFactory
  @DisplayName("El operador sí: suspende, reactiva, cambia reintentos y ejecuta la limpieza")
  Stream<DynamicTest> operatorsMay() {
    Role operator = new Role("operador", "camunda-admin");
    return Stream.of(
        new Call(HttpMethod.PUT, "/engine-rest/job/" + cleanupJob + "/suspended", "{\"suspended\":true}"),
        new Call(HttpMethod.PUT, "/engine-rest/job/" + cleanupJob + "/suspended", "{\"suspended\":false}"),
        new Call(HttpMethod.PUT, "/engine-rest/job/" + cleanupJob + "/retries", "{\"retries\":3}"))
        .map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path() + " " + call.body(),
            () -> {
              HttpHeaders headers = new HttpHeaders();
              headers.setContentType(MediaType.APPLICATION_JSON);
              assertThat(http.withBasicAuth(operator.user(), "admin-test-password")
                  .exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers),
                      String.class).getStatusCode().value()).isEqualTo(204);
            }));
  }
}
