package co.bank.enterprisetoken.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the e-mail jobs' retry cycle to the BPMN: {@code camunda:failedJobRetryTimeCycle="${mailRetryCycle}"}. */
@Configuration
class MailRetryConfiguration {

  @Bean
  String mailRetryCycle(@Value("${enterprise-token.mail.retry-cycle}") String cycle) {
    return cycle;
  }
}
