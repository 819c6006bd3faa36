package co.bank.enterprisetoken.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends through a real SMTP server (GreenMail) and inspects what arrived. */
class SmtpMailerTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String FROM = "Token Empresarial <token.empresarial@banco.example>";
  private static final byte[] PDF =
      "%PDF-1.7\n\u00e1\u00e9 binary \u0000\u00ff payload\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

  private static JavaMailSenderImpl senderOn(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", "2000");
    properties.setProperty("mail.smtp.timeout", "2000");
    sender.setJavaMailProperties(properties);
    return sender;
  }

  private static SmtpMailer mailerOn(int port) {
    return new SmtpMailer(new SmtpConnectionPool(senderOn(port), new MailPoolSettings()), FROM);
  }

  private static OutgoingMail mail(List<MailAttachment> attachments) {
    return new OutgoingMail(
        "<RT-00000001.renewal-requested@token-empresarial>",
        List.of("empresa@cliente.example", "oficina.0101@banco.example"),
        "Solicitud de renovación de token RT-00000001",
        "<html><body><p>Señores <strong>Compañía Ñandú</strong>: renovación</p></body></html>",
        "Señores Compañía Ñandú: renovación\n",
        attachments);
  }

  @Test
  @DisplayName("R-B6: sends text + HTML alternatives and the PDF attachment, UTF-8, with the given Message-ID")
  void sendsMultipartMailWithAttachment() throws Exception {
    SmtpMailer mailer = mailerOn(greenMail.getSmtp().getPort());

    mailer.send(
        mail(
            List.of(
                new MailAttachment(
                    "Solicitud Token y Autorización de Entrega RT-00000001.pdf",
                    "application/pdf",
                    PDF))));

    assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage received = greenMail.getReceivedMessages()[0];
    assertThat(received.getHeader("Message-ID"))
        .containsExactly("<RT-00000001.renewal-requested@token-empresarial>");
    assertThat(received.getSubject()).isEqualTo("Solicitud de renovación de token RT-00000001");
    assertThat(((InternetAddress) received.getFrom()[0]).getAddress())
        .isEqualTo("token.empresarial@banco.example");
    assertThat(received.getAllRecipients()).hasSize(2);
    assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    assertThat(received.isMimeType("multipart/mixed")).isTrue();
    Multipart mixed = (Multipart) received.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);

    BodyPart alternativePart = mixed.getBodyPart(0);
    assertThat(alternativePart.isMimeType("multipart/alternative")).isTrue();
    Multipart alternative = (Multipart) alternativePart.getContent();
    BodyPart text = alternative.getBodyPart(0);
    BodyPart html = alternative.getBodyPart(1);
    assertThat(text.isMimeType("text/plain")).isTrue();
    assertThat(text.getContentType()).containsIgnoringCase("UTF-8");
    // SMTP transports text with CRLF line ends.
    assertThat((String) text.getContent()).isEqualTo("Señores Compañía Ñandú: renovación\r\n");
    assertThat(html.isMimeType("text/html")).isTrue();
    assertThat((String) html.getContent()).contains("<strong>Compañía Ñandú</strong>");

    BodyPart attachment = mixed.getBodyPart(1);
    assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
    assertThat(attachment.isMimeType("application/pdf")).isTrue();
    assertThat(attachment.getFileName())
        .isEqualTo("Solicitud Token y Autorización de Entrega RT-00000001.pdf");
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
  }

  @Test
  @DisplayName("a retried send carries the same Message-ID (the recipient can recognise the duplicate)")
  void keepsTheMessageIdAcrossSends() throws Exception {
    SmtpMailer mailer = mailerOn(greenMail.getSmtp().getPort());

    mailer.send(mail(List.of()));
    mailer.send(mail(List.of()));

    assertThat(greenMail.waitForIncomingEmail(5000, 4)).isTrue();
    assertThat(greenMail.getReceivedMessages())
        .extracting(message -> message.getHeader("Message-ID")[0])
        .containsOnly("<RT-00000001.renewal-requested@token-empresarial>");
  }

  @Test
  @DisplayName("an unreachable SMTP server fails with a MailException, so the Camunda job is retried")
  void failsWhenTheServerIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SmtpMailer mailer = mailerOn(closedPort);

    assertThatThrownBy(() -> mailer.send(mail(List.of()))).isInstanceOf(MailException.class);
  }

  @Test
  @DisplayName("a Message-ID without angle brackets and domain is rejected before anything is sent")
  void rejectsMalformedMessageId() {
    assertThatThrownBy(
            () -> new OutgoingMail("RT-1", List.of("a@b.example"), "s", "h", "t", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a burst of mails reuses one SMTP connection, and opens a new one after the relay's per-connection limit")
  void reusesConnections() throws Exception {
    MailPoolSettings limits = new MailPoolSettings();
    limits.setMaxMessagesPerConnection(3);
    SmtpConnectionPool pool =
        new SmtpConnectionPool(senderOn(greenMail.getSmtp().getPort()), limits);
    SmtpMailer mailer = new SmtpMailer(pool, FROM);

    for (int i = 0; i < 5; i++) {
      mailer.send(mail(List.of()));
    }

    assertThat(greenMail.waitForIncomingEmail(5000, 10)).isTrue();
    assertThat(pool.connectionsOpened()).as("3 mails on the first connection, 2 on the second")
        .isEqualTo(2);
    pool.destroy();
  }

  @Test
  @DisplayName("a connection the relay closed (restart) is replaced before use: the mail goes out once")
  void replacesAConnectionTheServerClosed() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail relay = new GreenMail(setup);
    relay.start();
    SmtpConnectionPool pool = new SmtpConnectionPool(senderOn(port), new MailPoolSettings());
    SmtpMailer mailer = new SmtpMailer(pool, FROM);
    mailer.send(mail(List.of()));
    relay.stop();
    GreenMail restarted = new GreenMail(setup);
    restarted.start();
    try {
      mailer.send(mail(List.of()));

      assertThat(restarted.waitForIncomingEmail(5000, 2)).isTrue();
      assertThat(restarted.getReceivedMessages()).hasSize(2); // one mail, two recipients
      assertThat(pool.connectionsOpened()).isEqualTo(2);
    } finally {
      restarted.stop();
      pool.destroy();
    }
  }
}
