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

  /** The kind, title and Spanish detail of an error that has no reason of its own (404, 405, …). */
  public record Kind(String type, String title, String detail) {}

  public static Kind forStatus(int status) {
    return switch (status) {
      case 400 -> new Kind("invalid-input", "Datos inválidos",
          "La solicitud no es válida; revise la dirección y el cuerpo.");
      case 401 -> new Kind("unauthorized", "Autenticación requerida",
          "Faltan las credenciales o no son correctas.");
      case 403 -> new Kind("forbidden", "Acceso denegado",
          "Este usuario no tiene permiso para esta operación.");
      case 404 -> new Kind("not-found", "No encontrado", "La dirección solicitada no existe.");
      case 405 -> new Kind("method-not-allowed", "Método no permitido",
          "Esta dirección no admite el método HTTP usado; consulte el contrato de la API.");
      case 406 -> new Kind("not-acceptable", "Formato de respuesta no disponible",
          "La API responde en application/json; revise la cabecera Accept.");
      case 413 -> new Kind("payload-too-large", "Solicitud demasiado grande",
          "El cuerpo de la solicitud supera el máximo permitido.");
      case 415 -> new Kind("unsupported-media-type", "Tipo de contenido no admitido",
          "El cuerpo debe enviarse como application/json.");
      default -> status >= 500
          ? new Kind("internal", "Error interno",
              "No se pudo procesar la solicitud; no se guardó ningún cambio. Intente más tarde.")
          : new Kind("client-error", "Solicitud no atendida", "La solicitud no se pudo atender.");
    };
  }

  /** The answer for a status without a reason of its own. */
  public static void write(HttpServletResponse response, int status) throws IOException {
    Kind kind = forStatus(status);
    write(response, status, kind.type(), kind.title(), kind.detail());
  }

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
