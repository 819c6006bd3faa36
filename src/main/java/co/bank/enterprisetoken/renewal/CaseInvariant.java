package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.RenewalStatus.ACTIVADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.EN_DESASIGNACION;
import static co.bank.enterprisetoken.renewal.RenewalStatus.ENTREGADO_EN_OFICINA;
import static co.bank.enterprisetoken.renewal.RenewalStatus.LISTO_PARA_ENTREGA;
import static co.bank.enterprisetoken.renewal.RenewalStatus.RECHAZADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.SOLICITADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.VENCIDO_SIN_ACTIVAR;
import static co.bank.enterprisetoken.renewal.RenewalStatus.VENCIDO_SIN_RECLAMAR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registry ⇔ process: for each status of a renewal case, where its process instances
 * ({@code token-renewal-before-expiry} and {@code token-renewal-after-expiry}, same business key)
 * may wait. The table is documented in {@code docs/case-state.md}; tests check it after every
 * step and operators see its violations in {@code /actuator/health} ({@code caseConsistency}).
 */
@Component
public class CaseInvariant {

  /**
   * Positions allowed in every status: e-mails, PDFs and the managers' escalation run beside the
   * case and never decide its status; scopes that only contain other positions.
   */
  static final Set<String> SIDE_POSITIONS = Set.of(
      "Task_GenerateRequestForm", "Task_EmailRequestForm", "Task_EmailVisaRejected",
      "Task_EmailPickupReminder", "Task_EmailDelivered", "Task_EmailActivated", "Task_EmailExpired",
      "Task_EmailEcon084Rejected", "Task_EmailDeliveryForm", "Task_EmailUnassignmentForm",
      "Task_EmailCompleted", "Task_EmailLoginReady", "Task_RecordSlaBreach", "Task_EscalateSla",
      "SubProcess_PickupAndActivation", "SubProcess_BackOffice", "CallActivity_AfterExpiry");

  /** For each status, the positions of its work; an open case must stand at one of them. */
  static final Map<RenewalStatus, Set<String>> ALLOWED = new EnumMap<>(Map.of(
      SOLICITADO, Set.of("Task_VisaSignature", "Task_DeliverToken", "Task_RecordExpiry"),
      ENTREGADO_EN_OFICINA, Set.of("Gateway_AwaitActivation", "Task_RecordExpiry"),
      ACTIVADO, Set.of("Event_LoginWait"),
      VENCIDO_SIN_RECLAMAR, Set.of("Task_RegisterEcon084"),
      VENCIDO_SIN_ACTIVAR, Set.of("Task_RegisterEcon084", "Task_ActivateNewSerial",
          "Task_CheckEcon084"),
      EN_DESASIGNACION, Set.of("Task_CheckEcon084", "Task_UnassignToken"),
      LISTO_PARA_ENTREGA, Set.of("Task_GenerateDeliveryForm", "Task_GenerateUnassignmentForm",
          "Task_VisaSignature", "Task_DeliverToken"),
      RECHAZADO, Set.of("Task_RegisterEcon084")));

