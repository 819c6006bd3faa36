package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.errors.NotConfiguredException;
import co.bank.enterprisetoken.notification.SmtpConnectionPool;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Which {@link SmsSender} runs, by {@code enterprise-token.sms.gateway} (TOKENS_SMS_GATEWAY):
 * <ul>
 *   <li>{@code email}: the carrier's e-mail-to-SMS gateway; each SMS is a plain-text e-mail to
 *       {@code <mobile>@<email-domain>} through the bank's SMTP relay (the relay's retries and the
 *       job's retry schedule apply);</li>
 *   <li>{@code outbox}: the in-memory {@link SmsOutbox} of the demo and the tests only (the app
 *       refuses to start with it in any other profile, see StartupSecretsCheck);</li>
 *   <li>unset: every SMS fails with a clear "not configured" error, so the sending job retries
 *       and finally shows as a Cockpit incident.</li>
 * </ul>
 */
@Configuration
class SmsGatewayConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SmsGatewayConfiguration.class);

  @Bean
  @ConditionalOnProperty(name = "enterprise-token.sms.gateway", havingValue = "email")
  SmsSender emailToSmsGateway(JavaMailSenderImpl mail, SmtpConnectionPool connections,
      @Value("${enterprise-token.sms.email-domain:}") String domain,
      @Value("${enterprise-token.mail.from}") String from) {
    if (!domain.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
      throw new IllegalStateException("Refusing to start: enterprise-token.sms.gateway=email needs"
          + " enterprise-token.sms.email-domain (TOKENS_SMS_EMAIL_DOMAIN), e.g. sms.operador.example.");
    }
    return (mobile, text) -> {
      try {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO,
            new InternetAddress(mobile.replaceAll("\\D", "") + "@" + domain));
        message.setText(text, StandardCharsets.UTF_8.name());
        connections.send(message);
        LOG.info("SMS handed to the e-mail gateway for {}", Masking.mobile(mobile));
      } catch (MessagingException e) {
        throw new MailPreparationException(e);
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean(SmsSender.class)
  SmsSender notConfiguredSmsGateway() {
    return (mobile, text) -> {
      throw new NotConfiguredException("No SMS gateway is configured (TOKENS_SMS_GATEWAY): the"
          + " SMS to " + Masking.mobile(mobile) + " was not sent.");
    };
  }
}
