package co.bank.enterprisetoken.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.bank.enterprisetoken.demo.DemoMailServer.ReceivedMail;
import co.bank.enterprisetoken.notification.MailAttachment;
import co.bank.enterprisetoken.notification.OutgoingMail;
import co.bank.enterprisetoken.notification.MailPoolSettings;
import co.bank.enterprisetoken.notification.SmtpConnectionPool;
import co.bank.enterprisetoken.notification.SmtpMailer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The demo mailbox, driven through its own GreenMail server (no Spring context). */
class DemoMailServerTest {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final byte[] PDF = "%PDF-1.7 demo \u00f1\n%%EOF".getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;
  private DemoMailServer server;
  private SmtpMailer mailer;

  @BeforeEach
  void startServer() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T14:15:16.789Z"), BOGOTA);
    server = new DemoMailServer(port, folder, clock, BOGOTA);
    server.start();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    mailer = new SmtpMailer(new SmtpConnectionPool(sender, new MailPoolSettings()),
        "Token Empresarial <token.empresarial@banco.example>");
  }

  @AfterEach
  void stopServer() {
    server.stop();
    assertThat(server.isRunning()).isFalse();
  }

  private void sendRequestMail() {
    mailer.send(
        new OutgoingMail(
            "<RT-00000001.renewal-requested@token-empresarial>",
            List.of("empresa@cliente.example", "oficina.0101@banco.example"),
            "Solicitud de renovación de token RT-00000001",
            "<p>Señores Compañía</p>",
            "Señores Compañía\n",
            List.of(
                new MailAttachment(
                    "Solicitud Token y Autorización de Entrega.pdf", "application/pdf", PDF))));
  }

  @Test
  @DisplayName("a received mail is kept once (not once per recipient) and written as .eml plus its PDF")
  void recordsAndWritesReceivedMail() throws IOException {
    sendRequestMail();

    assertThat(server.messages()).hasSize(1);
    ReceivedMail mail = server.message(0).orElseThrow();
    assertThat(mail.to())
        .containsExactlyInAnyOrder("empresa@cliente.example", "oficina.0101@banco.example");
    assertThat(mail.subject()).isEqualTo("Solicitud de renovación de token RT-00000001");
    assertThat(mail.messageId()).isEqualTo("<RT-00000001.renewal-requested@token-empresarial>");
    assertThat(mail.html()).contains("Señores Compañía");
    assertThat(mail.attachments()).singleElement()
        .satisfies(a -> {
          assertThat(a.contentType()).isEqualTo("application/pdf");
          assertThat(a.content()).isEqualTo(PDF);
        });

    String base = "20261102-091516-789-solicitud-de-renovacion-de-token-rt-00000001";
    assertThat(mail.emlFile()).isEqualTo(folder.resolve(base + ".eml"));
    assertThat(Files.readString(mail.emlFile(), StandardCharsets.ISO_8859_1))
        .contains("Message-ID: <RT-00000001.renewal-requested@token-empresarial>");
    assertThat(folder.resolve(base + "-Solicitud Token y Autorización de Entrega.pdf"))
        .hasBinaryContent(PDF);
  }

  @Test
  @DisplayName("two mails in the same millisecond get distinct files")
  void doesNotOverwriteFiles() throws IOException {
    sendRequestMail();
    sendRequestMail();

    assertThat(server.messages()).extracting(ReceivedMail::index).containsExactly(0, 1);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.filter(f -> f.toString().endsWith(".eml"))).hasSize(2);
    }
  }

  @Test
  @DisplayName("GET /demo/mail/{index}/attachments/{n} downloads the attachment with its content type")
  void downloadsAttachment() throws Exception {
    sendRequestMail();
    MockMvc mvc =
        MockMvcBuilders.standaloneSetup(new DemoMailboxController(server, BOGOTA)).build();

    mvc.perform(get("/demo/mail/0/attachments/0"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
        .andExpect(content().bytes(PDF));
    mvc.perform(get("/demo/mail/0/attachments/1")).andExpect(status().isNotFound());
    mvc.perform(get("/demo/mail/7/attachments/0")).andExpect(status().isNotFound());
  }

  @Test
  void slugIsAsciiAndShort() {
    assertThat(DemoMailServer.slug("Su token está próximo a vencerse - José Pérez"))
        .isEqualTo("su-token-esta-proximo-a-vencerse-jose-perez");
    assertThat(DemoMailServer.slug(null)).isEqualTo("sin-asunto");
  }
}
