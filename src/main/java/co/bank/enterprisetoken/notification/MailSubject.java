package co.bank.enterprisetoken.notification;

import java.util.Map;

/** What an e-mail is about: the template model and the addresses of each audience. */
public record MailSubject(Map<String, Object> model, Map<Audience, String> addresses) {}
