package co.bank.enterprisetoken.notification;

import java.util.List;
import java.util.Map;

/**
 * What an e-mail is about: the template model, the addresses of each audience, and the files its
 * source attaches itself (a report), besides the template's generated document.
 */
public record MailSubject(Map<String, Object> model, Map<Audience, String> addresses,
    List<MailAttachment> attachments) {

  public MailSubject(Map<String, Object> model, Map<Audience, String> addresses) {
    this(model, addresses, List.of());
  }
}
