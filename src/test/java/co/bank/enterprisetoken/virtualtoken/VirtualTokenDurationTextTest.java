package co.bank.enterprisetoken.virtualtoken;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * R-T4 R-T5: the lock and the window the holder reads come from the settings. With the lock set to
 * 12 hours, the API's refusal, the step the portal shows and the e-mail all say "12 horas".
 */
@DisplayName("R-T4 R-T5 los plazos que lee el titular salen de la configuración (bloqueo de 12 horas)")
class VirtualTokenDurationTextTest extends IntegrationTest {

  private static final Map<String, String> WRONG = Map.of("mobile", "07", "surname", "MEJÍA",
      "company", "Textiles del Norte S.A.");

  @Autowired TestRestTemplate http;
  @Autowired BankUserRepository users;
  @Autowired CompanyRepository companies;
  @Autowired VirtualTokenSettings settings;

  private VirtualTokenSteps steps;
  private TestCompany company;
  private String holderEmail;
  private Duration shippedLock;
  private String shippedWindow;

  @BeforeEach
  void givenATwelveHourLock() {
    clock.setInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    shippedLock = settings.getLock();
    shippedWindow = settings.getWindow();
    settings.setLock(Duration.ofHours(12));
    settings.setWindow("P2M");
    steps = new VirtualTokenSteps(new PortalClient(http.withBasicAuth("portal", "portal-test-password")));
    company = fixtures.company();
    holderEmail = inTransaction(() -> holder().getEmail());
  }

  @AfterEach
  void restoreSettings() {
    settings.setLock(shippedLock);
    settings.setWindow(shippedWindow);
  }

  private BankUser holder() {
    return users.findByCompanyAndIdTypeAndIdNumber(
        companies.findByNit(company.nit()).orElseThrow(), IdType.CC, company.adminId()).orElseThrow();
  }

  @Test
  @DisplayName("R-T4 con bloqueo PT12H: el 409 del portal, el paso y el correo dicen 12 horas")
  void twelveHourLockEverywhere() throws Exception {
    String id = steps.started(company.nit(), company.adminId(), "NEW");
    runDueJobs();
    MimeMessage link = mailsTo(holderEmail).stream()
        .filter(m -> VirtualTokenSteps.text(m).contains("?caso=")).findFirst().orElseThrow();
    assertThat(VirtualTokenSteps.text(link)).contains("bloqueado por 12 horas", "(2 meses)")
        .doesNotContain("24 horas", "3 meses");
    assertThat(steps.contract(id, VirtualTokenSteps.linkToken(mailsTo(holderEmail))).status())
        .isEqualTo(200);
    assertThat(steps.identity(id, company.adminId(), "2005-03-14").status()).isEqualTo(200);
    steps.answers(id, WRONG);
    steps.answers(id, WRONG);
    Response locked = steps.answers(id, WRONG);

    assertThat(locked.status()).as(locked.raw()).isEqualTo(409);
    assertThat(locked.body().path("detail").asText()).contains("bloqueado por 12 horas")
        .doesNotContain("24");
    Response view = portal().get("/virtual-tokens/" + id);
    assertThat(view.body().path("message").asText() + " " + view.body().path("next").asText())
        .contains("bloqueado por 12 horas", "reinicia el bloqueo por 12 horas más")
        .doesNotContain("24");
    Response again = steps.answers(id, WRONG);
    assertThat(again.body().path("detail").asText()).contains("reinició el bloqueo por 12 horas");

    runDueJobs();
    MimeMessage notice = mailsTo(holderEmail).stream()
        .filter(m -> subject(m).contains("bloqueado")).findFirst().orElseThrow();
    assertThat(subject(notice)).contains("12 horas");
    assertThat(VirtualTokenSteps.text(notice)).contains("bloqueado por 12 horas")
        .doesNotContain("24 horas");
  }

  private PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
