package co.bank.enterprisetoken.demo;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Outside the demo profile the demo stand-ins do not exist, even for an operator. */
@DisplayName("Fuera del perfil demo no hay atajos de demostración")
class DemoEndpointsOutsideDemoTest extends IntegrationTest {

  @Autowired TestRestTemplate http;

  @Test
  @DisplayName("Adelantar un temporizador, el buzón y los SMS de demostración no existen (404)")
  void noDemoEndpoints() {
    var operator = http.withBasicAuth("operador", "admin-test-password");
    assertThat(operator.postForEntity("/demo/cases/RT-00000001/next-timer", null, String.class)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(operator.getForEntity("/demo/mail", String.class).getStatusCode().value())
        .isEqualTo(404);
    assertThat(operator.getForEntity("/demo/sms", String.class).getStatusCode().value())
        .isEqualTo(404);
  }
}
