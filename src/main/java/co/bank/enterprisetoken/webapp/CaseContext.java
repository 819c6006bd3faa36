package co.bank.enterprisetoken.webapp;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.process.TaskVariable;
import co.bank.enterprisetoken.renewal.RenewalCaseRepository;
import co.bank.enterprisetoken.renewal.RenewalEvent;
import co.bank.enterprisetoken.renewal.RenewalEventRepository;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenCase;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenCaseRepository;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the task-local variable {@link TaskVariable#CASE_CONTEXT} on every user task when it is
 * created: the case's short history in Spanish, one line per event ("dd/MM/yyyy HH:mm · what happened · who",
 * Bogotá time), the last rejection and its reason, and for a visa after an earlier one a first
 * line saying it is a new visa. Forms show it read-only. It holds what the registry's events say
 * (no id numbers, no secrets: those never reach an event). Listens to the task events of the
 * Camunda Spring Boot starter ({@code camunda.bpm.eventing.task}), so no model declares it.
 */
@Component
class CaseContext {

  private static final String SEP = " · ";
  private static final String VISA_TASK = "Task_VisaSignature";

  /** What each registry event means to a clerk (the event's detail follows). */
  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry("SOLICITUD_REGISTRADA", "Solicitud de renovación registrada"),
      Map.entry("FIRMA_VISADA", "Firma conforme"),
      Map.entry("FIRMA_RECHAZADA", "Firma no conforme"),
      Map.entry("TOKEN_ENTREGADO", "Token nuevo entregado en la oficina"),
      Map.entry("TOKEN_ACTIVADO", "Token nuevo activado"),
      Map.entry("TOKEN_VENCIDO", "Token vencido"),
      Map.entry("SITUACION_DETERMINADA", "Situación determinada"),
      Map.entry("ECON084_RECIBIDO", "ECON-084 recibido"),
      Map.entry("ECON084_APROBADO", "ECON-084 aprobado por back office"),
      Map.entry("ECON084_RECHAZADO", "ECON-084 rechazado por back office"),
      Map.entry("TOKEN_DESASIGNADO", "Token vencido desasignado"),
      Map.entry("DISPOSITIVO_DESASIGNADO", "Dispositivo desasignado en el portal"),
      Map.entry("SLA_INCUMPLIDO", "Trámite de back office demorado"),
      Map.entry("ESCALAMIENTO_ATENDIDO", "Demora atendida por gerencia"));
  private static final List<String> REJECTIONS = List.of("FIRMA_RECHAZADA", "ECON084_RECHAZADO");
  private static final List<String> VISAS = List.of("FIRMA_VISADA", "FIRMA_RECHAZADA");

  private final RenewalCaseRepository renewals;
  private final RenewalEventRepository events;
  private final VirtualTokenCaseRepository virtualTokens;
  private final VirtualTokenSettings virtualTokenSettings;

  CaseContext(RenewalCaseRepository renewals, RenewalEventRepository events,
      VirtualTokenCaseRepository virtualTokens, VirtualTokenSettings virtualTokenSettings) {
    this.virtualTokenSettings = virtualTokenSettings;
    this.renewals = renewals;
    this.events = events;
    this.virtualTokens = virtualTokens;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onTaskCreated(DelegateTask task) {
    if (task.getExecution() == null) {
      return;
    }
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey == null) {
      return;
    }
    text(businessKey, task.getTaskDefinitionKey())
        .ifPresent(text -> task.setVariableLocal(TaskVariable.CASE_CONTEXT.variableName(), text));
  }

  /** The context of the case {@code businessKey} for a task {@code taskKey}, if it is a case. */
  Optional<String> text(String businessKey, String taskKey) {
    var renewal = renewals.findByConfirmationNumber(businessKey);
    if (renewal.isPresent()) {
      return Optional.of(renewalText(events.findByCaseIdOrderByIdAsc(renewal.get().getId()),
          VISA_TASK.equals(taskKey)));
    }
    return virtualTokens.findById(businessKey).map(c -> virtualTokenText(c, virtualTokenSettings));
  }

  static String renewalText(List<RenewalEvent> history, boolean visaTask) {
    List<String> lines = new ArrayList<>();
    RenewalEvent lastVisa = null;
    RenewalEvent lastRejection = null;
    for (RenewalEvent e : history) {
      lastVisa = VISAS.contains(e.getAction()) ? e : lastVisa;
      lastRejection = REJECTIONS.contains(e.getAction()) ? e : lastRejection;
    }
    if (visaTask && lastVisa != null) {
      lines.add("NUEVO VISADO: la firma de este caso ya se visó el "
          + BankTime.display(lastVisa.getOccurredAt())
          + ("FIRMA_RECHAZADA".equals(lastVisa.getAction())
              ? " y no fue conforme. Revise el formato corregido." : ". Revise el formato nuevo."));
    }
    if (lastRejection != null) {
      lines.add("Último rechazo: " + line(lastRejection.getOccurredAt(),
          label(lastRejection) + ": " + lastRejection.getDetail(), lastRejection.getActor()));
    }
    lines.add("Pasos del caso, del primero al último:");
    for (RenewalEvent e : history) {
      lines.add(line(e.getOccurredAt(), label(e)
          + (e.getDetail() == null || e.getDetail().isBlank() ? "" : ": " + e.getDetail()),
          e.getActor()));
    }
    return String.join("\n", lines);
  }

  static String virtualTokenText(VirtualTokenCase c, VirtualTokenSettings settings) {
    List<String> lines = new ArrayList<>();
    lines.add(line(c.getCreatedAt(), "Solicitud de token virtual registrada",
        "Titular " + c.getHolder().fullName()));
    if (c.getLinkSentAt() != null) {
      lines.add(line(c.getLinkSentAt(), "Enlace de descarga enviado al correo del titular",
          "Sistema"));
    }
    if (c.getFailedAttempts() > 0 || c.getLockCount() > 0) {
      lines.add(line(c.getUpdatedAt(), "Cuestionario de identidad: " + c.getFailedAttempts()
          + " intentos fallidos, " + c.getLockCount() + " bloqueos"
          + (c.getLockedUntil() == null ? "" : "; bloqueado hasta el "
              + BankTime.display(c.getLockedUntil())), "Sistema"));
    }
    lines.add(line(c.getUpdatedAt(), "Último paso del titular: " + c.getStep().message(settings.lockText(), settings.windowText()),
        "Titular"));
    if (c.getSupportNotes() != null) {
      lines.add("Acompañamientos anteriores:");
      lines.addAll(c.getSupportNotes().lines().toList());
    }
    lines.add("El plazo de descarga vence el " + BankTime.display(c.getWindowEndsAt())
        + " (hora de Colombia).");
    return String.join("\n", lines);
  }

  private static String label(RenewalEvent e) {
    return ACTIONS.getOrDefault(e.getAction(), "Evento del caso");
  }

  private static String line(Instant at, String what, String who) {
    return BankTime.display(at) + SEP + what + (who == null || who.isBlank() ? "" : SEP + who);
  }
}
