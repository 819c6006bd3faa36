package co.bank.enterprisetoken.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An e-mail that carries a one-time secret (a registration code, a virtual-token link). Unlike
 * {@link NotificationService} it keeps no idempotency record and takes a new Message-ID each time:
 * a retried step issues a fresh secret, so the new e-mail is the one that counts.
 */
@Component
public class SecretMail {

  private final MailTemplates templates;
  private final SmtpMailer mailer;

  public SecretMail(MailTemplates templates, SmtpMailer mailer) {
    this.templates = templates;
    this.mailer = mailer;
  }

  public void send(String template, Map<String, Object> model, String to) {
    mailer.send(OutgoingMail.of("<" + UUID.randomUUID() + "@token-empresarial>", List.of(to),
        templates.render(template, model), List.of()));
  }
}
