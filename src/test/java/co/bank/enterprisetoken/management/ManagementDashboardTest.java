package co.bank.enterprisetoken.management;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.renewal.AfterExpirySettings;
import co.bank.enterprisetoken.renewal.RenewalCase;
import co.bank.enterprisetoken.renewal.RenewalCaseRepository;
import co.bank.enterprisetoken.renewal.RenewalEvent;
import co.bank.enterprisetoken.renewal.RenewalService;
import co.bank.enterprisetoken.renewal.RenewalSettings;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

@DisplayName("Tablero de gerencia: cifras del registro, solo para gerentes y operadores")
class ManagementDashboardTest extends IntegrationTest {

  static final String PASSWORD = "Tablero-Prueba-2026!";
  static final String PLUGIN = "/api/cockpit/plugin/tablero-gerencia/default";

  @Autowired TestRestTemplate http;
  @Autowired ManagementDashboard dashboard;
  @Autowired DashboardFigures figures;
  @Autowired RenewalCaseRepository cases;
  @Autowired RenewalService renewals;
  @Autowired AfterExpirySettings afterExpiry;
  @Autowired RenewalSettings renewal;
  @Autowired ManagementSettings settings;
  @Autowired co.bank.enterprisetoken.webapp.WebappAuthorizations authorizations;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void staff() {
    user("gerentetablero", "managers");
    user("analistatablero", "backoffice");
    user("oficinatablero", "branch-0001");
  }

  private void user(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      var g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Prueba");
      user.setLastName(group);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }

  private String requestCase() {
    return requestCase(fixtures.company());
  }

  private String requestCase(TestCompany company) {
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.body().path("renewals").path(0).path("confirmationNumber").asText();
  }

  /** The registry's own answer: every case loaded, the windows' rules applied one by one. */
  private record Expected(long open, Map<String, Long> byStatus, Map<String, Long> byOffice,
      Map<String, long[]> windows) {}

  private Expected fromRegistry(Instant now) {
    return inTransaction(() -> {
      List<RenewalCase> open = cases.findAll().stream().filter(c -> c.getStatus().isOpen())
          .toList();
      Duration near = settings.getNearWindow();
      Map<String, long[]> windows = new TreeMap<>();
      Map<String, Predicate<RenewalCase>> scope = Map.of(
          "BACK_OFFICE", c -> c.getBackOfficeDueAt() != null
              && List.of("EN_DESASIGNACION", "VENCIDO_SIN_ACTIVAR").contains(c.getStatus().name()),
          "LOGIN_WAIT", c -> c.getStatus().name().equals("VENCIDO_SIN_ACTIVAR")
              && Integer.valueOf(2).equals(c.getSituation()) && c.getEcon084ReceivedAt() != null,
          "VISA", c -> c.getStatus().name().equals("LISTO_PARA_ENTREGA"),
          "PICKUP", c -> c.getStatus().name().equals("SOLICITADO"));
      for (var w : scope.entrySet()) {
        long past = 0;
        long soon = 0;
        for (RenewalCase c : open.stream().filter(w.getValue()).toList()) {
          Instant end = switch (w.getKey()) {
            case "BACK_OFFICE" -> c.getBackOfficeDueAt();
            case "LOGIN_WAIT" -> c.getEcon084ReceivedAt().plus(afterExpiry.getLoginWait());
            case "VISA" -> firstNonNull(c.getUnassignedAt(), c.getEcon084ReceivedAt(),
                c.getRequestedAt()).plus(settings.getVisaWait());
            default -> c.getRequestedAt().plus(Duration.parse(renewal.getPickupReminderCycle()
                .substring(renewal.getPickupReminderCycle().indexOf('/') + 1)));
          };
          if (end.isBefore(now)) {
            past++;
          } else if (end.isBefore(now.plus(near))) {
            soon++;
          }
        }
        windows.put(w.getKey(), new long[] {past, soon});
      }
      return new Expected(open.size(),
          open.stream().collect(Collectors.groupingBy(c -> c.getStatus().name(),
              Collectors.counting())),
          open.stream().collect(Collectors.groupingBy(c -> c.getBranchOffice().getCode(),
              Collectors.counting())),
          windows);
    });
  }

  private static Instant firstNonNull(Instant... instants) {
    for (Instant i : instants) {
      if (i != null) {
        return i;
      }
    }
    return null;
  }

