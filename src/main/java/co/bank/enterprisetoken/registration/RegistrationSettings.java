package co.bank.enterprisetoken.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Timers of the registration (ISO-8601). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.registration")
public class RegistrationSettings {

  /** R-A3: how long the 6-digit code is valid after it is sent. */
  private Duration codeLife = Duration.ofMinutes(10);

  public Duration getCodeLife() { return codeLife; }
  public void setCodeLife(Duration v) { this.codeLife = v; }
}
