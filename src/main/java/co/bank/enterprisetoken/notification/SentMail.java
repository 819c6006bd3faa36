package co.bank.enterprisetoken.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail accepted by the SMTP server for one process step (idempotency log). */
@Entity
@Table(name = "sent_mail")
public class SentMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  private String template;

  @Column(name = "business_key")
  private String businessKey;

  private String recipients;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected SentMail() {}

  SentMail(String idempotencyKey, MailTemplate template, String businessKey, String recipients,
      String messageId, Instant sentAt) {
    this.idempotencyKey = idempotencyKey;
    this.template = template.name();
    this.businessKey = businessKey;
    this.recipients = recipients;
    this.messageId = messageId;
    this.sentAt = sentAt;
  }

  public String getTemplate() { return template; }
  public String getBusinessKey() { return businessKey; }
  public String getRecipients() { return recipients; }
  public String getMessageId() { return messageId; }
  public Instant getSentAt() { return sentAt; }
}