  private void assertFiguresEqualTheRegistry(Dashboard d) {
    Expected expected = fromRegistry(clock.instant());
    assertThat(d.openCases()).isEqualTo(expected.open());
    assertThat(d.byStatus()).allSatisfy(s -> assertThat(s.count()).as(s.key())
        .isEqualTo(expected.byStatus().getOrDefault(s.key(), 0L)));
    assertThat(d.byOffice().stream().collect(Collectors.toMap(Dashboard.Count::key,
        Dashboard.Count::count))).isEqualTo(expected.byOffice());
    assertThat(d.windows()).allSatisfy(w -> {
      assertThat(w.past()).as(w.key() + " past").isEqualTo(expected.windows().get(w.key())[0]);
      assertThat(w.near()).as(w.key() + " near").isEqualTo(expected.windows().get(w.key())[1]);
    });
    assertThat(d.ageing().stream().mapToLong(Dashboard.Count::count).sum())
        .isEqualTo(expected.open());
  }

  @Test
  @DisplayName("Las cifras del tablero son las del registro, y cada cifra abre su lista de casos")
  void figuresEqualTheRegistry() {
    String first = requestCase();
    String second = requestCase();
    Dashboard now = figures.dashboard();
    assertFiguresEqualTheRegistry(now);
    assertThat(now.weeks()).hasSize(12);
    assertThat(now.weeks().get(11).opened()).isGreaterThanOrEqualTo(2);
    assertThat(dashboard.cases(new CaseFilter(null, null, null, null, null, 11, "opened")))
        .extracting(CaseRow::confirmationNumber).contains(first, second);

    // Six hours before the pickup reminder: near the window; a day after it: past.
    Duration reminder = CaseWindow.reminderPeriod(renewal);
    clock.setInstant(clock.instant().plus(reminder).minus(Duration.ofHours(2)));
    Dashboard near = figures.dashboard();
    assertFiguresEqualTheRegistry(near);
    assertThat(dashboard.cases(new CaseFilter(null, null, "PICKUP", "near", null, null, null)))
        .extracting(CaseRow::confirmationNumber).contains(first, second);

    clock.setInstant(clock.instant().plus(Duration.ofDays(1)));
    Dashboard past = figures.dashboard();
    assertFiguresEqualTheRegistry(past);
    var pastList = dashboard.cases(new CaseFilter(null, null, "PICKUP", "past", null, null, null));
    assertThat(pastList).extracting(CaseRow::confirmationNumber).contains(first, second);
    assertThat((long) pastList.size()).isEqualTo(past.windows().stream()
        .filter(w -> w.key().equals("PICKUP")).findFirst().orElseThrow().past());
    assertThat(past.overdueRanking()).extracting(Dashboard.OfficeOverdue::office).contains("0001");
    assertThat(dashboard.cases(new CaseFilter("SOLICITADO", "0001", null, null, null, null, null)))
        .hasSize((int) Math.min(ManagementDashboard.LIST_LIMIT, inTransaction(() -> cases.findAll()
            .stream().filter(c -> c.getStatus().name().equals("SOLICITADO")
                && c.getBranchOffice().getCode().equals("0001")).count())));
  }

  @Test
  @DisplayName("El endpoint responde al gerente y al operador con las cifras del registro; a otros perfiles, 403")
  void endpointForManagersAndOperatorsOnly() throws Exception {
    requestCase();
    authorizations.ensure(); // Tasklist for branch-0001, created by the fixture after start-up
    var manager = new WebappSession(port).login("cockpit", "gerentetablero", PASSWORD);
    var response = manager.get(PLUGIN + "/dashboard");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("openCases").asLong()).isEqualTo(fromRegistry(clock.instant()).open());
    assertThat(json.readTree(manager.get(PLUGIN + "/access").body()).path("dashboard").asBoolean())
        .isTrue();
    assertThat(manager.get(PLUGIN + "/cases?window=PICKUP&when=past").statusCode()).isEqualTo(200);
    assertThat(manager.get(PLUGIN + "/cases?window=NADA&when=past").statusCode()).isEqualTo(400);

    var operator = new WebappSession(port).login("cockpit", "operador", "admin-test-password");
    assertThat(operator.get(PLUGIN + "/dashboard").statusCode()).isEqualTo(200);

    var branch = new WebappSession(port).login("tasklist", "oficinatablero", PASSWORD);
    var refused = branch.get(PLUGIN + "/dashboard");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("no tiene acceso");
    assertThat(branch.get(PLUGIN + "/cases?status=SOLICITADO").statusCode()).isEqualTo(403);
    assertThat(branch.get(PLUGIN + "/stock").statusCode()).isEqualTo(403);
    assertThat(branch.get(PLUGIN + "/expiring.csv").statusCode()).isEqualTo(403);

