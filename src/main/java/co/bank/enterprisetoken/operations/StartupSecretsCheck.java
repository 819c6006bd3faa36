package co.bank.enterprisetoken.operations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo profile the app refuses to start with an empty or well-known password for the
 * operators' admin user or the portal's technical user, before any user is created.
 */
public class StartupSecretsCheck implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 12;
  private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda",
      "changeme", "secret", "portal", "123456", "12345678", "qwerty");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (Arrays.asList(env.getActiveProfiles()).contains("demo")
        || (env.getActiveProfiles().length == 0
            && Arrays.asList(env.getDefaultProfiles()).contains("demo"))) {
      return;
    }
    standIns(env);
    if (env.containsProperty("camunda.bpm.admin-user.id")) {
      check("camunda.bpm.admin-user.password", env.getProperty("camunda.bpm.admin-user.password"));
    }
    String portal = env.getProperty("enterprise-token.security.portal-password", "");
    if (!portal.isEmpty()) {
      check("enterprise-token.security.portal-password (TOKENS_PORTAL_PASSWORD)", portal);
    }
  }

  /**
   * The demo's stand-ins (the in-memory SMS outbox, which keeps codes in plain text, and the
   * guessable identity questionnaire) only in the demo and the test suite's own profile.
   */
  static void standIns(ConfigurableEnvironment env) {
    if (Arrays.asList(env.getActiveProfiles()).contains("test")) {
      return;
    }
    if ("outbox".equals(env.getProperty("enterprise-token.sms.gateway"))) {
      throw new IllegalStateException("Refusing to start: enterprise-token.sms.gateway=outbox is"
          + " the demo's SMS stand-in. Configure the SMS gateway (TOKENS_SMS_GATEWAY=email).");
    }
    if ("demo".equals(env.getProperty("enterprise-token.identity-questionnaire"))) {
      throw new IllegalStateException("Refusing to start: enterprise-token.identity-questionnaire"
          + "=demo is the demo's guessable questionnaire. Plug in Certicámara's client.");
    }
  }

  static void check(String property, String password) {
    if (password == null || password.length() < MIN_LENGTH
        || WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("Refusing to start: " + property + " is empty, shorter than "
          + MIN_LENGTH + " characters or a well-known default. Set a strong secret (only the demo"
          + " profile has demo passwords).");
    }
  }
}
