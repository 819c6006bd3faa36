package co.bank.enterprisetoken.registration;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.NewUser;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The portal's calls of a registration, for the tests of process 3. */
class RegistrationSteps {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private final PortalClient portal;
  private final SmsOutbox sms;

  RegistrationSteps(PortalClient portal, SmsOutbox sms) {
    this.portal = portal;
    this.sms = sms;
  }

  Response start(TestCompany company, NewUser user, boolean actsAsAdmin) {
    return portal.post("/registrations", Map.of("companyNit", company.nit(), "idType", "CC",
        "idNumber", user.idNumber(), "actsAsAdmin", actsAsAdmin));
  }

  /** Starts a registration and answers 201; returns its id. */
  String started(TestCompany company, NewUser user, boolean actsAsAdmin) {
    Response started = start(company, user, actsAsAdmin);
    assertThat(started.status()).as(started.raw()).isEqualTo(201);
    return started.body().path("id").asText();
  }

  Response get(String id) {
    return portal.get("/registrations/" + id);
  }

  String step(String id) {
    return get(id).body().path("step").asText();
  }

  Response step(String id, String step, Object body) {
    return portal.post("/registrations/" + id + "/" + step, body);
  }

  Response confirm(String id, boolean correct) {
    return step(id, "confirmation", Map.of("dataCorrect", correct));
  }

  Response code(String id, String code) {
    return step(id, "code", Map.of("code", code));
  }

  Response terms(String id) {
    return step(id, "terms", Map.of("accepted", true));
  }

  Response serial(String id, String serial) {
    return step(id, "serial", Map.of("serial", serial));
  }

  Response password(String id, String password, String adminCode) {
    return step(id, "password", Map.of("password", password, "adminDynamicCode", adminCode));
  }

  List<SmsOutbox.Sms> smsTo(String mobile) {
    return sms.messages().stream().filter(m -> m.mobile().equals(mobile)).toList();
  }

  /** The code of the last SMS to {@code mobile}, as the user reads it. */
  String lastCode(String mobile) {
    List<SmsOutbox.Sms> received = smsTo(mobile);
    assertThat(received).as("SMS to " + mobile).isNotEmpty();
    Matcher m = CODE.matcher(received.get(received.size() - 1).text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }
}
