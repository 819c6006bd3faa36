package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registration.SmsOutbox;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Model-based test: random sequences of what the portal, the branch, back office, managers, the
 * clock and the SMTP server do, across several companies and their devices, the renewal before
 * and after expiry and the registration (process 3). After every step the invariant registry ⇔
 * process holds ({@link CaseInvariant}) and no incident exists except e-mails while SMTP is down.
 * CI runs fixed seeds; {@code -DcaseModel.runs=20 -DcaseModel.steps=400} runs more, random seeds
 * (each printed, so a failure can be replayed with {@code -DcaseModel.seeds=<seed>}).
 */
@DisplayName("Prueba basada en modelo: secuencias aleatorias sin separar registro y proceso")
class CaseModelTest extends IntegrationTest {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired SmsOutbox sms;
  @Autowired JavaMailSenderImpl mailSender;

  private int realPort;
  private boolean smtpDown;
  private Random random;
  private final List<TestCompany> companies = new ArrayList<>();
  private final Set<String> cases = new LinkedHashSet<>();
  /** Confirmation number → serial delivered by the case. */
  private final Map<String, String> delivered = new LinkedHashMap<>();
  private final List<String> trace = new ArrayList<>();

  static Stream<Long> seeds() {
    String seeds = System.getProperty("caseModel.seeds");
    if (seeds != null) {
      return Stream.of(seeds.split(",")).map(String::strip).map(Long::valueOf);
    }
    int runs = Integer.getInteger("caseModel.runs", 0);
    return runs > 0 ? LongStream.range(0, runs).map(i -> new Random().nextLong()).boxed()
        : Stream.of(1L); // finds bug 1 of issue 12 on the old code at step 16 (docs/case-state.md)
  }

  @AfterEach
  void smtpBack() {
    if (realPort != 0) {
      mailSender.setPort(realPort);
    }
  }

  private PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  @ParameterizedTest(name = "semilla {0}")
  @MethodSource("seeds")
  void randomSequencesKeepOneTruthPerCase(long seed) {
    random = new Random(seed);
    realPort = mailSender.getPort();
    for (int i = 0; i < 3; i++) {
      companies.add(fixtures.company(Duration.ofDays(30 + random.nextInt(60)),
          Duration.ofDays(3 + random.nextInt(15))));
    }
    int steps = Integer.getInteger("caseModel.steps", 100);
    for (int step = 0; step < steps; step++) {
      String action = step(random.nextInt(100));
      for (int retry = 0; retry < 4 && action.endsWith("ninguna"); retry++) {
        action = step(random.nextInt(100)); // nothing to do there: pick another action
      }
      trace.add(step + " " + action);
      runDueJobs();
      String context = "seed " + seed + ", steps:\n" + String.join("\n", trace);
      assertThat(new ArrayList<>(cases)).as(context).allSatisfy(n -> assertConsistent(n));
      assertThat(unexpectedIncidents()).as(context).isEmpty();
    }
    System.out.println("CaseModelTest seed " + seed + ":\n" + String.join("\n", trace));
  }

  private String step(int dice) {
    if (dice < 15) {
      return requestRenewal();
    } else if (dice < 30) {
      return completeBranchTask("Task_VisaSignature");
    } else if (dice < 42) {
      return completeBranchTask("Task_DeliverToken");
    } else if (dice < 50) {
      return adminActivation();
    } else if (dice < 60) {
      return registration();
    } else if (dice < 72) {
      return backOffice();
    } else if (dice < 76) {
      return unassignment();
    } else if (dice < 92) {
      Duration by = List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(25),
          Duration.ofHours(25), Duration.ofDays(3), Duration.ofDays(8)).get(random.nextInt(6));
      clock.setInstant(clock.instant().plus(by));
      return "reloj +" + by;
    } else {
      try (ServerSocket closed = new ServerSocket(0)) {
        smtpDown = !smtpDown;
        mailSender.setPort(smtpDown ? closed.getLocalPort() : realPort);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      return smtpDown ? "SMTP caído" : "SMTP de vuelta";
    }
  }