    var backoffice = new WebappSession(port).login("tasklist", "analistatablero", PASSWORD);
    assertThat(backoffice.get(PLUGIN + "/dashboard").statusCode()).isEqualTo(403);
    var stock = backoffice.get(PLUGIN + "/stock");
    assertThat(stock.statusCode()).isEqualTo(200);
    assertThat(new String(stock.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"offices\"", "\"lowThreshold\"");
    var refusedLot = backoffice.post(PLUGIN + "/stock/lots",
        "{\"branchOffice\":\"0001\",\"serials\":\"5123\"}");
    assertThat(refusedLot.statusCode()).isEqualTo(400);
    assertThat(refusedLot.body()).contains("Seriales no válidos");
    assertThat(manager.post(PLUGIN + "/stock/lots", "{\"branchOffice\":\"0001\",\"serials\":\""
        + fixtures.newSerial() + "\"}").statusCode()).as("managers only read").isEqualTo(403);

    assertThat(new WebappSession(port).get(PLUGIN + "/dashboard").statusCode())
        .as("no session").isIn(401, 403);

    // Back office's entry in Tasklist ("Inventario de tokens") loads the dashboard's stock module
    // by a relative import: both files are served where the import points.
    String tasklistPlugin = "/api/tasklist/plugin/inventario-tokens/static/app/plugin.js";
    var entry = backoffice.get(tasklistPlugin);
    assertThat(entry.statusCode()).isEqualTo(200);
    String script = new String(entry.body(), java.nio.charset.StandardCharsets.UTF_8);
    var importPath = java.util.regex.Pattern.compile("from '([^']+stock\\.js)'").matcher(script);
    assertThat(importPath.find()).isTrue();
    String shared = java.net.URI.create("http://host/camunda" + tasklistPlugin)
        .resolve(importPath.group(1)).getPath().replaceFirst("^/camunda", "");
    assertThat(shared).isEqualTo("/api/cockpit/plugin/tablero-gerencia/static/app/stock.js");
    assertThat(backoffice.get(shared).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-B7 Devolver al inventario un token entregado por error: back office anula la entrega; gerente y oficina reciben 403 y nada cambia")
  void returnToStockUndoesTheDeliveryForBackOfficeOnly() throws Exception {
    TestCompany company = fixtures.company();
    String number = requestCase(company);
    runDueJobs();
    String branchGroup = "branch-" + company.office();
    Task visa = openTask(number);
    asUser("oficina" + company.office(), branchGroup, () -> completeTask(visa,
        fixtures.approvedVisa(number, visa.getId(), "oficina" + company.office(), branchGroup)));
    runDueJobs();
    Map<String, Object> delivery = fixtures.stockedDelivery(company.office(), company.operatorId());
    String serial = (String) delivery.get("newDeviceSerial");
    asUser("oficina" + company.office(), branchGroup,
        () -> completeTask(openTask(number), delivery));
    runDueJobs();
    authorizations.ensure();
    String body = "{\"serial\":\"" + serial + "\",\"reason\":\"Se entregó el token de otra caja\"}";

    for (var refused : List.of(
        new WebappSession(port).login("cockpit", "gerentetablero", PASSWORD),
        new WebappSession(port).login("tasklist", "oficinatablero", PASSWORD))) {
      refused.get(PLUGIN + "/access"); // the session's CSRF token
      var answer = refused.post(PLUGIN + "/stock/returns", body);
      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("no tiene acceso");
    }
    assertThat(statusOf(number)).isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);

    var backoffice = new WebappSession(port).login("tasklist", "analistatablero", PASSWORD);
    backoffice.get(PLUGIN + "/access");
    var noReason = backoffice.post(PLUGIN + "/stock/returns", "{\"serial\":\"" + serial + "\"}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    var returned = backoffice.post(PLUGIN + "/stock/returns", body);
    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    assertThat(json.readTree(returned.body()).path("undoneCase").asText()).isEqualTo(number);
    assertConsistent(number);
    assertThat(statusOf(number)).isEqualTo(RenewalStatus.SOLICITADO);
    assertThat(openTask(number).getTaskDefinitionKey()).isEqualTo("Task_DeliverToken");
    assertThat(inTransaction(() -> renewals.history(renewals.get(number))).stream()
        .filter(e -> e.getAction().equals("ENTREGA_ANULADA")).map(RenewalEvent::getActor))
        .containsExactly("analistatablero");
  }

  private Task openTask(String number) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .singleResult();
  }

  private RenewalStatus statusOf(String number) {
    return renewals.get(number).getStatus();
  }

  private void asUser(String user, String group, Runnable action) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
