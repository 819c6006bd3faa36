package co.bank.enterprisetoken.webapp;

import static co.bank.enterprisetoken.webapp.Grants.grant;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each group may do in the Camunda webapps ({@code camunda.bpm.authorization.enabled}),
 * granted at start-up and idempotently, in every profile, once the registry (and in the demo its
 * offices) exists:
 * <ul>
 *   <li>branch staff ({@code branch-<code>} of every office in the registry) start
 *       {@code token-renewal-after-expiry} from Tasklist when a client hands in an ECON-084 for a
 *       token that expired with no case;</li>
 *   <li>branch staff and {@code backoffice}:
 *       Tasklist, and read access to the process definitions and deployments, which Tasklist needs
 *       for the task's process name, its diagram and the deployed Camunda Forms. Their tasks
 *       themselves come from the candidate group: the engine grants the candidate group READ and
 *       UPDATE on each task it creates;</li>
 *   <li>{@code managers}: Tasklist (escalations) and Cockpit, read-only: definitions, instances,
 *       tasks, decisions, deployments and their history;</li>
 *   <li>{@code portal}: nothing. The portal API calls the engine without a Camunda authentication,
 *       so no authorization check applies to it.</li>
 * </ul>
 * The {@code camunda.bpm.admin-user} gets all permissions from the Spring Boot starter (group
 * {@code camunda-admin}). Offices added to the registry later get their grants at the next start.
 */
@Component
public class WebappAuthorizations {

  static final String BACKOFFICE = "backoffice";
  static final String MANAGERS = "managers";
  static final String AFTER_EXPIRY_PROCESS = "token-renewal-after-expiry";
  private static final Logger LOG = LoggerFactory.getLogger(WebappAuthorizations.class);

  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final BranchOfficeRepository offices;

  WebappAuthorizations(AuthorizationService authorizations, IdentityService identity,
      BranchOfficeRepository offices) {
    this.authorizations = authorizations;
    this.identity = identity;
    this.offices = offices;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void onReady() {
    ensure();
  }

  /** Creates what is missing; safe to call again (e.g. after adding a branch office). */
  public void ensure() {
    List<BranchOffice> branches = offices.findAll();
    for (BranchOffice office : branches) {
      ensureGroup(office);
      taskWorker(office.staffGroup());
      // Entry (b) of the after-expiry path: the branch registers a received ECON-084 (start form).
      grant(authorizations, office.staffGroup(), Resources.PROCESS_DEFINITION,
          AFTER_EXPIRY_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(authorizations, office.staffGroup(), Resources.PROCESS_INSTANCE, ANY,
          ProcessInstancePermissions.CREATE);
    }
    taskWorker(BACKOFFICE);
    taskWorker(MANAGERS);
    grant(authorizations, MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(authorizations, MANAGERS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, MANAGERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(authorizations, MANAGERS, Resources.TASK, ANY, TaskPermissions.READ);
    grant(authorizations, MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        HistoricProcessInstancePermissions.READ);
    grant(authorizations, MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(authorizations, MANAGERS, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grant(authorizations, MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        Permissions.READ);
    LOG.info("Webapp authorizations granted to {} branch offices, backoffice and managers",
        branches.size());
  }

  /** Tasklist, process definitions (name, diagram) and deployments (deployed Camunda Forms). */
  private void taskWorker(String groupId) {
    grant(authorizations, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, groupId, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ);
    grant(authorizations, groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  /** The office's staff group, should the office have been registered without it. */
  private void ensureGroup(BranchOffice office) {
    if (identity.createGroupQuery().groupId(office.staffGroup()).count() == 0) {
      Group group = identity.newGroup(office.staffGroup());
      group.setName("Oficina " + office.getCode() + " " + office.getName());
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
