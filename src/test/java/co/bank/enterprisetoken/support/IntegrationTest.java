package co.bank.enterprisetoken.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application against a real database (H2, or PostgreSQL with the postgres profile) and a
 * real SMTP server (GreenMail), with the job executor off: tests run jobs and move the clock.
 * All test classes share this one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, as in production
@Import({IntegrationTest.TestClock.class, ProcessEngineCoverageConfiguration.class})
// Flow-node and sequence-flow coverage per test class under target/process-test-coverage/;
// CoverageIT adds the classes up and fails below 100% per model.
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class IntegrationTest {

  protected static final GreenMail SMTP = startSmtp();

  @Autowired protected ProcessEngine engine;
  @Autowired protected MutableClock clock;
  @Autowired protected Fixtures fixtures;
  @Autowired private org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired private co.bank.enterprisetoken.renewal.CaseInvariant caseInvariant;

  /** The invariant registry ⇔ process (docs/case-state.md) holds for these cases. */
  protected void assertConsistent(String... confirmationNumbers) {
    org.assertj.core.api.Assertions.assertThat(caseInvariant.violations(List.of(confirmationNumbers)))
        .as("registry status and process position agree").isEmpty();
  }

  /**
   * Completes a user task, then checks the invariant for its case: the process tests complete
   * tasks only through here, so no step goes unchecked.
   */
  protected void completeTask(org.camunda.bpm.engine.task.Task task,
      java.util.Map<String, Object> variables) {
    String caseNumber = businessKeyOf(task.getProcessInstanceId());
    engine.getTaskService().complete(task.getId(), variables);
    assertConsistentIfCase(caseNumber);
  }

  private String businessKeyOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private void assertConsistentIfCase(String businessKey) {
    if (businessKey != null) {
      assertConsistent(businessKey);
    }
  }

  /** Reads entities (and their lazy associations) in one transaction. */
  protected <T> T inTransaction(java.util.function.Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    return smtp;
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock(Instant.now());
    }

    @Bean
    Fixtures fixtures(org.springframework.context.ApplicationContext context) {
      return new Fixtures(context);
    }
  }

  @BeforeEach
  void initEngineAssertions() {
    BpmnAwareTests.init(engine);
    clock.reset();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** Runs every job that is due now, again and again, until none is left (failures count down). */
  protected void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        String caseNumber = businessKeyOf(job.getProcessInstanceId());
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException failure) {
          // A failing job keeps its retries count-down, as with the job executor.
        }
        // Every timer and async step leaves the case consistent (a no-op for non-case keys).
        assertConsistentIfCase(caseNumber);
      }
    }
    throw new AssertionError("Jobs still due after 100 rounds");
  }

  /** E-mails GreenMail received for {@code address}, oldest first. */
  protected static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().contains(address));
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }
}
