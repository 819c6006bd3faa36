package co.bank.enterprisetoken.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What Spring MVC and the servlet container answer on their own (unknown path, wrong method,
 * Accept or Content-Type, an exception outside the API's advice) after {@code sendError}: under
 * {@code /api}, {@code /backoffice} and for every client that does not ask for HTML a problem+json
 * with the security headers, written directly so that no Accept header can turn it into an empty
 * 406; browsers get the Spanish page {@code templates/error.html}. Replaces Spring Boot's
 * {@code BasicErrorController} (and its whitelabel page).
 */
@Controller
class ErrorAnswers implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status = status(request);
    if (wantsHtml(request)) {
      response.setStatus(status);
      return new ModelAndView("error", Map.of("status", status));
    }
    Problems.write(response, status);
    return null;
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status && status >= 400 ? status : 500;
  }

  /** A browser opening a page outside the APIs (its Accept names text/html). */
  static boolean wantsHtml(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : request.getRequestURI();
    if (isApi(path) || request.getHeader("Accept") == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(request.getHeader("Accept")).stream()
          .anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      return false;
    }
  }

  static boolean isApi(String path) {
    return path != null && (path.startsWith("/api/") || path.equals("/api")
        || path.startsWith("/backoffice/") || path.startsWith("/engine-rest"));
  }
}
