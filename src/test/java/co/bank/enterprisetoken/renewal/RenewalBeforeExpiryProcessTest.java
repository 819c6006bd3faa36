package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Proceso 1: renovación antes del vencimiento")
class RenewalBeforeExpiryProcessTest extends IntegrationTest {

  @Autowired TestRestTemplate http;

  PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  @Test
  @DisplayName("R-B6 R-B7 R-B8 R-B9: solicitud, PDF por correo, visado, entrega y activación")
  void renewalFromRequestToActivation() throws Exception {
    TestCompany company = fixtures.company();
    var created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();

    ProcessInstance instance = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_GenerateRequestForm");
    runDueJobs();

    MimeMessage mail = mailsTo(company.email()).get(0);
    assertThat(mail.getSubject()).contains(number);
    assertThat(pdfText(mail)).contains(number, company.nit());

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VisaSignature");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("branch-" + company.office());
    // As Tasklist does: the user with its groups (authorizations are on; the task is the group's).
    engine.getIdentityService().setAuthentication("oficina0001",
        java.util.List.of("branch-" + company.office()));
    complete(task(), withVariables("visaResult", "APPROVED", "visaEvidenceReference", "EV-1"));
    complete(task(), withVariables("deliveryRecipient", "HOLDER", "presentedIdType", "CC",
        "presentedIdNumber", company.operatorId(), "identityDocumentChecked", true,
        "newDeviceSerial", "4999999999"));
    engine.getIdentityService().clearAuthentication();
    runDueJobs();
    clock.setInstant(clock.instant().plusSeconds(60)); // a dynamic code is accepted only once

    var activated = portal().post("/renewals/" + number + "/activation", Map.of(
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "newDeviceSerial", "4999999999", "dynamicCode", fixtures.codeOf(company.adminSerial())));
    assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
    assertThat(activated.body().path("status").asText()).isEqualTo("ACTIVADO");
    assertThat(fixtures.stateOf("4999999999")).isEqualTo(DeviceState.ACTIVE);
    assertThat(fixtures.stateOf(company.operatorSerial())).isEqualTo(DeviceState.INACTIVE);
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TokenRenewed");
  }

  static String pdfText(MimeMessage mail) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (part.isMimeType("application/pdf")) {
        try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(
            part.getInputStream().readAllBytes())))) {
          return PdfTextExtractor.getTextFromPage(pdf.getPage(1));
        }
      }
    }
    throw new AssertionError("No PDF attached");
  }
}
