package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import co.bank.enterprisetoken.documents.ArchivalPdf;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * R-S1c with the verification code: the branch types (or reads with the QR reader) the code printed
 * on the paper presented; only the current version of the case's form passes. Codes are read off
 * the e-mailed PDFs, as the clerk reads them off the paper.
 */
@DisplayName("Código de verificación de los formatos en el visado y en la verificación del ECON-084")
class FormVerificationCodeTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;

  private PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  private String request(TestCompany company) {
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    runDueJobs();
    return created.body().path("renewals").path(0).path("confirmationNumber").asText();
  }

  private Task task(String number, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(key).singleResult();
  }

  private void complete(String number, String key, String group, Object... variables) {
    Task task = task(number, key);
    completeAs(group, task, fixtures.withScanWhereTaken(task, "u-" + group, group,
        withVariables(variables[0].toString(), variables[1],
            java.util.Arrays.copyOfRange(variables, 2, variables.length))));
  }

  /** A positive visa as the clerk gives it, with {@code code} typed as the form's code. */
  private void visa(String number, TestCompany company, String code) {
    String group = "branch-" + company.office();
    Task task = task(number, "Task_VisaSignature");
    Map<String, Object> visa = fixtures.approvedVisa(number, task.getId(), "u-" + group, group);
    visa.put("verificationCode", code);
    completeAs(group, task, visa);
  }

  private void completeAs(String group, Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("u-" + group, List.of(group));
    try {
      completeTask(task, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs();
  }

  private static FieldError refusal(Runnable action) {
    var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        action::run);
    assertThat(thrown).as("refused with a field error").isNotNull();
    assertThat(thrown.getErrors()).extracting(FieldError::field).containsExactly("verificationCode");
    return thrown.getErrors().get(0);
  }

  /** The code printed on the last e-mailed attachment {@code type} of the case, and its QR. */
  private static String printedCode(String address, DocumentType type, String number)
      throws Exception {
    byte[] pdf = null;
    for (MimeMessage mail : mailsTo(address)) {
      Multipart multipart = (Multipart) mail.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        Part part = multipart.getBodyPart(i);
        if (type.fileName(number).equals(part.getFileName())) {
          pdf = part.getInputStream().readAllBytes();
        }
      }
    }
    assertThat(pdf).as(type.fileName(number) + " e-mailed to " + address).isNotNull();
    String code = ArchivalPdf.printedCode(pdf);
    assertThat(ArchivalPdf.decodedQr(pdf)).isEqualTo(code);
    return code;
  }

  @Test
  @DisplayName("R-S1c el visado rechaza el código del formato de otro caso y uno desconocido, y acepta"
      + " el del caso escrito en minúsculas, con espacios o leído por el lector")
  void visaRefusesAnotherCasesCode() throws Exception {
    TestCompany company = fixtures.company();
    String number = request(company);
    TestCompany other = fixtures.company();
    String otherNumber = request(other);
    String code = printedCode(company.email(), DocumentType.RENEWAL_REQUEST_FORM, number);
    String otherCode = printedCode(other.email(), DocumentType.RENEWAL_REQUEST_FORM, otherNumber);

    assertThat(refusal(() -> visa(number, company, otherCode)).message())
        .contains("otro caso");
    assertThat(refusal(() -> visa(number, company, "ZZZZZ-ZZZZZ")).message())
        .contains("ningún formato");
    assertThat(refusal(() -> visa(number, company, "12345")).message()).contains("10 letras");
    assertThat(refusal(() -> visa(number, company, null)).message()).contains("Digite o lea");
    assertThat(renewals.lastVisa(renewals.get(number))).as("nothing stored").isEmpty();

    String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " - ") + " ";
    visa(number, company, typed);
    assertThat(renewals.lastVisa(renewals.get(number))).get()
        .satisfies(v -> assertThat(v.isApproved()).isTrue());
  }

  @Test
  @DisplayName("R-S1c R-S1b después de la desasignación solo vale el formato reemitido: el código de la"
      + " solicitud original está reemplazado; back office verifica el código del ECON-084")
  void visaRefusesTheSupersededForm() throws Exception {
    TestCompany company = fixtures.company(Duration.ofDays(60), Duration.ofDays(3));
    String number = request(company);
    String original = printedCode(company.email(), DocumentType.RENEWAL_REQUEST_FORM, number);
    clock.setInstant(inTransaction(() -> renewals.get(number).getDevice().getExpiresAt())
        .plusSeconds(1));
    runDueJobs();

    String office = "branch-" + company.office();
    complete(number, "Task_RegisterEcon084", office, "receiptSignedByLegalRepresentative", true);
    String econ084 = printedCode(company.email(), DocumentType.ECON_084, number);
    assertThat(refusal(() -> complete(number, "Task_CheckEcon084", "backoffice",
        "checkResult", "APPROVED", "verificationCode", original)).message())
        .as("the request form's code is not the ECON-084's").contains("otro formato");
    complete(number, "Task_CheckEcon084", "backoffice", "checkResult", "APPROVED",
        "verificationCode", econ084);
    complete(number, "Task_UnassignToken", "backoffice", "unassignmentConfirmed", true,
        "unassignmentReference", "DES-2026-002");

    String reissued = printedCode(company.email(), DocumentType.AFTER_EXPIRY_REQUEST_FORM,
        number);
    assertThat(reissued).isNotEqualTo(original);
    assertThat(refusal(() -> visa(number, company, original)).message())
        .contains("versión reemplazada", "versión 2");
    visa(number, company, reissued);
    assertThat(renewals.lastVisa(renewals.get(number))).get()
        .satisfies(v -> assertThat(v.isApproved()).isTrue());
  }
}
