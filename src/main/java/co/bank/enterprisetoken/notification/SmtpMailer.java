package co.bank.enterprisetoken.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an {@link OutgoingMail} over SMTP as multipart/mixed (a multipart/alternative with the
 * plain-text and HTML bodies, then the attachments), UTF-8.
 *
 * <p>Every failure is thrown as a {@link MailException}: the caller is a Camunda job, and only an
 * exception makes the engine retry it and, once the retries run out, raise an incident.
 */
@Component
public class SmtpMailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  // MimeMessageHelper reads mime.types from the classpath for every message unless it is given a
  // map (the profile of the benchmark showed it); attachments carry their own content type anyway.
  private static final ConfigurableMimeFileTypeMap FILE_TYPES = new ConfigurableMimeFileTypeMap();

  static {
    FILE_TYPES.afterPropertiesSet();
  }

  private final SmtpConnectionPool connections;
  private final String from;

  public SmtpMailer(
      SmtpConnectionPool connections, @Value("${enterprise-token.mail.from}") String from) {
    this.connections = connections;
    this.from = from;
  }

  public void send(OutgoingMail mail) throws MailException {
    MimeMessage message = build(mail);
    connections.send(message);
    List<String> attachmentNames = mail.attachments().stream().map(MailAttachment::fileName).toList();
    log.info(
        "Mail sent: messageId={}, recipients={}, attachments={}",
        mail.messageId(), mail.to().size(), attachmentNames);
  }

  private MimeMessage build(OutgoingMail mail) {
    try {
      MimeMessage message = new FixedIdMimeMessage(mail.messageId());
      MimeMessageHelper helper = new SharedTypesHelper(message);
      helper.setFrom(from);
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setSentDate(new Date());
      helper.setText(mail.text(), mail.html());
      for (MailAttachment attachment : mail.attachments()) {
        helper.addAttachment(
            attachment.fileName(),
            new ByteArrayDataSource(attachment.content(), attachment.contentType()));
      }
      // RFC 3834: tells auto-responders (out-of-office replies) not to answer a no-reply mailbox.
      message.setHeader("Auto-Submitted", "auto-generated");
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not build mail " + mail.messageId(), e);
    }
  }

  private static final class SharedTypesHelper extends MimeMessageHelper {

    SharedTypesHelper(MimeMessage message) throws MessagingException {
      super(message, MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
    }

    @Override
    protected jakarta.activation.FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
      return FILE_TYPES;
    }
  }

  /**
   * MimeMessage regenerates the Message-ID on every saveChanges(); this one keeps the caller's, so
   * a re-sent mail carries the same id.
   */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(String messageId) {
      // No session needed to build the message: the pooled transport sends it with its own.
      super((Session) null);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
