package co.bank.enterprisetoken.webapp;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.CONFIRMATION_NUMBER;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.HOLDER_NAME;
import static co.bank.enterprisetoken.webapp.Grants.grant;

import co.bank.enterprisetoken.process.ProcessVariable;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, created at start-up in every profile and identified by name (an existing
 * filter of that name is left as it is, so an administrator's changes survive restarts):
 * <ul>
 *   <li>one per branch office of the registry, "Oficina NNNN – Visado y entrega", candidate group
 *       {@code branch-NNNN}, including tasks already claimed (they stay visible to the office);</li>
 *   <li>"Back office" (candidate group {@code backoffice}) and "Escalamientos – Gerencia"
 *       ({@code managers});</li>
 *   <li>"Mis tareas": the tasks assigned to whoever is looking ({@code ${currentUser()}}).</li>
 * </ul>
 * Each group may READ only its own filter (plus "Mis tareas"), so with authorizations enabled a
 * branch user sees just its office's filter, and Tasklist selects it first (lowest priority).
 * Offices added to the registry later get their filter at the next start (or through
 * {@link #ensure()}).
 */
@Component
public class TasklistFilters {

  public static final String BACKOFFICE_FILTER = "Back office";
  public static final String MANAGERS_FILTER = "Escalamientos – Gerencia";
  public static final String MY_TASKS_FILTER = "Mis tareas";
  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final BranchOfficeRepository offices;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      BranchOfficeRepository offices) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.offices = offices;
  }

  public static String branchFilterName(String officeCode) {
    return "Oficina " + officeCode + " – Visado y entrega";
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void onReady() {
    ensure();
  }

  /** Creates the missing filters and their READ grants; safe to call again. */
  public void ensure() {
    List<String> workers = new ArrayList<>();
    for (BranchOffice office : offices.findAll()) {
      String group = office.staffGroup();
      groupFilter(branchFilterName(office.getCode()), group, -20, "#1f6fb2",
          "Solicitudes de " + office.getName() + ": visar la firma y entregar el token");
      workers.add(group);
    }
    groupFilter(BACKOFFICE_FILTER, WebappAuthorizations.BACKOFFICE, -20, "#4f5d70",
        "Tareas del back office");
    groupFilter(MANAGERS_FILTER, WebappAuthorizations.MANAGERS, -20, "#b23a1f",
        "Casos escalados a la gerencia");
    workers.add(WebappAuthorizations.BACKOFFICE);
    workers.add(WebappAuthorizations.MANAGERS);

    TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
    Filter myTasks = filter(MY_TASKS_FILTER, mine, 10, "#2e7d32",
        "Tareas reclamadas por mí");
    workers.forEach(group -> grant(authorizations, group, Resources.FILTER, myTasks.getId(),
        Permissions.READ));
    LOG.info("Tasklist filters ready for {} groups", workers.size());
  }

  private void groupFilter(String name, String group, int priority, String color,
      String description) {
    TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
    Filter filter = filter(name, query, priority, color, description);
    grant(authorizations, group, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private Filter filter(String name, TaskQuery query, int priority, String color,
      String description) {
    Filter existing = filters.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    // Columns of every filter: the case processes (renewals, virtual token) declare these alike.
    properties.put("variables", List.of(
        variable(CONFIRMATION_NUMBER, "Número de confirmación"),
        variable(COMPANY_NAME, "Empresa"),
        variable(HOLDER_NAME, "Titular")));
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filters.saveFilter(filter);
  }

  private static Map<String, String> variable(ProcessVariable variable, String label) {
    return Map.of("name", variable.variableName(), "label", label);
  }
}
