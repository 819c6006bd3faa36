package co.bank.enterprisetoken.notification;

import co.bank.enterprisetoken.documents.DocumentType;
import java.util.Optional;
import java.util.Set;

/**
 * Every e-mail the product sends: its template ({@code templates/mail/<name>.html|.txt}), who gets
 * it and what is attached. BPMN names only the constant; the rules of who-gets-what live here.
 */
public enum MailTemplate {
  EXPIRY_ALERT("expiry-alert", Set.of(Audience.COMPANY), null),
  RENEWAL_REQUESTED("renewal-requested", Set.of(Audience.COMPANY), DocumentType.RENEWAL_REQUEST_FORM),
  VISA_REJECTED("visa-rejected", Set.of(Audience.COMPANY), null),
  TOKEN_DELIVERED("token-delivered", Set.of(Audience.COMPANY), null),
  PICKUP_REMINDER("pickup-reminder", Set.of(Audience.COMPANY), null),
  RENEWAL_ACTIVATED("renewal-activated", Set.of(Audience.COMPANY), null),
  RENEWAL_EXPIRED("renewal-expired", Set.of(Audience.COMPANY), null),
  REGISTRATION_COMPLETED("registration-completed", Set.of(Audience.USER, Audience.COMPANY), null);

  private final String templateName;
  private final Set<Audience> audiences;
  private final DocumentType attachment;

  MailTemplate(String templateName, Set<Audience> audiences, DocumentType attachment) {
    this.templateName = templateName;
    this.audiences = audiences;
    this.attachment = attachment;
  }

  public String templateName() { return templateName; }
  public Set<Audience> audiences() { return audiences; }
  public Optional<DocumentType> attachment() { return Optional.ofNullable(attachment); }
}
