package co.bank.enterprisetoken.documents;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Conservación de los formatos generados")
class DocumentRetentionTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired DocumentRetention retention;
  @Autowired StoredDocumentRepository documents;
  @Autowired DocumentSettings settings;

  private String requestedCase() {
    TestCompany company = fixtures.company();
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    runDueJobs();
    return created.body().path("renewals").path(0).path("confirmationNumber").asText();
  }

  @Test
  @DisplayName("a form is kept for the record-keeping period (10 years by default) and removed by"
      + " the daily job once it has passed; a later form stays")
  void removedAfterTheRecordKeepingPeriod() {
    assertThat(settings.getRetention()).hasYears(10);
    String old = requestedCase();
    var issuedAt = documents.findByBusinessKeyAndType(old, DocumentType.RENEWAL_REQUEST_FORM)
        .orElseThrow().getCreatedAt();

    clock.setInstant(issuedAt.atZone(ZoneId.of("America/Bogota")).plusYears(10)
        .minus(Duration.ofMinutes(1)).toInstant());
    String recent = requestedCase();
    retention.removeExpired();
    assertThat(documents.findByBusinessKeyAndType(old, DocumentType.RENEWAL_REQUEST_FORM))
        .as("one minute short of ten years").isPresent();

    clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));
    assertThat(retention.removeExpired()).isPositive();
    assertThat(documents.findByBusinessKeyAndType(old, DocumentType.RENEWAL_REQUEST_FORM))
        .isEmpty();
    assertThat(documents.findByBusinessKeyAndType(recent, DocumentType.RENEWAL_REQUEST_FORM))
        .isPresent();
    assertThat(retention.removeExpired()).as("idempotent").isZero();
  }
}
