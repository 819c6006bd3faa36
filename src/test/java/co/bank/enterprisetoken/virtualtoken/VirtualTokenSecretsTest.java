package co.bank.enterprisetoken.virtualtoken;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.IdType;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("R-T2 R-T7 el enlace y la contraseña del certificado no llegan a variables, historial, logs ni correos")
@ExtendWith(OutputCaptureExtension.class)
class VirtualTokenSecretsTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired DataSource dataSource;
  @Autowired BankUserRepository users;
  @Autowired CompanyRepository companies;

  @Test
  @DisplayName("R-T2 R-T7 tras un token virtual nuevo completo: solo hashes en la base, nada en el log")
  void secretsOnlyAsHashes(CapturedOutput output) throws Exception {
    var steps = new VirtualTokenSteps(
        new PortalClient(http.withBasicAuth("portal", "portal-test-password")));
    TestCompany company = fixtures.company();
    String email = inTransaction(() -> users.findByCompanyAndIdTypeAndIdNumber(
        companies.findByNit(company.nit()).orElseThrow(), IdType.CC, company.adminId())
        .orElseThrow().getEmail());
    // Unique per run; repeated characters collapsed (the policy refuses three in a row).
    String password = "Tv" + Long.toString(System.nanoTime(), 36).toUpperCase()
        .replaceAll("(.)\\1+", "$1") + "x7";
    String id = steps.started(company.nit(), company.adminId(), "NEW");
    runDueJobs();
    String link = VirtualTokenSteps.linkToken(mailsTo(email));
    assertThat(steps.contract(id, link).status()).isEqualTo(200);
    steps.identity(id, company.adminId(), "2005-03-14");
    var answers = inTransaction(() -> {
      var holder = users.findByCompanyAndIdTypeAndIdNumber(
          companies.findByNit(company.nit()).orElseThrow(), IdType.CC, company.adminId()).orElseThrow();
      return DemoIdentityQuestionnaire.correctAnswers(
          new IdentityQuestionnaire.Holder(holder, null, holder.getCompany().getName()));
    });
    assertThat(steps.answers(id, answers).status()).isEqualTo(200);
    steps.certificate(id);
    assertThat(steps.post(id, "password", java.util.Map.of("password", password + " ",
        "passwordConfirmation", password)).status()).as("refused, still logged?").isEqualTo(400);
    var done = steps.password(id, password);
    assertThat(done.status()).as(done.raw()).isEqualTo(200);
    runDueJobs();
    assertThat(steps.installation(id).status()).isEqualTo(200);

    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(names).map(String::toUpperCase).contains("VIRTUAL_TOKEN_CASE", "SIGNING_USER",
          "ACT_HI_VARINST", "ACT_GE_BYTEARRAY");
      for (String table : names) {
        try (Statement st = connection.createStatement();
            ResultSet rows = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
              Object value = rows.getObject(c);
              String text = value instanceof byte[] bytes
                  ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
              if (text.contains(password) || text.contains(link)) {
                found.add(table + "." + rows.getMetaData().getColumnName(c));
              }
            }
          }
        }
      }
    }
    assertThat(found).as("tables holding the link token or the password").isEmpty();
    assertThat(output.getAll()).doesNotContain(password).doesNotContain(link);
    for (MimeMessage mail : mailsTo(email)) {
      String raw = GreenMailUtil.getWholeMessage(mail);
      assertThat(raw).doesNotContain(password);
    }
  }
}
