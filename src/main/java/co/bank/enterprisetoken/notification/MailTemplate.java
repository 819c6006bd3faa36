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
  /** R-B10, with the ECON-084 the company must fill in, pre-filled. */
  RENEWAL_EXPIRED("renewal-expired", Set.of(Audience.COMPANY), DocumentType.ECON_084),
  ECON084_REJECTED("econ084-rejected", Set.of(Audience.COMPANY), null),
  /** R-S1b: to the company AND the branch mailbox. */
  AFTER_EXPIRY_DELIVERY_FORM("after-expiry-delivery-form", Set.of(Audience.COMPANY, Audience.BRANCH),
      DocumentType.AFTER_EXPIRY_REQUEST_FORM),
  UNASSIGNMENT_FORM_READY("unassignment-form-ready", Set.of(Audience.COMPANY),
      DocumentType.UNASSIGNMENT_FORM),
  S2_LOGIN_READY("s2-login-ready", Set.of(Audience.COMPANY), null),
  AFTER_EXPIRY_COMPLETED("after-expiry-completed", Set.of(Audience.COMPANY), null),
  REGISTRATION_COMPLETED("registration-completed", Set.of(Audience.USER, Audience.COMPANY), null),
  /** R-T6, R-T8: the installation guide once the certificate is obtained, with the PDF guide. */
  VIRTUAL_TOKEN_CERTIFICATE("virtual-token-certificate", Set.of(Audience.USER),
      DocumentType.VIRTUAL_TOKEN_GUIDE),
  /** R-T4: the questionnaire is locked for 24 hours. */
  VIRTUAL_TOKEN_LOCKED("virtual-token-locked", Set.of(Audience.USER), null),
  /** R-T5: the 3-month window closed; the holder must request again. */
  VIRTUAL_TOKEN_EXPIRED("virtual-token-expired", Set.of(Audience.USER), null),
  /** An office's token stock fell to the low-stock threshold: once per crossing. */
  STOCK_LOW("stock-low", Set.of(Audience.MANAGERS), null),
  /** Weekly: the tokens expiring within the report's window, with the CSV. */
  EXPIRING_TOKENS_REPORT("expiring-tokens-report", Set.of(Audience.BACKOFFICE), null);

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
