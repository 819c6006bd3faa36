package co.bank.enterprisetoken.notification;

/** Who an e-mail goes to, resolved per case by its {@link MailSubjectSource}. */
public enum Audience {
  /** The e-mail address the company registered at the bank. */
  COMPANY,
  /** The mailbox of the branch office of the case. */
  BRANCH,
  /** The online-banking user the case is about (process 3: the user registering). */
  USER,
  /** The bank's managers (their distribution list, enterprise-token.management.managers-mailbox). */
  MANAGERS,
  /** The back-office analysts (distribution list, enterprise-token.management.backoffice-mailbox). */
  BACKOFFICE
}
