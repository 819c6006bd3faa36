package co.bank.enterprisetoken.notification;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DisplayName("Salud del SMTP acotada: un relay que acepta y nunca responde")
class SmtpHealthTest extends IntegrationTest {

  @Autowired JavaMailSenderImpl mailSender;
  @Autowired TestRestTemplate http;
  @Autowired SmtpHealthIndicator indicator;

  @Test
  @DisplayName("/actuator/health responde en menos de 2 s y muestra el correo caído")
  void silentRelayIsBounded() throws Exception {
    int realPort = mailSender.getPort();
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept()); // accepts, never greets
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      mailSender.setPort(silent.getLocalPort());
      for (int call = 0; call < 3; call++) {
        long started = System.nanoTime();
        var health = indicator.health();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("call " + call)
            .isLessThan(Duration.ofSeconds(2));
        assertThat(health.getStatus().getCode()).isIn("DOWN", "UNKNOWN");
      }
      Thread.sleep(1500); // the background check's own 1-second timeout has passed
      var health = http.withBasicAuth("operador", "admin-test-password")
          .getForEntity("/actuator/health", String.class);
      assertThat(health.getStatusCode().value()).isEqualTo(503);
      assertThat(health.getBody()).contains("\"mail\":{\"status\":\"DOWN\"");
    } finally {
      mailSender.setPort(realPort);
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }
}
