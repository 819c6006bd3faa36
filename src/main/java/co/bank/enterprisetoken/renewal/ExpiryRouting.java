package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one routing truth for an expired token: the DMN {@code expiry-situation} decides, and the
 * portal's refusals, the company's list of users, the branch's ECON-084 intake, the expiry timer
 * and the after-expiry process all ask here, so they always send the client the same way.
 * Not read-only: each evaluation writes the decision's history (Cockpit shows why a token was
 * sent where it was), which PostgreSQL refuses inside a read-only transaction.
 */
@Service
@Transactional
public class ExpiryRouting {

  public static final String DECISION_KEY = "expiry-situation";

  /** What each situation asks of the client, in the words the portal and the branch show. */
  public enum Situation {
    ECON084_UNASSIGN(1, "Debe llevar a la oficina el formato ECON-084 con la sección"
        + " DESASIGNACIÓN DE TOKEN marcada «Sin Renovar», firmado por el representante legal."),
    ECON084_ACTIVATION(2, "Debe llevar a la oficina el formato ECON-084 con la sección RENOVACIÓN"
        + " DE TOKEN marcada «Activación Token por Renovación» y el serial nuevo, firmado por el"
        + " representante legal."),
    PORTAL_UNASSIGNMENT(3, "El administrador de la empresa debe desasignar el dispositivo en el"
        + " portal (Administrar usuarios > Desasignar Dispositivo, motivo «Pérdida, falla o Robo»)"
        + " y el token nuevo se reclama en la oficina sin esperar.");

    private final int number;
    private final String whatToDo;

    Situation(int number, String whatToDo) {
      this.number = number;
      this.whatToDo = whatToDo;
    }

    public int number() {
      return number;
    }

    /** The client's next step, a full Spanish sentence. */
    public String whatToDo() {
      return whatToDo;
    }

    public static Situation of(int number) {
      for (Situation s : values()) {
        if (s.number == number) {
          return s;
        }
      }
      throw new IllegalArgumentException("Situación desconocida: " + number);
    }
  }

  private final DecisionService decisions;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final Clock clock;

  public ExpiryRouting(DecisionService decisions, BankUserRepository users,
      DeviceRepository devices, Clock clock) {
    this.decisions = decisions;
    this.users = users;
    this.devices = devices;
    this.clock = clock;
  }

  /** The DMN's situation for these facts. */
  public Situation decide(ExpiryFacts facts) {
    Number decided = decisions.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(facts.asVariables()).evaluate().getSingleEntry();
    return Situation.of(decided.intValue());
  }

  /** The facts of a case, from the registry. */
  public ExpiryFacts facts(RenewalCase renewal) {
    return new ExpiryFacts(renewal.holder().getProfile().name(),
        renewal.getEntryPoint() == EntryPoint.PORTAL_REQUEST,
        renewal.newDevice().isPresent(),
        hasWorkingAdmin(renewal.getCompany()));
  }

  /** The facts of an expired token no case renewed (nothing requested or collected). */
  public ExpiryFacts factsWithoutCase(Device device) {
    return new ExpiryFacts(device.getHolder().getProfile().name(), false, false,
        hasWorkingAdmin(device.getHolder().getCompany()));
  }

  public Situation situationOf(RenewalCase renewal) {
    return decide(facts(renewal));
  }

  public Situation situationWithoutCase(Device device) {
    return decide(factsWithoutCase(device));
  }

  private boolean hasWorkingAdmin(Company company) {
    Instant now = clock.instant();
    return users.findByCompanyOrderBySurnamesAscNamesAsc(company).stream()
        .filter(BankUser::isAdmin)
        .anyMatch(admin -> devices.findFirstByHolderAndTypeAndState(admin, DeviceType.PHYSICAL,
            DeviceState.ACTIVE).filter(d -> d.isWorkingAt(now)).isPresent());
  }
}
