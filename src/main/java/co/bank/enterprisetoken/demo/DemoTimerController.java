package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.errors.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only, operators only ({@link DemoSecurity}): makes the next timer of a case due now, so a
 * walkthrough reaches the expiry date or the end of a 24-hour window in seconds instead of days.
 * The job executor then runs it as it would on the day. The case is named by its business key:
 * the confirmation number ({@code RT-…}), a registration id or a virtual-token case id. Only the
 * engine's public {@link ManagementService} is used.
 */
@RestController
@Profile("demo")
class DemoTimerController {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTimerController.class);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final Clock clock;

  DemoTimerController(RuntimeService runtime, ManagementService management,
      RepositoryService repository, Clock clock) {
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.clock = clock;
  }

  @PostMapping("/demo/cases/{businessKey}/next-timer")
  Map<String, String> fireNextTimer(@PathVariable String businessKey,
      @AuthenticationPrincipal String operator) {
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).active().list();
    Set<String> ids = instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    Job next = (ids.isEmpty() ? List.<Job>of()
            : management.createJobQuery().timers().active().processInstanceIds(ids).list())
        .stream().min(Comparator.comparing(Job::getDuedate))
        .orElseThrow(() -> new NotFoundException(instances.isEmpty()
            ? "No hay un caso abierto " + businessKey + "."
            : "El caso " + businessKey + " no espera ningún temporizador."));
    Date wasDueAt = next.getDuedate();
    Date now = Date.from(clock.instant());
    management.setJobDuedate(next.getId(), now);
    String activityId = activityId(next);
    String processKey = runtime.createProcessInstanceQuery()
        .processInstanceId(next.getProcessInstanceId()).singleResult().getProcessDefinitionKey();
    LOG.info("Demo: {} moved timer {} of {} ({}) from {} to now", operator, activityId,
        businessKey, processKey, wasDueAt.toInstant());
    return Map.of("businessKey", businessKey, "process", processKey, "timer", activityId,
        "timerName", name(next.getProcessDefinitionId(), activityId),
        "wasDueAt", wasDueAt.toInstant().toString(), "dueAt", now.toInstant().toString());
  }

  private String activityId(Job job) {
    return Optional.ofNullable(management.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult())
        .map(JobDefinition::getActivityId).orElse("");
  }

  private String name(String processDefinitionId, String activityId) {
    FlowElement element = repository.getBpmnModelInstance(processDefinitionId)
        .getModelElementById(activityId);
    return element == null || element.getName() == null ? activityId : element.getName();
  }
}
