package co.bank.enterprisetoken.notification;

/** Loads the subject of the e-mails of one capability from the business key of its process. */
public interface MailSubjectSource {

  boolean supports(MailTemplate template);

  MailSubject load(MailTemplate template, String businessKey);
}
