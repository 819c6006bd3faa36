package co.bank.enterprisetoken.registration;

/**
 * Sends a text message to a Colombian mobile. The bank plugs in its SMS gateway here; {@link
 * SmsOutbox} is the reference implementation. A failure must throw, so the calling job retries.
 */
public interface SmsSender {

  void send(String mobile, String text);
}
