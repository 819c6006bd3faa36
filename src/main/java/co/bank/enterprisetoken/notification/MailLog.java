package co.bank.enterprisetoken.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a sent e-mail in its own transaction, right after the SMTP server accepted it: if the
 * job's transaction later rolls back, its retry sees the mail as sent and does not send it again.
 */
@Component
class MailLog {

  private final SentMailRepository sentMails;

  MailLog(SentMailRepository sentMails) {
    this.sentMails = sentMails;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSent(SentMail mail) {
    sentMails.save(mail);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public boolean alreadySent(String idempotencyKey) {
    return sentMails.existsByIdempotencyKey(idempotencyKey);
  }
}
