package co.bank.enterprisetoken.notification;

/** The output of {@link MailTemplates#render}: subject line, HTML body and plain-text body. */
public record RenderedMail(String subject, String html, String text) {}