  /** Statuses in which no process waits for the client or the bank any more. */
  static final Set<RenewalStatus> CLOSED = java.util.Arrays.stream(RenewalStatus.values())
      .filter(s -> !s.isOpen()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Every position the table names: the sweep asks the engine once for each. */
  static final Set<String> KNOWN_POSITIONS = java.util.stream.Stream.concat(
      SIDE_POSITIONS.stream(), ALLOWED.values().stream().flatMap(Set::stream))
      .collect(java.util.stream.Collectors.toCollection(TreeSet::new));

  private final RenewalCaseRepository cases;
  private final RuntimeService runtimeService;

  public CaseInvariant(RenewalCaseRepository cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** One case whose registry status and process positions disagree. */
  public record Violation(String confirmationNumber, RenewalStatus status, Set<String> positions) {
    @Override
    public String toString() {
      return confirmationNumber + " " + status + " en " + positions;
    }
  }

  /**
   * The violations among all cases, for the operators' sweep. Its cost does not grow with a query
   * per case: one query per position of the table (each answering the instances standing there),
   * one listing of the instances of both renewal processes, one of the open cases' statuses and
   * one per 1,000 closed cases that still have an instance. Only an instance standing nowhere in
   * the table is asked for its positions on its own (docs/case-state.md).
   */
  @Transactional(readOnly = true)
  public List<Violation> violations() {
    Map<String, String> keyOfInstance = new HashMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processDefinitionKeyIn(RenewalService.PROCESS_KEY, AfterExpiryService.PROCESS_KEY)
        .list()) {
      if (instance.getBusinessKey() != null) {
        keyOfInstance.put(instance.getId(), instance.getBusinessKey());
      }
    }
    Map<String, Set<String>> positions = new HashMap<>();
    Set<String> placed = new HashSet<>();
    for (String activity : KNOWN_POSITIONS) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
          .processDefinitionKeyIn(RenewalService.PROCESS_KEY, AfterExpiryService.PROCESS_KEY)
          .activityIdIn(activity).list()) {
        String key = keyOfInstance.get(instance.getId());
        if (key != null) {
          positions.computeIfAbsent(key, k -> new TreeSet<>()).add(activity);
          placed.add(instance.getId());
        }
      }
    }
    keyOfInstance.forEach((instance, key) -> {
      if (!placed.contains(instance)) {
        positions.computeIfAbsent(key, k -> new TreeSet<>())
            .addAll(runtimeService.getActiveActivityIds(instance));
      }
    });
    Map<String, RenewalStatus> statuses = new HashMap<>();
    for (Object[] row : cases.findOpenStatuses()) {
      statuses.put((String) row[0], (RenewalStatus) row[1]);
    }
    List<String> closedWithInstance = positions.keySet().stream()
        .filter(k -> !statuses.containsKey(k)).toList();
    for (int i = 0; i < closedWithInstance.size(); i += 1000) {
      for (Object[] row : cases.findStatuses(
          closedWithInstance.subList(i, Math.min(closedWithInstance.size(), i + 1000)))) {
        statuses.put((String) row[0], (RenewalStatus) row[1]);
      }
    }
    List<Violation> found = new ArrayList<>();
    new TreeMap<>(statuses).forEach((number, status) ->
        check(number, status, positions.getOrDefault(number, Set.of())).ifPresent(found::add));
    return found;
  }

  @Transactional(readOnly = true)
  public List<Violation> violations(Collection<String> confirmationNumbers) {
    List<Violation> found = new ArrayList<>();
    for (String number : confirmationNumbers) {
      cases.findByConfirmationNumber(number).flatMap(this::check).ifPresent(found::add);
    }
    return found;
  }

  private java.util.Optional<Violation> check(RenewalCase renewal) {
    return check(renewal.getConfirmationNumber(), renewal.getStatus(),
        positions(renewal.getConfirmationNumber()));
  }

  private static java.util.Optional<Violation> check(String number, RenewalStatus status,
      Set<String> positions) {
    Set<String> work = new TreeSet<>(positions);
    work.removeAll(SIDE_POSITIONS);
    boolean ok = ALLOWED.get(status).containsAll(work)
        && (CLOSED.contains(status) || !work.isEmpty());
    return ok ? java.util.Optional.empty()
        : java.util.Optional.of(new Violation(number, status, new TreeSet<>(positions)));
  }

  private Set<String> positions(String businessKey) {
    Set<String> positions = new TreeSet<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .processDefinitionKeyIn(RenewalService.PROCESS_KEY, AfterExpiryService.PROCESS_KEY)
        .list()) {
      positions.addAll(runtimeService.getActiveActivityIds(instance.getId()));
    }
    return positions;
  }
}
