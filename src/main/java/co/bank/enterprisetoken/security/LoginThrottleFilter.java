package co.bank.enterprisetoken.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link LoginThrottle} policy in front of the logins Camunda handles itself: HTTP Basic on
 * the engine REST API and the webapps' login form. Camunda's own throttling is switched off
 * ({@code loginMaxAttempts}, {@code loginDelayMaxTime} in application.yaml); a 401 from Camunda
 * counts as a failure, any other answer to a request with credentials as a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> user = user(request);
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Instant> locked = throttle.lockedUntil(user.get(), address);
    if (locked.isPresent()) {
      Problems.write(response, 429, "login-locked", "Demasiados intentos fallidos",
          "Hubo demasiados intentos de ingreso fallidos desde este equipo. Intente de nuevo"
              + " después de la hora indicada.", locked.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == 401) {
      throttle.failed(user.get(), address);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(user.get(), address);
    }
  }

  /** The user name of a Basic header or of the webapps' login form ({@code username}). */
  private static Optional<String> user(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
            StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
    }
    if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/")) {
      return Optional.ofNullable(request.getParameter("username")).filter(u -> !u.isBlank());
    }
    return Optional.empty();
  }
}
