package co.bank.enterprisetoken.webapp;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} (Spring Boot's Jersey application of the Camunda REST starter): the refusal
 * mappers, and error bodies without Java: the {@code type} (Camunda puts the exception's class
 * name there) becomes a neutral kind of error, package names leave the messages, and a 5xx says
 * only that something failed (its stack trace is in the log). The webapps' own engine API keeps
 * Camunda's types: Cockpit and Tasklist test {@code type == "AuthorizationException"}.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

  /** {@code org.camunda.bpm.engine.ProcessEngineException} → {@code ProcessEngineException}. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}(?=[A-Z])");

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusalMappers.ForRestException.class);
    config.register(RefusalMappers.ForEngineException.class);
    config.register(WithoutClassNames.class);
  }

  static String kind(int status) {
    return switch (status) {
      case 400 -> "invalid-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 409 -> "conflict";
      case 415 -> "unsupported-media-type";
      case 422 -> "rule-refused";
      default -> status >= 500 ? "server-error" : "client-error";
    };
  }

  public static class WithoutClassNames implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof ExceptionDto error) {
        error.setType(kind(response.getStatus()));
        error.setMessage(response.getStatus() >= 500
            ? "Error interno del servidor: la operación no se realizó."
            : error.getMessage() == null ? null : QUALIFIED.matcher(error.getMessage()).replaceAll(""));
      }
    }
  }
}
