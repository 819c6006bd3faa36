package co.bank.enterprisetoken.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
    SmtpMailer mailer = new SmtpMailer(senderOn(greenMail.getSmtp().getPort()), FROM);

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
    SmtpMailer mailer = new SmtpMailer(senderOn(greenMail.getSmtp().getPort()), FROM);

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
    SmtpMailer mailer = new SmtpMailer(senderOn(closedPort), FROM);

    assertThatThrownBy(() -> mailer.send(mail(List.of()))).isInstanceOf(MailException.class);
  }

  @Test
  @DisplayName("a Message-ID without angle brackets and domain is rejected before anything is sent")
  void rejectsMalformedMessageId() {
    assertThatThrownBy(
            () -> new OutgoingMail("RT-1", List.of("a@b.example"), "s", "h", "t", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
