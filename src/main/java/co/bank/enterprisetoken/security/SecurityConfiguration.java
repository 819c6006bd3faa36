package co.bank.enterprisetoken.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what. The portal API and the demo token simulator: HTTP Basic as the technical user
 * {@code portal} (group {@code portal}). The engine REST API: HTTP Basic through Camunda's own
 * filter, so the engine's authorizations apply to the caller. The webapps: Camunda's login and
 * CSRF protection.
 */
@Configuration
public class SecurityConfiguration {

  public static final String PORTAL_ROLE = "PORTAL";

  @Bean
  @Order(1)
  SecurityFilterChain portalApiSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**", "/demo/devices/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(PORTAL_ROLE))
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Health is public (status only); metrics and the other endpoints are for operators. */
  @Bean
  @Order(2)
  SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .anyRequest().hasRole("CAMUNDA_ADMIN"))
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Everything else authenticates with Camunda's own mechanisms (engine REST filter, webapp login). */
  @Bean
  @Order(3)
  SecurityFilterChain camundaAndDocsSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // The webapps carry Camunda's own CSRF filter; the engine REST API is stateless Basic auth.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  /** A request the firewall refuses (encoded slashes, %25, …) gets the API's problem answer too. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"urn:token-empresarial:problem:invalid-input\","
          + "\"title\":\"Datos inválidos\",\"status\":400,"
          + "\"detail\":\"La dirección de la solicitud no es válida.\","
          + "\"errors\":[{\"field\":\"path\",\"message\":\"Caracteres no permitidos.\"}]}");
    };
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