  private <T> T pick(List<T> from) {
    return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  private TestCompany company() {
    return pick(companies);
  }

  private String adminCode(TestCompany company) {
    clock.setInstant(clock.instant().plusSeconds(31)); // a dynamic code is accepted only once
    return fixtures.codeOf(company.adminSerial());
  }

  private void expectNoServerError(PortalClient.Response response) {
    assertThat(response.status()).as(response.raw()).isLessThan(500);
  }

  private String requestRenewal() {
    TestCompany company = company();
    String serial = random.nextBoolean() ? company.operatorSerial() : company.adminSerial();
    var response = portal().post("/renewals", PortalClient.renewal(company, adminCode(company),
        Map.of("deviceSerial", serial)));
    expectNoServerError(response);
    if (response.status() == 201) {
      cases.add(response.body().path("renewals").path(0).path("confirmationNumber").asText());
    }
    return "solicitud " + serial + " → " + response.status();
  }

  private List<Task> tasks(String key) {
    if (cases.isEmpty()) {
      return List.of();
    }
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list().stream()
        .filter(t -> cases.contains(businessKey(t))).toList();
  }

  private String businessKey(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
  }

  private String complete(Task task, String user, String group, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      completeTask(task, variables);
      return "hecha";
    } catch (InvalidInputException | RuleRefusedException | ConflictException
             | NotFoundException refused) {
      return "rechazada: " + refused.getMessage();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String completeBranchTask(String key) {
    Task task = pick(tasks(key));
    if (task == null) {
      return key + ": ninguna";
    }
    String number = businessKey(task);
    String group = "branch-" + inTransaction(() ->
        renewals.get(number).getBranchOffice().getCode());
    if (key.equals("Task_VisaSignature")) {
      boolean approved = random.nextInt(5) > 0;
      Map<String, Object> variables = approved
          ? fixtures.approvedVisa(number, task.getId(), "oficina", group)
          : fixtures.rejectedVisa(task.getId(), "oficina", group, "La firma no coincide");
      return key + " " + number + " " + complete(task, "oficina", group, variables);
    }
    Map<String, Object> variables = fixtures.stockedDelivery(group.substring("branch-".length()),
        inTransaction(() -> renewals.get(number).holder().getIdNumber()));
    String outcome = complete(task, "oficina", group, variables);
    if (outcome.equals("hecha")) {
      delivered.put(number, (String) variables.get("newDeviceSerial"));
    }
    return key + " " + number + " " + outcome;
  }

  private String adminActivation() {
    String number = pick(new ArrayList<>(delivered.keySet()));
    if (number == null) {
      return "activación: ninguna";
    }
    TestCompany company = companyOf(number);
    var response = portal().post("/renewals/" + number + "/activation", Map.of(
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "newDeviceSerial", delivered.get(number), "dynamicCode", adminCode(company)));
    expectNoServerError(response);
    return "activación " + number + " → " + response.status();
  }

  private TestCompany companyOf(String number) {
    String nit = inTransaction(() -> renewals.get(number).getCompany().getNit());
    return companies.stream().filter(c -> c.nit().equals(nit)).findFirst().orElseThrow();
  }

  /** Process 3 from start to password, stopping at the first refusal. */
  private String registration() {
    String number = pick(new ArrayList<>(delivered.keySet()));
    if (number == null) {
      return "registro: ninguna";
    }
    TestCompany company = companyOf(number);
    String holderId = inTransaction(() -> renewals.get(number).holder().getIdNumber());
    boolean admin = holderId.equals(company.adminId());
    String mobile = inTransaction(() -> renewals.get(number).holder().getMobile());
    var started = portal().post("/registrations", Map.of("companyNit", company.nit(),
        "idType", "CC", "idNumber", holderId, "actsAsAdmin", admin));
    expectNoServerError(started);
    if (started.status() != 201) {
      return "registro " + number + " → " + started.status();
    }
    String id = started.body().path("id").asText();
    List<Map.Entry<String, Object>> calls = new ArrayList<>();
    var confirm = portal().post("/registrations/" + id + "/confirmation",
        Map.of("dataCorrect", true));
    expectNoServerError(confirm);
    runDueJobs();
    List<SmsOutbox.Sms> received = sms.messages().stream().filter(m -> m.mobile().equals(mobile))
        .toList();
    if (received.isEmpty()) {
      return "registro " + number + " sin código";
    }
    Matcher code = CODE.matcher(received.get(received.size() - 1).text());
    code.find();
    calls.add(Map.entry("code", Map.of("code", code.group(1))));
    calls.add(Map.entry("terms", Map.of("accepted", true)));
    calls.add(Map.entry("serial", Map.of("serial", delivered.get(number))));
    for (var call : calls) {
      var response = portal().post("/registrations/" + id + "/" + call.getKey(), call.getValue());
      expectNoServerError(response);
      if (response.status() != 200) {
        return "registro " + number + " " + call.getKey() + " → " + response.status();
      }
    }
    var password = portal().post("/registrations/" + id + "/password", Map.of(
        "password", "Kq7mZ2xR", "adminDynamicCode", adminCode(company)));
    expectNoServerError(password);
    return "registro " + number + " completo → " + password.status();
  }

  private String backOffice() {
    List<String> keys = List.of("Task_RegisterEcon084", "Task_CheckEcon084",
        "Task_UnassignToken", "Task_ActivateNewSerial");
    String key = pick(keys);
    Task task = pick(tasks(key));
    if (task == null) {
      return key + ": ninguna";
    }
    String number = businessKey(task);
    Map<String, Object> variables = switch (key) {
      case "Task_RegisterEcon084" -> Map.of("receiptSignedByLegalRepresentative", true);
      case "Task_CheckEcon084" -> random.nextInt(4) > 0 ? Map.of("checkResult", "APPROVED",
          "verificationCode", fixtures.econ084Code(number))
          : Map.of("checkResult", "REJECTED", "checkObservations", "Firma distinta");
      case "Task_UnassignToken" -> Map.of("unassignmentConfirmed", true,
          "unassignmentReference", "DES-" + random.nextInt(1000));
      default -> Map.of("serialActivationConfirmed", true,
          "serialActivationReference", "ACT-" + random.nextInt(1000));
    };
    String group = key.equals("Task_RegisterEcon084")
        ? "branch-" + inTransaction(() -> renewals.get(number).getBranchOffice().getCode())
        : "backoffice";
    return key + " " + number + " " + complete(task, "analista", group,
        fixtures.withScanWhereTaken(task, "analista", group, variables));
  }

  private String unassignment() {
    TestCompany company = company();
    var response = portal().post("/unassignments", Map.of("companyNit", company.nit(),
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "dynamicCode", adminCode(company), "deviceSerial", company.operatorSerial(),
        "reason", "PERDIDA_FALLA_ROBO", "branchOffice", company.office(),
        "collector", Map.of("idType", "CC", "idNumber", "52123456",
            "names", "María Fernanda", "surnames", "Rojas Pérez")));
    expectNoServerError(response);
    if (response.status() == 201) {
      cases.add(response.body().path("confirmationNumber").asText());
    }
    return "desasignación " + company.operatorSerial() + " → " + response.status();
  }

  /** Incidents of the test's cases, except e-mails (SMTP down for a while is expected). */
  private List<String> unexpectedIncidents() {
    List<String> found = new ArrayList<>();
    for (String number : cases) {
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(number).list()) {
        for (Incident incident : engine.getRuntimeService().createIncidentQuery()
            .processInstanceId(instance.getId()).list()) {
          if (!incident.getActivityId().startsWith("Task_Email")) {
            found.add(number + " " + incident.getActivityId() + ": "
                + incident.getIncidentMessage());
          }
        }
      }
    }
    return found;
  }
}
