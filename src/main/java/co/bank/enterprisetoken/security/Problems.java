package co.bank.enterprisetoken.security;

import co.bank.enterprisetoken.BankTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * RFC 9457 answers written by servlet filters and Spring Security (outside Spring MVC), in the
 * same shape as the API's own ({@code urn:token-empresarial:problem:*}, Spanish texts).
 */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static void write(HttpServletResponse response, int status, String type, String title,
      String detail) throws IOException {
    write(response, status, type, title, detail, null);
  }

  /** With {@code lockedUntil} (Bogotá time) and a Retry-After header when something is locked. */
  public static void write(HttpServletResponse response, int status, String type, String title,
      String detail, Instant lockedUntil) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    // Written before (or outside) Spring Security's header writer: the same security headers.
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    ObjectNode body = JSON.createObjectNode()
        .put("type", "urn:token-empresarial:problem:" + type)
        .put("title", title)
        .put("status", status)
        .put("detail", detail);
    if (lockedUntil != null) {
      body.put("lockedUntil", BankTime.local(lockedUntil).toOffsetDateTime()
          .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      long seconds = Math.max(1, Duration.between(Instant.now(), lockedUntil).toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
    }
    response.getWriter().write(body.toString());
    response.flushBuffer();
  }
}
