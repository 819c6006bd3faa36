package co.bank.enterprisetoken.notification;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail ready to be sent: rendered bodies, recipients and attachments.
 *
 * <p>{@code messageId} is the RFC 5322 Message-ID (for example {@code <RT-00000001.renewal-requested@token-empresarial>});
 * the caller derives it from the process step so that a retried job re-sends the same message
 * rather than a new one, and the recipient's mail system can recognise the duplicate.
 */
public record OutgoingMail(
    String messageId,
    List<String> to,
    String subject,
    String html,
    String text,
    List<MailAttachment> attachments) {

  public OutgoingMail {
    if (messageId == null || !messageId.matches("<[^<>\\s@]+@[^<>\\s@]+>")) {
      throw new IllegalArgumentException("messageId must look like <local@domain>: " + messageId);
    }
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("at least one recipient is required");
    }
    to = List.copyOf(to);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A mail with the bodies of a rendered template. */
  public static OutgoingMail of(
      String messageId, List<String> to, RenderedMail rendered, List<MailAttachment> attachments) {
    return new OutgoingMail(
        messageId, to, rendered.subject(), rendered.html(), rendered.text(), attachments);
  }
}
