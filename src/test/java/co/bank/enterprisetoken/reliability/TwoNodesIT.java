package co.bank.enterprisetoken.reliability;

import static co.bank.enterprisetoken.reliability.Mailbox.REMINDER;
import static co.bank.enterprisetoken.reliability.Mailbox.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two nodes, each with its own job executor, on one PostgreSQL database: a burst of renewal
 * requests spread over both nodes' portal APIs runs to its end (request PDF and e-mail, then the
 * pickup reminder timer and its e-mail) with every job done once and no e-mail twice.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class TwoNodesIT {

  static final int CASES = 40;
  static final String[] SHORT_TIMERS = {
      "--enterprise-token.renewal.pickup-reminder-cycle=R1/PT20S",
      "--enterprise-token.mail.retry-cycle=R3/PT2S"};

  @Test
  void burstOverTwoNodesRunsEveryJobOnceAndSendsEveryMailOnce() throws Exception {
    Instant began = Instant.now();
    try (Mailbox mailbox = new Mailbox();
        TestDatabase db = TestDatabase.create();
        AppNode a = new AppNode("node-a", db, mailbox.port(), SHORT_TIMERS);
        AppNode b = new AppNode("node-b", db, mailbox.port(), SHORT_TIMERS)) {
      // The first node creates the schemas (Camunda, Flyway) and the demo data; the second joins.
      a.start().awaitHealthy(Duration.ofMinutes(3));
      List<Registry.TestCompany> companies = new ArrayList<>();
      for (int i = 1; i <= CASES; i++) {
        companies.add(Registry.company(db, i, Instant.now().plus(Duration.ofDays(60))));
      }
      b.start().awaitHealthy(Duration.ofMinutes(3));
      Instant nodesUp = Instant.now();

      // The burst: every request at once, even ones to node-a, odd ones to node-b.
      ExecutorService portal = Executors.newFixedThreadPool(8);
      List<Future<String>> requests = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        AppNode node = i % 2 == 0 ? a : b;
        Registry.TestCompany company = companies.get(i);
        requests.add(portal.submit(() -> Steps.requestRenewal(node, company, Instant.now())));
      }
      List<String> cases = new ArrayList<>();
      for (Future<String> request : requests) {
        cases.add(request.get(60, TimeUnit.SECONDS));
      }
      portal.shutdown();
      Instant burstSent = Instant.now();

      boolean allMails = mailbox.await(mails -> cases.stream().allMatch(rt ->
          Mailbox.count(mails, rt, REQUESTED) >= 1 && Mailbox.count(mails, rt, REMINDER) >= 1),
          Duration.ofMinutes(3));
      Instant mailsIn = Instant.now();
      // Nothing left to do (the expiry timers, months ahead, aside); then a grace period in which
      // a duplicate would still show up.
      boolean idle = Steps.await(() -> Steps.dueJobs(db) == 0, Duration.ofSeconds(60));
      Thread.sleep(5_000);

      List<Mailbox.Mail> mails = mailbox.mails();
      Map<String, Long> perCaseAndKind = mailbox.perCaseAndKind();
      Map<String, Long> successfulJobsPerNode = db.query("SELECT hostname_, count(*) AS n"
          + " FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_").stream()
          .collect(Collectors.toMap(r -> (String) r.get("hostname_"),
              r -> ((Number) r.get("n")).longValue()));
      long failedJobRuns = db.count("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1");
      long duplicates = perCaseAndKind.values().stream().filter(n -> n > 1)
          .mapToLong(n -> n - 1).sum();
      long caseMails = mails.stream().filter(m -> m.caseNumber() != null).count();

      Steps.dump("two-nodes-data.txt", db, mails);
      Steps.report("results.txt", String.format("two-nodes: cases=%d, case e-mails=%d"
              + " (expected %d), all e-mails=%d, duplicates=%d, distinct Message-IDs=%d,"
              + " successful jobs per node=%s, failed job runs (retried)=%d, sent_mail rows=%d,"
              + " start of both nodes=%ds, burst sent in %dms, burst to all mails in=%ds,"
              + " total=%ds",
          cases.size(), caseMails, 2 * CASES, mails.size(), duplicates,
          mails.stream().map(Mailbox.Mail::messageId).distinct().count(), successfulJobsPerNode,
          failedJobRuns, db.count("SELECT count(*) FROM sent_mail"),
          Duration.between(began, nodesUp).toSeconds(),
          Duration.between(nodesUp, burstSent).toMillis(),
          Duration.between(nodesUp, mailsIn).toSeconds(),
          Duration.between(began, Instant.now()).toSeconds()));

      assertThat(allMails).as("every case's request e-mail and reminder arrived").isTrue();
      assertThat(idle).as("no job left due").isTrue();
      assertThat(cases).doesNotHaveDuplicates().hasSize(CASES);
      for (String rt : cases) {
        assertThat(Mailbox.count(mails, rt, REQUESTED)).as("request e-mails of " + rt).isEqualTo(1);
        assertThat(Mailbox.count(mails, rt, REMINDER)).as("reminders of " + rt).isEqualTo(1);
        assertThat(Steps.status(db, rt)).isEqualTo("SOLICITADO");
      }
      assertThat(perCaseAndKind).as("e-mails per (case, kind)").allSatisfy((key, n) ->
          assertThat(n).as(key).isEqualTo(1));
      assertThat(mails).extracting(Mailbox.Mail::messageId).doesNotHaveDuplicates();
      // The idempotency log: one row per step, as many as e-mails received for the cases.
      assertThat(db.count("SELECT count(*) FROM sent_mail WHERE business_key LIKE 'RT-%'"))
          .isEqualTo(caseMails);
      assertThat(db.query("SELECT business_key, template FROM sent_mail"
          + " GROUP BY business_key, template HAVING count(*) > 1")).isEmpty();
      // Every job done once, none failed for good, both nodes worked.
      assertThat(Steps.jobsSucceededTwice(db)).isEmpty();
      assertThat(db.count("SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL"
          + " OR retries_ = 0")).isZero();
      assertThat(db.count("SELECT count(*) FROM act_ru_incident")).isZero();
      assertThat(successfulJobsPerNode).containsKeys("node-a", "node-b");
      assertThat(successfulJobsPerNode.values()).allSatisfy(n -> assertThat(n).isPositive());
      // Every case still waits for the branch's visa: none lost, none doubled.
      assertThat(db.count("SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e"
          + " ON e.id_ = t.proc_inst_id_ WHERE t.task_def_key_ = 'Task_VisaSignature'"
          + " AND e.business_key_ LIKE 'RT-%'")).isEqualTo(CASES);
    }
  }
}
