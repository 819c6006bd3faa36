package co.bank.enterprisetoken.demo;

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
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo companies (valid NITs), admins and operators with tokens expiring in the past, this week,
 * next month and next year, three branch offices, and a user for every role (docs/rules.md). Runs once
 * on an empty registry; users are created when missing.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
@Order(0)
public class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final BranchOfficeRepository offices;
  private final IdentityService identity;
  private final Clock clock;
  private final String password;

  DemoData(CompanyRepository companies, BankUserRepository users, DeviceRepository devices,
      BranchOfficeRepository offices, IdentityService identity, Clock clock,
      @Value("${enterprise-token.demo.password}") String password) {
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.offices = offices;
    this.identity = identity;
    this.clock = clock;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    staff();
    if (companies.count() > 0) {
      return;
    }
    offices.save(new BranchOffice("0001", "Oficina Chapinero", "Bogotá", "oficina0001@banco.example"));
    offices.save(new BranchOffice("0002", "Oficina El Poblado", "Medellín", "oficina0002@banco.example"));
    offices.save(new BranchOffice("0003", "Oficina Granada", "Cali", "oficina0003@banco.example"));

    Company nunez = companies.save(new Company("900123456-8", "Ferretería Núñez S.A.S.",
        "gerencia@ferreterianunez.example", "Jorge Núñez Castro", IdType.CC, "19345678"));
    device("4000000001", user(nunez, Profile.ADMIN, IdType.CC, "52345678", "Laura", "Gómez Díaz",
        "laura.gomez@ferreterianunez.example", "3001234567"), days(20));
    device("4000000002", user(nunez, Profile.OPERATOR, IdType.CC, "80123456", "Andrés",
        "Pérez Rojas", "andres.perez@ferreterianunez.example", "3109876543"), days(4));
    device("4000000003", user(nunez, Profile.OPERATOR, IdType.CC, "1020304050", "Camila",
        "Torres Ruiz", "camila.torres@ferreterianunez.example", "3201112233"), days(-10));
    // A new client: token assigned, not activated; registers in the portal (process 3).
    devices.save(new Device("4000000004", user(nunez, Profile.OPERATOR, IdType.CC, "1032456789",
        "Sofía", "Martínez Vargas", "sofia.martinez@ferreterianunez.example", "3214445566"),
        DeviceType.PHYSICAL, DeviceState.DELIVERED, days(3 * 365),
        TotpDynamicCodeVerifier.newSecret()));
    // Holder of the virtual-token walkthrough (process 4): no signing user yet, so a NEW token.
    device("4000000005", user(nunez, Profile.OPERATOR, IdType.CC, "1019876543", "Mateo",
        "Rincón Salazar", "mateo.rincon@ferreterianunez.example", "3157778899"), days(300));

    Company andinas = companies.save(new Company("901234567-7", "Distribuciones Andinas Ltda.",
        "tesoreria@andinas.example", "Marta Lucía Ospina", IdType.CC, "41234567"));
    device("4000000011", user(andinas, Profile.ADMIN, IdType.CC, "79876543", "Carlos",
        "Ramírez Soto", "carlos.ramirez@andinas.example", "3155550101"), days(400));
    device("4000000012", user(andinas, Profile.OPERATOR, IdType.CE, "456789", "Diana",
        "López Mejía", "diana.lopez@andinas.example", "3165550102"), days(35));
    // An admin's token that expired with no case: what a branch's ECON-084 intake takes (situation 1).
    device("4000000013", user(andinas, Profile.ADMIN, IdType.CC, "41234567", "Marta Lucía",
        "Ospina", "marta.ospina@andinas.example", "3155550103"), days(-5));

    Company valle = companies.save(new Company("800987654-4", "Transportes del Valle S.A.",
        "contabilidad@transvalle.example", "Ricardo Mora Silva", IdType.CC, "16789012"));
    device("4000000021", user(valle, Profile.ADMIN, IdType.CC, "16789012", "Ricardo",
        "Mora Silva", "ricardo.mora@transvalle.example", "3175550201"), days(2));
    device("4000000022", user(valle, Profile.OPERATOR, IdType.PA, "AB123456", "Paula",
        "Castro Vega", "paula.castro@transvalle.example", "3185550202"), days(45));
    LOG.info("Demo registry created: 3 companies, 10 users, 10 tokens, 3 branch offices");
  }

  private Instant days(int days) {
    return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
  }

  private BankUser user(Company company, Profile profile, IdType idType, String idNumber,
      String names, String surnames, String email, String mobile) {
    return users.save(new BankUser(company, profile, idType, idNumber, names, surnames, email, mobile));
  }

  private void device(String serial, BankUser holder, Instant expiresAt) {
    devices.save(new Device(serial, holder, DeviceType.PHYSICAL, DeviceState.ACTIVE, expiresAt,
        TotpDynamicCodeVerifier.newSecret()));
  }

  /**
   * A user per role (docs/rules.md "Who uses it"): the operator is camunda.bpm.admin-user, the portal
   * user comes from {@code IdentityBootstrap}; the role groups exist already.
   */
  private void staff() {
    group("branch-0001", "Oficina 0001 Chapinero");
    group("branch-0002", "Oficina 0002 El Poblado");
    group("branch-0003", "Oficina 0003 Granada");
    user("analista", "Ana", "Back Office", "backoffice");
    user("gerente", "Gustavo", "Gerente", "managers");
    user("oficina0001", "Olga", "Chapinero", "branch-0001");
    user("oficina0002", "Óscar", "El Poblado", "branch-0002");
    user("oficina0003", "Oriana", "Granada", "branch-0003");
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@banco.example");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
    }
  }
}
