package co.bank.enterprisetoken.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report, for what it refuses before any filter or servlet runs (an encoded
 * {@code ..%2F..}, a NUL or a malformed escape in the path, a broken request line): problem+json
 * under the APIs, a short Spanish page elsewhere, both with the security headers, instead of
 * Tomcat's English HTML page with its version. Errors inside the application never get here: they
 * are answered by {@link ErrorAnswers}.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(Valve.class.getName());
      }
    });
  }

  /** The Spanish page of a request refused before the application (no template engine here). */
  static String page(int status) {
    return Valve.PAGE.formatted(status);
  }

  public static class Valve extends ErrorReportValve {

    private static final String PAGE = """
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Solicitud no válida · \
        Token Empresarial</title></head><body><h1>Solicitud no válida</h1><p>La dirección que \
        abrió no es válida. Revise el enlace o vuelva al <a href="/camunda/app/welcome/">inicio\
        </a>.</p><p>Código del error: %d</p></body></html>""";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean();
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      try {
        String uri = request.getRequestURI();
        if (ErrorAnswers.isApi(uri) || uri == null) {
          Problems.write(response, status);
          return;
        }
        response.resetBuffer();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(page(status));
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response cannot be written: nothing left to tell.
      }
    }
  }
}
