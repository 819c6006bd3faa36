package co.bank.enterprisetoken.support;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.DynamicCodeVerifier;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import co.bank.enterprisetoken.stock.LotInput;
import co.bank.enterprisetoken.stock.TokenStock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds registry data for a test: every company, user and serial is new, so tests never see each
 * other's data, on H2 or on a shared PostgreSQL.
 */
public class Fixtures {

  private static final AtomicLong SEQUENCE =
      new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L));

  private final ApplicationContext context;

  public Fixtures(ApplicationContext context) {
    this.context = context;
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /**
   * The verification code printed on the case's current {@code form}, as a clerk reads it off the
   * paper (XXXXX-XXXXX).
   */
  public String verificationCode(String caseNumber,
      co.bank.enterprisetoken.documents.DocumentType.PaperForm form) {
    return co.bank.enterprisetoken.documents.VerificationCode.display(
        bean(co.bank.enterprisetoken.documents.FormVerification.class).current(caseNumber, form)
            .orElseThrow(() -> new AssertionError("No " + form + " issued for " + caseNumber))
            .getVerificationCode());
  }

  /** The verification code of the case's delivery form (request or unassignment form). */
  public String deliveryFormCode(String caseNumber) {
    return verificationCode(caseNumber,
        co.bank.enterprisetoken.documents.DocumentType.PaperForm.DELIVERY_AUTHORIZATION);
  }

  /** The verification code of the case's ECON-084. */
  public String econ084Code(String caseNumber) {
    return verificationCode(caseNumber,
        co.bank.enterprisetoken.documents.DocumentType.PaperForm.ECON_084);
  }

  /** The evidence reference the fixtures' visas carry (the clerk's filing reference). */
  public static final String VISA_EVIDENCE = "EV-2026-0042";

  /**
   * The variables of a positive visa as a clerk gives it: the scan of the signed paper uploaded to
   * the visa task by {@code user} of {@code group}, the evidence reference {@link #VISA_EVIDENCE}
   * and the verification code read off the case's delivery form. Mutable: tests change a field to
   * see it refused.
   */
  public Map<String, Object> approvedVisa(String caseNumber, String taskId, String user,
      String group) {
    Map<String, Object> variables = visa("APPROVED", taskId, user, group);
    variables.put("verificationCode", deliveryFormCode(caseNumber));
    return variables;
  }

  /**
   * The variables of a visa the clerk rejects because the signature does not match: the scan of the
   * paper, the evidence reference {@link #VISA_EVIDENCE} and the {@code reason} (required: null to
   * see it refused). Mutable, as {@link #approvedVisa}.
   */
  public Map<String, Object> rejectedVisa(String taskId, String user, String group,
      String reason) {
    Map<String, Object> variables = visa("REJECTED", taskId, user, group);
    variables.put("visaObservations", reason);
    return variables;
  }

  private Map<String, Object> visa(String result, String taskId, String user, String group) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("visaResult", result);
    variables.put("visaEvidenceReference", VISA_EVIDENCE);
    variables.put(EvidenceScanService.SCAN_IDS, scanFor(taskId, user, group));
    return variables;
  }

  /**
   * {@code variables} with a real scan of the paper uploaded to {@code task}, when the task takes
   * one (visa, ECON-084 receipt, unassignment) and the test gave none.
   */
  public Map<String, Object> withScanWhereTaken(org.camunda.bpm.engine.task.Task task,
      String user, String group, Map<String, Object> variables) {
    Map<String, Object> withScan = new LinkedHashMap<>(variables);
    if (co.bank.enterprisetoken.evidence.ScanPurpose.ofTask(task.getTaskDefinitionKey())
        .isPresent()) {
      withScan.computeIfAbsent(EvidenceScanService.SCAN_IDS, k -> scanFor(task.getId(), user,
          group));
    }
    return withScan;
  }

  /** A real scan uploaded to the task (visa, ECON-084 receipt, unassignment); returns its id. */
  public String scanFor(String taskId, String user, String group) {
    return TestScans.uploadFor(bean(EvidenceScanService.class), taskId, user, group);
  }

  /**
   * The variables of a delivery to the holder {@code holderId} (CC, document checked) of a serial
   * taken from the stock of {@code office}, as the branch delivers it; the serial is under
   * {@code newDeviceSerial}.
   */
  public Map<String, Object> stockedDelivery(String office, String holderId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("deliveryRecipient", "HOLDER");
    variables.put("presentedIdType", "CC");
    variables.put("presentedIdNumber", holderId);
    variables.put("identityDocumentChecked", true);
    variables.put("newDeviceSerial", stockedSerial(office));
    return variables;
  }

  /** A company with an admin (token expiring in 20 days) and an operator (in 5 days). */
  public TestCompany company() {
    return company(Duration.ofDays(20), Duration.ofDays(5));
  }

  public TestCompany company(Duration adminExpiresIn, Duration operatorExpiresIn) {
    Instant now = bean(Clock.class).instant();
    return bean(TransactionTemplate.class).execute(tx -> {
      long n = SEQUENCE.incrementAndGet();
      BranchOffice office = bean(BranchOfficeRepository.class).findById("0001").orElseGet(() -> {
        BranchOffice created = bean(BranchOfficeRepository.class).save(new BranchOffice("0001",
            "Oficina Chapinero", "Bogotá", "oficina0001@banco.example"));
        // As after registering an office in production: its staff group gets Tasklist's grants
        // (among them READ on the definitions, which the coverage collector reads as the user).
        bean(co.bank.enterprisetoken.webapp.WebappAuthorizations.class).ensure();
        return created;
      });
      String base = String.format("9%08d", n % 100_000_000L);
      String nit = base + "-" + InputRules.nitCheckDigit(base);
      Company company = bean(CompanyRepository.class).save(new Company(nit,
          "Ferretería Núñez " + n + " S.A.S.", "empresa" + n + "@clientes.example",
          "Jorge Núñez Castro", IdType.CC, "19345678"));
      BankUser admin = user(company, Profile.ADMIN, "5" + (n % 1_000_000_000L), "Laura",
          "Gómez Díaz");
      BankUser operator = user(company, Profile.OPERATOR, "8" + (n % 1_000_000_000L), "Andrés",
          "Pérez Rojas");
      Device adminToken = device(admin, now.plus(adminExpiresIn));
      Device operatorToken = device(operator, now.plus(operatorExpiresIn));
      return new TestCompany(company.getNit(), company.getEmail(), office.getCode(),
          admin.getIdNumber(), adminToken.getSerial(), operator.getIdNumber(),
          operatorToken.getSerial());
    });
  }

  private BankUser user(Company company, Profile profile, String idNumber, String names,
      String surnames) {
    return bean(BankUserRepository.class).save(new BankUser(company, profile, IdType.CC, idNumber,
        names, surnames, names.toLowerCase() + idNumber + "@clientes.example", "3001234567"));
  }

  private Device device(BankUser holder, Instant expiresAt) {
    return bean(DeviceRepository.class).save(new Device(newSerial(), holder, DeviceType.PHYSICAL,
        DeviceState.ACTIVE, expiresAt, TotpDynamicCodeVerifier.newSecret()));
  }

  /**
   * A new user of {@code company} (ADMIN or OPERATOR) holding a token assigned but not activated
   * (DELIVERED), as after the delivery at a branch or for a new client (process 3).
   */
  public NewUser newUserWithDeliveredToken(TestCompany company, Profile profile) {
    Instant now = bean(Clock.class).instant();
    return bean(TransactionTemplate.class).execute(tx -> {
      long n = SEQUENCE.incrementAndGet();
      Company c = bean(CompanyRepository.class).findByNit(company.nit()).orElseThrow();
      String mobile = String.format("3%09d", n % 1_000_000_000L);
      BankUser user = bean(BankUserRepository.class).save(new BankUser(c, profile, IdType.CC,
          "7" + (n % 1_000_000_000L), "Sofía", "Martínez Vargas",
          "sofia" + n + "@clientes.example", mobile));
      Device token = bean(DeviceRepository.class).save(new Device(newSerial(), user,
          DeviceType.PHYSICAL, DeviceState.DELIVERED, now.plus(Duration.ofDays(1095)),
          TotpDynamicCodeVerifier.newSecret()));
      return new NewUser(user.getIdNumber(), token.getSerial(), user.getEmail(), mobile);
    });
  }

  public record NewUser(String idNumber, String serial, String email, String mobile) {}

  /** A serial no device has yet (R-V4 format). */
  public String newSerial() {
    return String.format("4%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
  }

  /** A new serial in the stock of {@code office} (a lot of one token): deliverable there. */
  public String stockedSerial(String office) {
    String serial = newSerial();
    bean(TokenStock.class).registerLot(new LotInput(office, null, null, serial, null),
        "Lote de prueba");
    return serial;
  }

  /** The code the device shows now, as its holder would read it. */
  public String codeOf(String serial) {
    return bean(TransactionTemplate.class).execute(tx -> {
      Device device = bean(DeviceRepository.class).findBySerial(serial).orElseThrow();
      return bean(DynamicCodeVerifier.class).currentCode(device, bean(Clock.class).instant());
    });
  }

  public DeviceState stateOf(String serial) {
    return bean(TransactionTemplate.class).execute(tx ->
        bean(DeviceRepository.class).findBySerial(serial).orElseThrow().getState());
  }

  public record TestCompany(String nit, String email, String office, String adminId,
      String adminSerial, String operatorId, String operatorSerial) {}
}
