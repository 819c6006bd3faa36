package co.bank.enterprisetoken.reliability;

import static co.bank.enterprisetoken.reliability.Mailbox.ACTIVATED;
import static co.bank.enterprisetoken.reliability.Mailbox.DELIVERED;
import static co.bank.enterprisetoken.reliability.Mailbox.EXPIRED;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A node killed with kill -9 while its job executor is busy, then started again on the same
 * database: every case continues from where it was (requested, visa done, delivered, token about
 * to expire), the timers that fell due while it was down fire, every e-mail is sent exactly once.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class NodeCrashIT {

  static final int BURST = 12;
  static final int EXPIRING = 3;
  /** How long jobs the dead node had acquired stay locked (Camunda's default is 5 minutes). */
  static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=15000";

  @Test
  void killedNodeContinuesEveryCaseAfterRestart() throws Exception {
    Instant began = Instant.now();
    try (Mailbox mailbox = new Mailbox();
        TestDatabase db = TestDatabase.create();
        AppNode node = new AppNode("node-crash", db, mailbox.port(),
            "--enterprise-token.renewal.pickup-reminder-cycle=R1/PT20S",
            "--enterprise-token.mail.retry-cycle=R3/PT2S", LOCK_TIME)) {
      node.start().awaitHealthy(Duration.ofMinutes(3));

      // Registry: one company per case; the expiring ones' tokens expire ~60 s from now, while
      // the node is down.
      Instant expiry = Instant.now().plusSeconds(60);
      int n = 100;
      Instant later = Instant.now().plus(Duration.ofDays(60));
      Registry.TestCompany delivered = Registry.company(db, ++n, later);
      Registry.TestCompany visaDone = Registry.company(db, ++n, later);
      List<Registry.TestCompany> expiring = new ArrayList<>();
      for (int i = 0; i < EXPIRING; i++) {
        expiring.add(Registry.company(db, ++n, expiry));
      }
      List<Registry.TestCompany> burst = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        burst.add(Registry.company(db, ++n, later));
      }

      // A case delivered at the branch, waiting for the admin's activation.
      Instant deliveredCodeAt = Instant.now();
      String deliveredCase = Steps.requestRenewal(node, delivered, deliveredCodeAt);
      Steps.approveVisa(db, node, deliveredCase);
      Steps.deliverToHolder(node, delivered, deliveredCase);
      // A case whose signature the branch visaed, waiting for the delivery.
      String visaCase = Steps.requestRenewal(node, visaDone, Instant.now());
      Steps.approveVisa(db, node, visaCase);
      // Cases whose token expires while the node is down (R-B10 timer).
      List<String> expiringCases = new ArrayList<>();
      for (Registry.TestCompany company : expiring) {
        expiringCases.add(Steps.requestRenewal(node, company, Instant.now()));
      }
      // The burst; the node is killed while it works through their jobs.
      ExecutorService portal = Executors.newFixedThreadPool(6);
      List<Future<String>> requests = new ArrayList<>();
      for (Registry.TestCompany company : burst) {
        requests.add(portal.submit(() -> Steps.requestRenewal(node, company, Instant.now())));
      }
      List<String> burstCases = new ArrayList<>();
      for (Future<String> request : requests) {
        burstCases.add(request.get(60, TimeUnit.SECONDS));
      }
      portal.shutdown();
      mailbox.await(mails -> burstCases.stream()
          .filter(rt -> Mailbox.count(mails, rt, REQUESTED) > 0).count() >= 2,
          Duration.ofSeconds(30));

      long lockedAtKill =
          db.count("SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
      long dueAtKill = Steps.dueJobs(db);
      int mailsAtKill = mailbox.mails().size();
      Instant killedAt = Instant.now();
      node.kill();
      // Everything the SMTP server accepted from the dead node, by Message-ID.
      java.util.Set<String> acceptedBeforeKill = mailbox.mails().stream()
          .map(Mailbox.Mail::messageId).collect(java.util.stream.Collectors.toSet());
      long stillLocked =
          db.count("SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");

      // Down until the expiring tokens' timers are due, then the same node again.
      while (Instant.now().isBefore(expiry.plusSeconds(2))) {
        Thread.sleep(500);
      }
      Instant restartedAt = Instant.now();
      node.start().awaitHealthy(Duration.ofMinutes(3));
      Instant upAgain = Instant.now();

      // The cases go on: delivery of the visaed one, activation of the delivered one.
      Steps.deliverToHolder(node, visaDone, visaCase);
      Steps.activate(node, delivered, deliveredCase, Steps.nextCodeTime(deliveredCodeAt));

      List<String> allCases = new ArrayList<>(burstCases);
      allCases.addAll(expiringCases);
      allCases.add(visaCase);
      allCases.add(deliveredCase);
      boolean allMails = mailbox.await(mails ->
          allCases.stream().allMatch(rt -> Mailbox.count(mails, rt, REQUESTED) >= 1)
              && burstCases.stream().allMatch(rt -> Mailbox.count(mails, rt, REMINDER) >= 1)
              && expiringCases.stream().allMatch(rt -> Mailbox.count(mails, rt, EXPIRED) >= 1)
              && Mailbox.count(mails, visaCase, DELIVERED) >= 1
              && Mailbox.count(mails, deliveredCase, DELIVERED) >= 1
              && Mailbox.count(mails, deliveredCase, ACTIVATED) >= 1,
          Duration.ofMinutes(2));
      Instant mailsIn = Instant.now();
      boolean idle = Steps.await(() -> Steps.dueJobs(db) == 0, Duration.ofSeconds(60));
      Thread.sleep(5_000);

      List<Mailbox.Mail> mails = mailbox.mails();
      Map<String, Long> perCaseAndKind = mailbox.perCaseAndKind();
      long duplicates = perCaseAndKind.values().stream().filter(c -> c > 1)
          .mapToLong(c -> c - 1).sum();
      // One logical e-mail per step: distinct Message-IDs per (case, kind).
      Map<String, Long> stepsPerCaseAndKind = mails.stream().filter(m -> m.caseNumber() != null)
          .collect(java.util.stream.Collectors.groupingBy(m -> m.caseNumber() + " | " + m.kind(),
              java.util.stream.Collectors.mapping(Mailbox.Mail::messageId,
                  java.util.stream.Collectors.collectingAndThen(
                      java.util.stream.Collectors.toSet(), set -> (long) set.size()))));
      List<String> redelivered = mails.stream().map(Mailbox.Mail::messageId)
          .filter(id -> mails.stream().filter(m -> m.messageId().equals(id)).count() > 1)
          .distinct().toList();
      long lost = allCases.stream().filter(rt -> db.count("SELECT count(*) FROM act_hi_procinst"
          + " WHERE business_key_ = ? AND (end_time_ IS NULL OR end_act_id_ IS NOT NULL)", rt) == 0)
          .count();
      Steps.dump("node-crash-data.txt", db, mails);
      Steps.report("results.txt", String.format("node-crash: cases=%d (burst %d, expiring %d,"
              + " visaed 1, delivered 1), kill -9 with %d jobs locked by the node and %d due,"
              + " %d e-mails received before the kill, locks left by the dead node=%d,"
              + " down for %ds, restart to healthy=%ds, restart to all e-mails=%ds, e-mails=%d,"
              + " physical copies beyond one=%d (same Message-ID, accepted before the kill: %s),"
              + " logical duplicates=%d, distinct Message-IDs=%d, lost cases=%d,"
              + " failed job runs=%d,"
              + " total=%ds",
          allCases.size(), BURST, EXPIRING, lockedAtKill, dueAtKill, mailsAtKill, stillLocked,
          Duration.between(killedAt, restartedAt).toSeconds(),
          Duration.between(restartedAt, upAgain).toSeconds(),
          Duration.between(restartedAt, mailsIn).toSeconds(), mails.size(), duplicates,
          redelivered, stepsPerCaseAndKind.values().stream().filter(c -> c > 1).count(),
          mails.stream().map(Mailbox.Mail::messageId).distinct().count(), lost,
          db.count("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1"),
          Duration.between(began, Instant.now()).toSeconds()));

      assertThat(allMails).as("every expected e-mail arrived").isTrue();
      assertThat(idle).as("no job left due").isTrue();
      // Every step's e-mail sent once: one Message-ID per (case, kind), one idempotency-log row.
      for (String rt : allCases) {
        assertThat(mails.stream().filter(m -> rt.equals(m.caseNumber())
            && REQUESTED.equals(m.kind())).map(Mailbox.Mail::messageId).distinct().count())
            .as("request e-mails of " + rt).isEqualTo(1);
      }
      assertThat(stepsPerCaseAndKind).as("e-mails per (case, kind)").allSatisfy((key, count) ->
          assertThat(count).as(key).isEqualTo(1));
      assertThat(db.query("SELECT business_key, template FROM sent_mail"
          + " GROUP BY business_key, template HAVING count(*) > 1")).isEmpty();
      // A second physical copy only where the kill fell between the SMTP server's acceptance and
      // the commit of the idempotency log (SMTP joins no transaction): same Message-ID, first copy
      // accepted before the kill, at most one copy more, at most one per job in flight.
      assertThat(acceptedBeforeKill).containsAll(redelivered);
      assertThat(perCaseAndKind.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(2));
      assertThat((long) redelivered.size()).isLessThanOrEqualTo(lockedAtKill);
      assertThat(Steps.jobsSucceededTwice(db)).isEmpty();
      assertThat(db.count("SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL"
          + " OR retries_ = 0")).isZero();
      assertThat(db.count("SELECT count(*) FROM act_ru_incident")).isZero();

      // Where each case is now: nothing lost, each at the expected place.
      for (String rt : burstCases) {
        assertThat(Steps.status(db, rt)).isEqualTo("SOLICITADO");
        assertThat(db.count("SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e"
            + " ON e.id_ = t.proc_inst_id_ WHERE e.business_key_ = ?"
            + " AND t.task_def_key_ = 'Task_VisaSignature'", rt)).as(rt).isEqualTo(1);
      }
      for (String rt : expiringCases) {
        // The R-B10 timer fired: recorded, e-mailed, continued in the after-expiry process.
        assertThat(Steps.status(db, rt)).isEqualTo("VENCIDO_SIN_RECLAMAR");
        assertThat(db.count("SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d"
            + " ON d.id_ = e.proc_def_id_ WHERE e.business_key_ = ?"
            + " AND d.key_ = 'token-renewal-after-expiry'", rt)).as(rt).isPositive();
      }
      assertThat(Steps.status(db, visaCase)).isEqualTo("ENTREGADO_EN_OFICINA");
      assertThat(db.count("SELECT count(*) FROM act_ru_event_subscr s JOIN act_ru_execution e"
          + " ON e.id_ = s.proc_inst_id_ WHERE e.business_key_ = ?"
          + " AND s.event_name_ = 'TokenRenewalActivationRequested'", visaCase)).isEqualTo(1);
      assertThat(Steps.status(db, deliveredCase)).isEqualTo("ACTIVADO");
      assertThat(db.query("SELECT end_act_id_ FROM act_hi_procinst WHERE business_key_ = ?"
          + " AND proc_def_key_ = 'token-renewal-before-expiry'", deliveredCase))
          .extracting(r -> r.get("end_act_id_")).containsExactly("EndEvent_TokenRenewed");
      assertThat(lost).isZero();
    }
  }
}
