package co.bank.enterprisetoken.registration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The adaptive hash of the registration code and the online-banking password: BCrypt behind a
 * delegating encoder ({@code {bcrypt}...}), so the algorithm can be upgraded without losing the
 * stored hashes.
 */
@Configuration
class RegistrationHashing {

  @Bean
  PasswordEncoder registrationHasher() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
