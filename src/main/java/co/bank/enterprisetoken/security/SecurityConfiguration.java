package co.bank.enterprisetoken.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.IdentityService;
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
  static final String PORTAL_GROUP = "portal";

  @Bean
  @Order(1)
  SecurityFilterChain portalApiSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**", "/demo/devices/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(PORTAL_ROLE))
        .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
            .accessDeniedHandler((request, response, denied) -> Problems.write(response, 403,
                "forbidden", "Acceso denegado",
                "Este usuario no puede usar la API del portal; solo el usuario técnico del portal.")))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Back office's own endpoints (unlocking a device's dynamic codes). */
  @Bean
  @Order(2)
  SecurityFilterChain backOfficeSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/backoffice/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole("BACKOFFICE", "CAMUNDA_ADMIN"))
        .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
            .accessDeniedHandler((request, response, denied) -> Problems.write(response, 403,
                "forbidden", "Acceso denegado", "Solo back office y los operadores.")))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Health is public (status only); metrics and the other endpoints are for operators. */
  @Bean
  @Order(3)
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
  @Order(4)
  SecurityFilterChain camundaAndDocsSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // The webapps carry Camunda's own CSRF filter; the engine REST API is stateless Basic auth.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  /** 401 as problem+json, with the Basic challenge (also for a locked-out address). */
  static void unauthorized(jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException failure) throws java.io.IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Token Empresarial\"");
    Problems.write(response, 401, "unauthorized", "Autenticación requerida",
        failure instanceof org.springframework.security.authentication.LockedException
            ? "Demasiados intentos fallidos desde este equipo; intente de nuevo en unos minutos."
            : "Faltan las credenciales o no son correctas.");
  }

  /**
   * A request the firewall refuses (encoded slashes, %25, …): the API's problem answer, or the
   * Spanish page for a browser, with the security headers (the header writer has not run yet).
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      response.setStatus(400);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
      response.setCharacterEncoding("UTF-8");
      if (ErrorAnswers.wantsHtml(request)) {
        response.setContentType("text/html");
        response.getWriter().write(ContainerErrorReport.page(400));
        return;
      }
      response.setContentType("application/problem+json");
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
    registration.setOrder(10);
    return registration;
  }

  /** Human logins Camunda checks itself, under the project's lockout policy (before Camunda). */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/auth/user/*");
    registration.setOrder(5);
    return registration;
  }

  /** Bodies of the portal API: at most 64 KB (configurable), 413 otherwise. */
  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
      @org.springframework.beans.factory.annotation.Value("${enterprise-token.api.max-body:64KB}")
      org.springframework.util.unit.DataSize maxBody) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBody));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Jobs, batches and the rest outside the role matrix: operators only (after authentication). */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new EngineApiGuard(identity));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }
}
