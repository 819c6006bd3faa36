package co.bank.enterprisetoken.demo;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Demo only: moving a case's timers ({@link DemoTimerController}) is an operator's act
 * ({@code camunda-admin}), HTTP Basic, like the actuator's protected endpoints.
 */
@Configuration
@Profile("demo")
class DemoSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain demoTimerSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/demo/cases/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole("CAMUNDA_ADMIN"))
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
