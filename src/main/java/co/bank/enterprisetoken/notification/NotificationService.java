package co.bank.enterprisetoken.notification;

import co.bank.enterprisetoken.documents.DocumentService;
import co.bank.enterprisetoken.documents.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Sends the e-mail of a process step at most once per idempotency key. */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final List<MailSubjectSource> sources;
  private final MailTemplates templates;
  private final SmtpMailer mailer;
  private final DocumentService documents;
  private final MailLog log;
  private final Clock clock;

  public NotificationService(List<MailSubjectSource> sources, MailTemplates templates,
      SmtpMailer mailer, DocumentService documents, MailLog log, Clock clock) {
    this.sources = sources;
    this.templates = templates;
    this.mailer = mailer;
    this.documents = documents;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Sends {@code template} for the case {@code businessKey}, unless the step {@code idempotencyKey}
   * already sent it. An SMTP failure propagates, so the calling job is retried.
   */
  public void send(MailTemplate template, String businessKey, String idempotencyKey) {
    if (log.alreadySent(idempotencyKey)) {
      LOG.info("E-mail {} of {} already sent for step {}; not sent again", template, businessKey,
          idempotencyKey);
      return;
    }
    MailSubjectSource source = sources.stream().filter(s -> s.supports(template)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No mail subject source for " + template));
    MailSubject subject = source.load(template, businessKey);
    List<String> to = template.audiences().stream().sorted().map(subject.addresses()::get)
        .distinct().toList();
    RenderedMail rendered = templates.render(template.templateName(), subject.model());
    List<MailAttachment> attachments = java.util.stream.Stream.concat(template.attachment()
        .map(type -> documents.generate(type, businessKey))
        .map(NotificationService::attachment)
        .stream(), subject.attachments().stream()).toList();
    // Same key, same Message-ID: a receiving system can recognise a duplicate should one ever occur.
    String messageId = "<" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8))
        + "@token-empresarial>";
    mailer.send(new OutgoingMail(messageId, to, rendered.subject(), rendered.html(), rendered.text(),
        attachments));
    log.recordSent(new SentMail(idempotencyKey, template, businessKey, String.join(",", to),
        messageId, clock.instant()));
  }

  private static MailAttachment attachment(StoredDocument document) {
    return new MailAttachment(document.getFileName(), "application/pdf", document.getContent());
  }
}
