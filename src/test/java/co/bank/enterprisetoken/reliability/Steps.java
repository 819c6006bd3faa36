package co.bank.enterprisetoken.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What the portal and a branch clerk do, over HTTP against a node; and the engine's tables. */
final class Steps {

  static final ObjectMapper JSON = new ObjectMapper();

  private Steps() {}

  /** The admin requests the renewal of the operator's token; answers the confirmation number. */
  static String requestRenewal(AppNode node, Registry.TestCompany company, Instant codeAt)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = node.call("POST", "/api/v1/renewals", "portal",
        company.renewalJson(Registry.code(company.adminSecret(), codeAt)));
    if (answer.statusCode() != 201) {
      throw new AssertionError("renewal of " + company.nit() + " on " + node.name + ": "
          + answer.statusCode() + " " + answer.body());
    }
    return JSON.readTree(answer.body()).path("renewals").path(0).path("confirmationNumber")
        .asText();
  }

  /** The admin activates the delivered token (R-B8) through the portal API. */
  static int activate(AppNode node, Registry.TestCompany company, String caseNumber,
      Instant codeAt) throws IOException, InterruptedException {
    String body = """
        {"adminIdType":"CC","adminIdNumber":"%s","newDeviceSerial":"%s","dynamicCode":"%s"}"""
        .formatted(company.adminId(), company.newSerial(),
            Registry.code(company.adminSecret(), codeAt));
    HttpResponse<String> answer = node.call("POST", "/api/v1/renewals/" + caseNumber
        + "/activation", "portal", body);
    if (answer.statusCode() != 200) {
      throw new AssertionError("activation of " + caseNumber + ": " + answer.statusCode() + " "
          + answer.body());
    }
    return answer.statusCode();
  }

  /** A code of a step after {@code usedAt}'s: each step is accepted once, one step of drift. */
  static Instant nextCodeTime(Instant usedAt) {
    Instant now = Instant.now();
    return now.getEpochSecond() / 60 > usedAt.getEpochSecond() / 60 ? now : now.plusSeconds(60);
  }

  /** The branch completes its open task of the case through the engine REST API (as admin). */
  static void completeTask(AppNode node, String caseNumber, String taskKey,
      Map<String, Object> variables) throws IOException, InterruptedException {
    String taskId = null;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (taskId == null && Instant.now().isBefore(deadline)) {
      HttpResponse<String> tasks = node.call("GET", "/engine-rest/task?processInstanceBusinessKey="
          + caseNumber + "&taskDefinitionKey=" + taskKey, "admin", null);
      JsonNode list = JSON.readTree(tasks.body());
      if (tasks.statusCode() == 200 && list.size() == 1) {
        taskId = list.get(0).path("id").asText();
      } else {
        Thread.sleep(500);
      }
    }
    if (taskId == null) {
      throw new AssertionError("no task " + taskKey + " for " + caseNumber + " within 90 s");
    }
    var vars = JSON.createObjectNode();
    variables.forEach((name, value) -> vars.set(name, JSON.valueToTree(Map.of("value", value))));
    HttpResponse<String> done = node.call("POST", "/engine-rest/task/" + taskId + "/complete",
        "admin", JSON.createObjectNode().set("variables", vars).toString());
    if (done.statusCode() != 204) {
      throw new AssertionError("completing " + taskKey + " of " + caseNumber + ": "
          + done.statusCode() + " " + done.body());
    }
  }

  /**
   * A positive visa needs the scan of the signed form and the code printed on it. These tests are
   * about crashes, not scans: the branch's upload (a Tasklist session, EvidenceScanTest) is stood
   * in for by its row.
   */
  static void approveVisa(AppNode node, TestDatabase db, String caseNumber) throws Exception {
    String scanId = java.util.UUID.randomUUID().toString();
    db.update("INSERT INTO evidence_scan (id, business_key, purpose, file_name, media_type,"
        + " size_bytes, sha256, content, uploaded_by, branch_office, uploaded_at)"
        + " VALUES (?, ?, 'VISA', 'formato.pdf', 'application/pdf', 1, ?, ?, 'oficina0001',"
        + " '0001', now())", scanId, caseNumber, "0".repeat(64), new byte[] {1});
    completeTask(node, caseNumber, "Task_VisaSignature", Map.of("visaResult", "APPROVED",
        "visaEvidenceReference", "EV-" + caseNumber, "scanIds", scanId,
        "verificationCode", deliveryFormCode(db, caseNumber)));
  }

  /**
   * The code printed on the request form, as the clerk reads it off the paper. The form is made by
   * an async job after the request: the clerk can only read it once it exists (TwoNodesIT and
   * NodeCrashIT ask right after the request).
   */
  static String deliveryFormCode(TestDatabase db, String caseNumber) throws InterruptedException {
    String query = "SELECT verification_code FROM document WHERE business_key = ?"
        + " AND document_type = 'RENEWAL_REQUEST_FORM'";
    if (!await(() -> !db.query(query, caseNumber).isEmpty(), Duration.ofMinutes(2))) {
      throw new AssertionError("no request form for " + caseNumber + " within 2 minutes");
    }
    return (String) db.query(query, caseNumber).get(0).get("verification_code");
  }

  static void deliverToHolder(AppNode node, Registry.TestCompany company, String caseNumber)
      throws Exception {
    completeTask(node, caseNumber, "Task_DeliverToken", Map.of("deliveryRecipient", "HOLDER",
        "presentedIdType", "CC", "presentedIdNumber", company.operatorId(),
        "identityDocumentChecked", true, "newDeviceSerial", company.newSerial()));
  }

  static String status(TestDatabase db, String caseNumber) {
    return (String) db.query("SELECT status FROM renewal_case WHERE confirmation_number = ?",
        caseNumber).get(0).get("status");
  }

  /** Jobs due now or within the hour (far-off timers, such as the expiries, excluded). */
  static long dueJobs(TestDatabase db) {
    return db.count("SELECT count(*) FROM act_ru_job WHERE (duedate_ IS NULL"
        + " OR duedate_ < now() + interval '1 hour') AND retries_ > 0"
        + " AND handler_type_ <> 'history-cleanup'");
  }

  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(500);
    }
    return condition.getAsBoolean();
  }

  /**
   * Jobs that succeeded more than once: each job must run to its end exactly once. History
   * cleanup is one job that runs again and again under its id inside its nightly window (the
   * run failed when it fell in that window, 01:00-05:00 of the JVM's clock).
   */
  static List<Map<String, Object>> jobsSucceededTwice(TestDatabase db) {
    return db.query("SELECT job_id_, count(*) AS n FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND job_def_type_ <> 'history-cleanup' GROUP BY job_id_ HAVING count(*) > 1");
  }

  /** For diagnosis after the database is gone: every e-mail received and the idempotency log. */
  static void dump(String file, TestDatabase db, List<Mailbox.Mail> mails) throws IOException {
    StringBuilder out = new StringBuilder("# e-mails received (case | kind | Message-ID | to)\n");
    mails.forEach(m -> out.append(m.caseNumber()).append(" | ").append(m.kind()).append(" | ")
        .append(m.messageId()).append(" | ").append(m.to()).append('\n'));
    out.append("# sent_mail\n");
    db.query("SELECT * FROM sent_mail ORDER BY id").forEach(r -> out.append(r).append('\n'));
    out.append("# act_hi_job_log (not 'created')\n");
    db.query("SELECT timestamp_, job_state_, job_id_, job_def_type_, act_id_, process_instance_id_,"
        + " hostname_, job_exception_msg_ FROM act_hi_job_log WHERE job_state_ <> 0"
        + " ORDER BY timestamp_").forEach(r -> out.append(r).append('\n'));
    Files.createDirectories(AppNode.LOGS);
    Files.writeString(AppNode.LOGS.resolve(file), out, StandardCharsets.UTF_8);
  }

  static void report(String file, String text) throws IOException {
    Files.createDirectories(AppNode.LOGS);
    Files.writeString(AppNode.LOGS.resolve(file), text + System.lineSeparator(),
        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.println(text);
  }
}
