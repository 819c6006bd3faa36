package co.bank.enterprisetoken.registration;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.support.Fixtures.NewUser;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@DisplayName("R-A3 R-V6 el código y la clave no llegan a variables, historial, logs ni correos")
@ExtendWith(OutputCaptureExtension.class)
class RegistrationSecretsTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired SmsOutbox sms;
  @Autowired DataSource dataSource;
  @Autowired RegistrationRepository registrations;
  @Autowired OnlineBankingCredentialRepository credentials;
  @Autowired PasswordEncoder hasher;

  @Test
  @DisplayName("R-A3 R-A6 R-V6 tras un registro completo: solo hashes en la base, nada en el log ni en otros correos")
  void secretsOnlyAsHashes(CapturedOutput output) throws Exception {
    // given a full registration, with a wrong try of the code on the way
    var steps = new RegistrationSteps(
        new PortalClient(http.withBasicAuth("portal", "portal-test-password")), sms);
    TestCompany company = fixtures.company();
    NewUser user = fixtures.newUserWithDeliveredToken(company, Profile.OPERATOR);
    String password = randomPassword();
    String id = steps.started(company, user, false);
    steps.confirm(id, true);
    runDueJobs();
    String code = steps.lastCode(user.mobile());
    assertThat(steps.code(id, RegistrationSteps.wrong(code)).status()).isEqualTo(400);
    assertThat(steps.code(id, code).status()).isEqualTo(200);
    steps.terms(id);
    steps.serial(id, user.serial());
    assertThat(steps.password(id, "aaa123", "000000").status()).as("refused, still logged?")
        .isEqualTo(400);
    clock.setInstant(clock.instant().plusSeconds(60));
    var done = steps.password(id, password, fixtures.codeOf(company.adminSerial()));
    assertThat(done.status()).as(done.raw()).isEqualTo(200);
    runDueJobs();

    // then no table of the database holds the code or the password: engine (ACT_*) and product
    Pattern codeAlone = Pattern.compile("(?<!\\d)" + code + "(?!\\d)");
    List<String> found = new ArrayList<>();
    int tables = 0;
    try (Connection connection = dataSource.getConnection()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(names).map(String::toUpperCase).contains("ACT_GE_BYTEARRAY", "ACT_HI_DETAIL",
          "ACT_HI_VARINST", "ACT_RU_VARIABLE", "REGISTRATION", "ONLINE_BANKING_CREDENTIAL",
          "SENT_MAIL");
      for (String table : names) {
        tables++;
        try (Statement st = connection.createStatement();
            ResultSet rows = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
              Object value = rows.getObject(c);
              String text = value instanceof byte[] bytes
                  ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
              if (text.contains(password) || codeAlone.matcher(text).find()) {
                found.add(table + "." + rows.getMetaData().getColumnName(c));
              }
            }
          }
        }
      }
    }
    assertThat(tables).isGreaterThan(40);
    assertThat(found).as("tables holding the code or the password").isEmpty();

    // and the credential store holds the password's hash
    String hash = inTransaction(() -> credentials.findById(
        registrations.findById(id).orElseThrow().getUser().getId()).orElseThrow().getPasswordHash());
    assertThat(hasher.matches(password, hash)).isTrue();

    // and no log line has them
    assertThat(output.getAll()).doesNotContain(password).doesNotContainPattern(codeAlone);

    // and only the code e-mail carries the code; no e-mail carries the password
    List<MimeMessage> mails = mailsTo(user.email());
    assertThat(mails).hasSizeGreaterThanOrEqualTo(2);
    for (MimeMessage mail : mails) {
      String raw = GreenMailUtil.getWholeMessage(mail);
      assertThat(raw).doesNotContain(password);
      if (!mail.getSubject().contains("Código de registro")) {
        assertThat(raw).doesNotContainPattern(codeAlone);
      }
    }
  }

  /** A password that satisfies R-V6 and appears nowhere else: 4 letter-digit pairs. */
  private static String randomPassword() {
    var random = new java.security.SecureRandom();
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      p.append((char) ((i % 2 == 0 ? 'A' : 'a') + random.nextInt(26))).append(random.nextInt(10));
    }
    return p.toString();
  }
}
