package co.bank.enterprisetoken.webapp;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refusal of the project's domain ({@code errors.*Exception}) raised while the engine REST API
 * (Tasklist's {@code /camunda/api/engine/engine/default/…} or {@code /engine-rest/…}) completes a
 * task, submits a form or starts a case: the status it deserves (400 bad input, 409 conflict, 404,
 * 422 rule), the Spanish message with the fields named by their form labels, and one WARN line
 * instead of the engine REST API's 500 with its stack trace. Anything else is not a refusal.
 */
final class TaskRefusals {

  private static final Logger LOG = LoggerFactory.getLogger(TaskRefusals.class);
  /** {@code task/{id}/…} in the REST path; the webapp's path starts with {@code engine/{name}/}. */
  private static final Pattern TASK = Pattern.compile("(?:^|/)task/([^/]+)/");
  private static final Pattern ENGINE = Pattern.compile("^/?engine/([^/]+)/");

  private TaskRefusals() {}

  record Refusal(int status, String type, String message, List<FieldError> errors,
      RuntimeException cause) {

    /** The JSON body: the engine REST API's error shape (type, message) and the bad fields. */
    Map<String, Object> body() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", type);
      body.put("message", message);
      if (!errors.isEmpty()) {
        body.put("errors", errors.stream()
            .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
      }
      return body;
    }
  }

  /** The domain refusal that caused {@code thrown}, if any (the REST API wraps it). */
  static Optional<Refusal> of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException e) {
        return Optional.of(new Refusal(400, "invalid-input", describe(e.getErrors()),
            e.getErrors(), e));
      }
      if (t instanceof RuleRefusedException e) {
        return Optional.of(new Refusal(422, "rule-refused", e.getMessage(), List.of(), e));
      }
      if (t instanceof ConflictException e) {
        return Optional.of(new Refusal(409, "conflict", e.getMessage(), List.of(), e));
      }
      if (t instanceof NotFoundException e) {
        return Optional.of(new Refusal(404, "not-found", e.getMessage(), List.of(), e));
      }
    }
    return Optional.empty();
  }

  /** "Número del documento presentado: El documento presentado no coincide …" per bad field. */
  static String describe(List<FieldError> errors) {
    return errors.stream().map(e -> {
      String label = FormLabels.of(e.field());
      return label == null ? e.message() : label + ": " + e.message();
    }).collect(Collectors.joining(" "));
  }

  /**
   * The one log line of a refusal: which case and task, which fields, why (the rule id for the
   * operators). No stack trace: nothing is broken, the clerk reads the reason and corrects.
   */
  static void log(Refusal refusal, String requestPath) {
    String what = refusal.errors().isEmpty() ? "" : "fields " + refusal.errors().stream()
        .map(FieldError::field).distinct().collect(Collectors.joining(", ")) + "; ";
    String rule = refusal.cause() instanceof RuleRefusedException r ? "rule " + r.getRule() + "; "
        : "";
    LOG.warn("Refused ({}) {}: {}{}{}", refusal.status(), where(requestPath), rule, what,
        refusal.cause().getMessage());
  }

  /** "task Task_DeliverToken of case 2026-000123", or the request path when it names no task. */
  private static String where(String requestPath) {
    Matcher task = TASK.matcher(requestPath);
    if (!task.find()) {
      return "request " + requestPath;
    }
    Matcher engineName = ENGINE.matcher(requestPath);
    ProcessEngine engine = ProcessEngines.getProcessEngine(
        engineName.find() ? engineName.group(1) : ProcessEngines.NAME_DEFAULT);
    if (engine == null) {
      return "task " + task.group(1);
    }
    // With the caller's authorizations: the clerk who submitted may read the task and its case.
    try {
      Task found = engine.getTaskService().createTaskQuery().taskId(task.group(1)).singleResult();
      if (found == null || found.getProcessInstanceId() == null) {
        return "task " + task.group(1);
      }
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(found.getProcessInstanceId()).singleResult();
      return "task " + found.getTaskDefinitionKey() + " of case "
          + (instance == null ? "?" : instance.getBusinessKey());
    } catch (RuntimeException unreadable) {
      return "task " + task.group(1);
    }
  }
}
