package co.bank.enterprisetoken.webapp;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * JAX-RS exception mappers for the engine REST API, in front of Camunda's own mappers for the same
 * exception types (a higher {@link Priority}): a domain refusal becomes its 4xx with the clean
 * Spanish message ({@link TaskRefusals}); everything else is answered and logged exactly as
 * Camunda does ({@link ExceptionHandlerHelper}), so real errors stay 500 and loud.
 *
 * <p>The engine REST API wraps what a delegate throws during {@code submit-form} or
 * {@code complete} into a {@link RestException} with status 500 and the message
 * "Cannot submit task form &lt;id&gt;: …"; other calls let a {@link ProcessEngineException} through.
 * Registered in the webapps' engine API by {@link WebappEngineApi} and in {@code /engine-rest} by
 * {@link EngineRestErrors}.
 */
public final class RefusalMappers {

  private RefusalMappers() {}

  static Response toResponse(Throwable thrown, UriInfo uri) {
    return TaskRefusals.of(thrown).map(refusal -> {
      TaskRefusals.log(refusal, uri == null ? "?" : uri.getPath());
      return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(refusal.body()).build();
    }).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
  }

  @Provider
  @Priority(1)
  public static class ForRestException implements ExceptionMapper<RestException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
      return RefusalMappers.toResponse(exception, uri);
    }
  }

  @Provider
  @Priority(1)
  public static class ForEngineException implements ExceptionMapper<ProcessEngineException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return RefusalMappers.toResponse(exception, uri);
    }
  }
}
