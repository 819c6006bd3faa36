package co.bank.enterprisetoken.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The guessing limit of dynamic codes: 5 wrong codes in a row for one token lock its codes for
 * 15 minutes (423 with the end of the lock in Bogotá time) on every endpoint that takes one,
 * every wrong try is a registry event, and back office can unlock earlier.
 */
@DisplayName("Límite de intentos del número dinámico por token")
class DynamicCodeGuessingTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  private TestCompany company;
  private PortalClient portal;

  @BeforeEach
  void givenACompany() {
    company = fixtures.company();
    portal = new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  /** A 6-digit code the admin's token does not show now, nor one step before or after. */
  private String wrongCode() {
    Instant now = clock.instant();
    List<String> near = List.of(fixtures.codeOf(company.adminSerial()));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", (Integer.parseInt(near.get(0)) + 7 + candidate) % 1_000_000);
      clock.setInstant(now.minusSeconds(60));
      String before = fixtures.codeOf(company.adminSerial());
      clock.setInstant(now.plusSeconds(60));
      String after = fixtures.codeOf(company.adminSerial());
      clock.setInstant(now);
      if (!code.equals(before) && !code.equals(after)) {
        return code;
      }
    }
  }

  private Response renewal(String code) {
    return portal.post("/renewals", PortalClient.renewal(company, code,
        Map.of("deviceSerial", company.operatorSerial())));
  }

  private Response unassignment(String code) {
    Map<String, Object> body = new HashMap<>(Map.of("companyNit", company.nit(),
        "adminIdType", "CC", "adminIdNumber", company.adminId(), "dynamicCode", code,
        "deviceSerial", company.operatorSerial(), "reason", "PERDIDA_FALLA_ROBO",
        "branchOffice", company.office(),
        "collector", Map.of("idType", "CC", "idNumber", "52123456", "names", "María",
            "surnames", "Rojas")));
    return portal.post("/unassignments", body);
  }

  private long events(String action) {
    return jdbc.queryForObject("select count(*) from device_event e join device d"
        + " on d.id = e.device_id where d.serial = ? and e.action = ?", Long.class,
        company.adminSerial(), action);
  }

  private long cases() {
    return jdbc.queryForObject("select count(*) from renewal_case", Long.class);
  }

  private Instant lockFiveTimes() {
    for (int i = 0; i < 5; i++) {
      Response wrong = renewal(wrongCode());
      assertThat(wrong.status()).as(wrong.raw()).isEqualTo(400);
      assertThat(wrong.fields()).containsExactly("dynamicCode");
    }
    return clock.instant();
  }

  @Test
  @DisplayName("5 números errados seguidos bloquean el token 15 minutos en todas las operaciones; luego el correcto vale")
  void fiveWrongCodesLockTheTokenForFifteenMinutes() {
    long casesBefore = cases();
    Instant lockedAt = lockFiveTimes();
    assertThat(events("CODIGO_DINAMICO_ERRADO")).isEqualTo(5);
    assertThat(events("CODIGOS_BLOQUEADOS")).isEqualTo(1);

    // Even the right code is refused now, on every endpoint that takes the admin's code.
    for (Response locked : List.of(renewal(fixtures.codeOf(company.adminSerial())),
        unassignment(fixtures.codeOf(company.adminSerial())))) {
      assertThat(locked.status()).as(locked.raw()).isEqualTo(423);
      assertThat(locked.headers().getContentType().toString()).startsWith("application/problem+json");
      assertThat(locked.body().path("type").asText())
          .isEqualTo("urn:token-empresarial:problem:dynamic-code-locked");
      String until = locked.body().path("lockedUntil").asText();
      assertThat(until).as("Bogotá offset").endsWith("-05:00");
      assertThat(java.time.OffsetDateTime.parse(until).toInstant()).isEqualTo(lockedAt
          .plus(Duration.ofMinutes(15)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      assertThat(locked.body().path("detail").asText()).contains("hora de Bogotá")
          .doesNotContain("Exception");
    }
    assertThat(events("CODIGO_RECHAZADO_BLOQUEO")).isEqualTo(2);
    assertThat(cases()).as("nothing created while locked").isEqualTo(casesBefore);

    clock.setInstant(lockedAt.plus(Duration.ofMinutes(15)).plusSeconds(1));
    assertThat(renewal(fixtures.codeOf(company.adminSerial())).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("Un número correcto reinicia la cuenta de errados")
  void aRightCodeResetsTheCount() {
    for (int i = 0; i < 4; i++) {
      assertThat(unassignment(wrongCode()).status()).isEqualTo(400);
    }
    assertThat(renewal(fixtures.codeOf(company.adminSerial())).status()).isEqualTo(201);
    clock.setInstant(clock.instant().plusSeconds(60));
    for (int i = 0; i < 4; i++) {
      assertThat(portal.post("/renewals", PortalClient.renewal(company, wrongCode(),
          Map.of("deviceSerial", company.adminSerial()))).status()).isEqualTo(400);
    }
    assertThat(events("CODIGOS_BLOQUEADOS")).isZero();
  }

  @Test
  @DisplayName("Back office desbloquea el token antes de tiempo; el portal no puede")
  void backOfficeUnlocks() {
    lockFiveTimes();
    if (engine.getIdentityService().createUserQuery().userId("boh14").count() == 0) {
      User clerk = engine.getIdentityService().newUser("boh14");
      clerk.setPassword("bo-test-password");
      engine.getIdentityService().saveUser(clerk);
      engine.getIdentityService().createMembership("boh14", "backoffice");
    }
    String path = "/backoffice/devices/" + company.adminSerial() + "/dynamic-code-lock";
    assertThat(http.withBasicAuth("portal", "portal-test-password")
        .exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(renewal(fixtures.codeOf(company.adminSerial())).status()).isEqualTo(423);
    assertThat(http.withBasicAuth("boh14", "bo-test-password")
        .exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class).getStatusCode().value())
        .isEqualTo(204);
    assertThat(events("CODIGOS_DESBLOQUEADOS")).isEqualTo(1);
    clock.setInstant(clock.instant().plusSeconds(60));
    assertThat(renewal(fixtures.codeOf(company.adminSerial())).status()).isEqualTo(201);
  }
}
