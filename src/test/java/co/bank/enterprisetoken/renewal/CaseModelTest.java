package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registration.SmsOutbox;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.virtualtoken.DemoIdentityQuestionnaire;
import co.bank.enterprisetoken.virtualtoken.IdentityQuestionnaire;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenCaseRepository;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenStep;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenSteps;
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
 * and after expiry, the registration (process 3) and the virtual token (process 4). After every
 * step the invariant registry ⇔ process holds ({@link CaseInvariant} for renewals, the step of
 * each virtual-token case against its process's position) and no incident exists except e-mails
 * while SMTP is down.
 * CI runs fixed seeds; {@code -DcaseModel.runs=20 -DcaseModel.steps=400} runs more, random seeds
 * (each printed, so a failure can be replayed with {@code -DcaseModel.seeds=<seed>}).
 */
@DisplayName("Prueba basada en modelo: secuencias aleatorias sin separar registro y proceso")
class CaseModelTest extends IntegrationTest {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
  private static final Map<String, String> WRONG_ANSWERS = Map.of("mobile", "07",
      "surname", "MEJÍA", "company", "Otra S.A.");

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired SmsOutbox sms;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired VirtualTokenCaseRepository virtualTokenCases;
  @Autowired BankUserRepository users;
  @Autowired CompanyRepository registeredCompanies;

  private int realPort;
  private boolean smtpDown;
  private Random random;
  private final List<TestCompany> companies = new ArrayList<>();
  private final Set<String> cases = new LinkedHashSet<>();
  /** Confirmation number → serial delivered by the case. */
  private final Map<String, String> delivered = new LinkedHashMap<>();
  private final List<String> trace = new ArrayList<>();
  /** Virtual-token case id → its holder (company, id number, registered e-mail). */
  private final Map<String, VirtualTokenHolder> virtualTokens = new LinkedHashMap<>();

  private record VirtualTokenHolder(TestCompany company, String idNumber, String email) {}

  /**
   * Where the process of a virtual-token case may wait, per open step (R-T2..R-T9): at one of
   * these. The e-mails, the support task and the download scope may stand beside it; a closed case
   * waits at none. Before its link is out (SMTP down) a new case stands at Task_SendLink.
   */
  private static final Map<VirtualTokenStep, Set<String>> VIRTUAL_TOKEN_POSITIONS = Map.of(
      VirtualTokenStep.AWAITING_CONTRACT, Set.of("Task_SendLink", "Event_ContractAccepted"),
      VirtualTokenStep.AWAITING_IDENTITY, Set.of("Event_IdentityVerified"),
      VirtualTokenStep.AWAITING_QUESTIONNAIRE, Set.of("Task_Questionnaire"),
      VirtualTokenStep.QUESTIONNAIRE_LOCKED, Set.of("Task_QuestionnaireLocked"),
      VirtualTokenStep.AWAITING_CERTIFICATE, Set.of("Event_CertificateRequested"),
      VirtualTokenStep.AWAITING_PASSWORD, Set.of("Event_PasswordCreated"),
      VirtualTokenStep.AWAITING_INSTALLATION, Set.of("Event_InstallationConfirmed"));
  private static final Set<String> VIRTUAL_TOKEN_WAITS = VIRTUAL_TOKEN_POSITIONS.values().stream()
      .flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());

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
      assertThat(virtualTokenSplits()).as(context).isEmpty();
      assertThat(unexpectedIncidents()).as(context).isEmpty();
    }
    System.out.println("CaseModelTest seed " + seed + ":\n" + String.join("\n", trace));
  }

  private String step(int dice) {
    if (dice < 12) {
      return requestRenewal();
    } else if (dice < 24) {
      return completeBranchTask("Task_VisaSignature");
    } else if (dice < 34) {
      return completeBranchTask("Task_DeliverToken");
    } else if (dice < 40) {
      return adminActivation();
    } else if (dice < 48) {
      return registration();
    } else if (dice < 58) {
      return backOffice();
    } else if (dice < 61) {
      return unassignment();
    } else if (dice < 66) {
      return requestVirtualToken();
    } else if (dice < 78) {
      return virtualTokenStep();
    } else if (dice < 80) {
      return virtualTokenSupport();
    } else if (dice < 83) {
      return undoDelivery();
    } else if (dice < 93) {
      // 31 days: the virtual token's 3-month window and its closing warning fall due in a run.
      Duration by = List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(25),
          Duration.ofHours(25), Duration.ofDays(3), Duration.ofDays(8), Duration.ofDays(31))
          .get(random.nextInt(7));
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

  /** Back office returns a delivered token to stock (R-B7): the case waits for delivery again. */
  private String undoDelivery() {
    String number = pick(new ArrayList<>(delivered.keySet()));
    if (number == null) {
      return "devolución: ninguna";
    }
    try {
      renewals.returnToStock(delivered.get(number), "analista", "Entregado por error");
      delivered.remove(number);
      return "devolución " + number + " hecha";
    } catch (InvalidInputException | RuleRefusedException | ConflictException
             | NotFoundException refused) {
      return "devolución " + number + " rechazada: " + refused.getMessage();
    }
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

  private String requestVirtualToken() {
    TestCompany company = company();
    String idNumber = random.nextBoolean() ? company.adminId() : company.operatorId();
    String kind = random.nextInt(4) > 0 ? "NEW" : "RENEWAL";
    var response = virtualTokenSteps().start(company.nit(), idNumber, kind);
    expectNoServerError(response);
    if (response.status() == 201) {
      String email = inTransaction(() -> holder(company, idNumber).getEmail());
      virtualTokens.put(response.body().path("id").asText(),
          new VirtualTokenHolder(company, idNumber, email));
    }
    return "token virtual " + kind + " " + idNumber + " → " + response.status();
  }

  private VirtualTokenSteps virtualTokenSteps() {
    return new VirtualTokenSteps(portal());
  }

  private BankUser holder(TestCompany company, String idNumber) {
    return users.findByCompanyAndIdTypeAndIdNumber(
        registeredCompanies.findByNit(company.nit()).orElseThrow(), IdType.CC, idNumber)
        .orElseThrow();
  }

  /** The portal call the holder of an open virtual-token case makes next (R-T2..R-T9). */
  private String virtualTokenStep() {
    List<String> open = virtualTokens.keySet().stream()
        .filter(id -> !virtualTokenStepOf(id).isClosed()).toList();
    String id = pick(open);
    if (id == null) {
      return "token virtual: ninguna";
    }
    VirtualTokenHolder holder = virtualTokens.get(id);
    VirtualTokenSteps steps = virtualTokenSteps();
    VirtualTokenStep step = virtualTokenStepOf(id);
    PortalClient.Response response = switch (step) {
      case AWAITING_CONTRACT -> VirtualTokenSteps.linkToken(mailsTo(holder.email()), id)
          .map(token -> steps.contract(id, token)).orElse(null);
      case AWAITING_IDENTITY -> steps.identity(id, holder.idNumber(), "2005-03-14");
      case AWAITING_QUESTIONNAIRE, QUESTIONNAIRE_LOCKED -> steps.answers(id,
          random.nextInt(3) > 0 ? rightAnswers(holder) : WRONG_ANSWERS);
      case AWAITING_CERTIFICATE -> steps.certificate(id);
      case AWAITING_PASSWORD -> steps.password(id, "Firma2024Segura");
      case AWAITING_INSTALLATION -> steps.installation(id);
      default -> throw new IllegalStateException("closed: " + step);
    };
    if (response == null) {
      return "token virtual " + id + " " + step + " sin enlace";
    }
    expectNoServerError(response);
    return "token virtual " + id + " " + step + " → " + response.status();
  }

  private Map<String, String> rightAnswers(VirtualTokenHolder holder) {
    return inTransaction(() -> {
      BankUser user = holder(holder.company(), holder.idNumber());
      return DemoIdentityQuestionnaire.correctAnswers(
          new IdentityQuestionnaire.Holder(user, null, user.getCompany().getName()));
    });
  }

  private VirtualTokenStep virtualTokenStepOf(String id) {
    return inTransaction(() -> virtualTokenCases.findById(id).orElseThrow().getStep());
  }

  /** Back office's support of a virtual-token holder (Tasklist), confirming or only helping. */
  private String virtualTokenSupport() {
    List<Task> open = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey("Task_SupportHolder").list().stream()
        .filter(t -> virtualTokens.containsKey(businessKey(t))).toList();
    Task task = pick(open);
    if (task == null) {
      return "acompañamiento: ninguna";
    }
    return "acompañamiento " + businessKey(task) + " " + complete(task, "analista", "backoffice",
        Map.of("supportNotes", "Llamé al titular", "installationConfirmed", random.nextBoolean()));
  }

  /** Virtual-token cases whose step and process position disagree. */
  private List<String> virtualTokenSplits() {
    List<String> found = new ArrayList<>();
    for (String id : virtualTokens.keySet()) {
      VirtualTokenStep step = virtualTokenStepOf(id);
      Set<String> waiting = new LinkedHashSet<>();
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(id).list()) {
        engine.getRuntimeService().getActiveActivityIds(instance.getId()).stream()
            .filter(VIRTUAL_TOKEN_WAITS::contains).forEach(waiting::add);
      }
      boolean agree = step.isClosed() ? waiting.isEmpty()
          : waiting.size() == 1 && VIRTUAL_TOKEN_POSITIONS.get(step).containsAll(waiting);
      if (!agree) {
        found.add(id + " " + step + " en " + waiting);
      }
    }
    return found;
  }

  /** Incidents of the test's cases, except e-mails (SMTP down for a while is expected). */
  private List<String> unexpectedIncidents() {
    List<String> found = new ArrayList<>();
    for (String number : Stream.concat(cases.stream(), virtualTokens.keySet().stream()).toList()) {
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(number).list()) {
        for (Incident incident : engine.getRuntimeService().createIncidentQuery()
            .processInstanceId(instance.getId()).list()) {
          // Task_SendLink e-mails the virtual token's link itself.
          if (!incident.getActivityId().startsWith("Task_Email")
              && !incident.getActivityId().equals("Task_SendLink")) {
            found.add(number + " " + incident.getActivityId() + ": "
                + incident.getIncidentMessage());
          }
        }
      }
    }
    return found;
  }
}
