package co.bank.enterprisetoken.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * No one without the right password locks out or slows down the portal or an operator; a human
 * user's lock (per user and address) always ends by itself.
 */
@DisplayName("Sin bloqueos por extraños: portal y operadores")
class LoginLockoutTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired LoginThrottle throttle;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private int status(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, String.class).getStatusCode()
        .value();
  }

  @Test
  @DisplayName("60 claves erradas del portal en todas las puertas: el portal real sigue entrando")
  void strangersCannotLockThePortal() {
    for (int i = 0; i < 20; i++) {
      assertThat(status("portal", "wrong-" + i, "/api/v1/renewals/RT-99999999")).isEqualTo(401);
      status("portal", "wrong-" + i, "/engine-rest/task");
      http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
          new org.springframework.http.HttpEntity<>("username=portal&password=wrong-" + i,
              formHeaders()), String.class);
    }
    // No lock and no delay to measure: the portal is checked against its own secret, never
    // through the throttle or Camunda's login delay (off in application.yaml).
    assertThat(status("portal", "portal-test-password", "/api/v1/renewals/RT-99999999"))
        .isEqualTo(404);
  }

  @Test
  @DisplayName("Un operador: 5 claves erradas bloquean solo esa dirección y por minutos, nunca para siempre")
  void operatorLockIsTemporaryAndNeverPermanent() {
    String operator = "operadorh14";
    if (engine.getIdentityService().createUserQuery().userId(operator).count() == 0) {
      User user = engine.getIdentityService().newUser(operator);
      user.setPassword("operator-test-password");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(operator, "camunda-admin");
    }
    Instant start = clock.instant();
    for (int i = 0; i < 30; i++) {
      status(operator, "wrong-" + i, "/engine-rest/task");
      status(operator, "wrong-" + i, "/actuator/prometheus");
    }
    var locked = http.withBasicAuth(operator, "operator-test-password")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(locked.getStatusCode().value()).as("this address waits").isEqualTo(429);
    assertThat(locked.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(locked.getBody()).contains("lockedUntil").contains("-05:00");
    assertThat(throttle.lockedUntil(operator, "10.1.2.3")).as("other addresses are not locked")
        .isEmpty();
    assertThat(engine.getIdentityService().checkPassword(operator, "operator-test-password"))
        .as("Camunda's own lock is off: the identity service never locks the user").isTrue();

    clock.setInstant(start.plus(Duration.ofMinutes(16)));
    assertThat(status(operator, "operator-test-password", "/engine-rest/task"))
        .as("the lock ends by itself (at most 15 minutes)").isEqualTo(200);
    assertThat(status(operator, "operator-test-password", "/actuator/prometheus")).isEqualTo(200);
  }

  @Test
  @DisplayName("Dos nodos cuentan los mismos intentos: 3 claves erradas en uno y 2 en otro bloquean"
      + " en ambos; la clave correcta en cualquiera desbloquea en todos")
  void nodesShareTheCount() {
    var nodeA = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    var nodeB = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    String user = "analista-dos-nodos";
    String address = "10.9.8.7";
    for (int i = 0; i < 3; i++) {
      nodeA.failed(user, address);
    }
    nodeB.failed(user, address);
    assertThat(nodeA.lockedUntil(user, address)).isEmpty();
    nodeB.failed(user, address);
    assertThat(nodeA.lockedUntil(user, address)).as("the fifth try, on the other node, locks")
        .contains(clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(
            java.time.temporal.ChronoUnit.SECONDS));
    assertThat(nodeB.lockedUntil(user, address)).isEqualTo(nodeA.lockedUntil(user, address));

    clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));
    nodeA.succeeded(user, address);
    nodeB.failed(user, address);
    assertThat(nodeA.lockedUntil(user, address)).as("a correct password reset the count").isEmpty();

    clock.setInstant(clock.instant().plus(Duration.ofMinutes(16)));
    nodeA.forgetQuietPairs();
    assertThat(jdbc.queryForObject("select count(*) from login_failure where user_key = ?",
        Integer.class, user)).as("a pair quiet for longer than the longest lock is forgotten")
        .isZero();
  }

  private static org.springframework.http.HttpHeaders formHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    return headers;
  }
}
