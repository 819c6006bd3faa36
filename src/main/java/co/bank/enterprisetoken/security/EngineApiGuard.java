package co.bank.enterprisetoken.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API ({@code /engine-rest}) and the webapps' copy of it
 * ({@code /camunda/api/engine}) beyond the engine's authorizations, which do not cover jobs and
 * batches without a process instance (history cleanup): operators ({@code camunda-admin}) may call
 * everything; the portal's technical user nothing; everyone else reads (GET) and, of the writing
 * calls, only those Tasklist and Cockpit make for the role matrix: work a task, start a process
 * from its form, and queries sent as POST. Anything else is 403.
 */
class EngineApiGuard extends OncePerRequestFilter {

  static final String OPERATORS = "camunda-admin";

  /** Writing calls of the role matrix, relative to {@code /engine/<name>/} or {@code /engine-rest/}. */
  private static final List<Pattern> WORK = List.of(
      Pattern.compile("task(/.*)?"),
      Pattern.compile("filter/[^/]+/(list|count|singleResult)"),
      Pattern.compile("process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)"),
      Pattern.compile("(history/)?(process-instance|task|activity-instance|variable-instance"
          + "|incident|decision-instance|case-instance|identity-link-log)(/count)?"),
      Pattern.compile("(process-instance|execution|variable-instance|job|incident"
          + "|process-definition|decision-definition|deployment)(/count)?"));
  private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identity;

  EngineApiGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    List<String> groups = groups(request);
    if (groups == null) {
      chain.doFilter(request, response); // not authenticated: Camunda answers 401 itself
      return;
    }
    String path = relative(request);
    boolean allowed = groups.contains(OPERATORS)
        || (!groups.contains(SecurityConfiguration.PORTAL_GROUP)
            && (READ.contains(request.getMethod())
                || ("POST".equals(request.getMethod()) && WORK.stream()
                    .anyMatch(p -> p.matcher(path).matches()))
                || (path.startsWith("task/") && !"DELETE".equals(request.getMethod()))));
    if (!allowed) {
      Problems.write(response, 403, "forbidden", "Operación no permitida",
          "Su perfil no permite esta operación del motor de procesos; la realiza un operador"
              + " de la plataforma.");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The caller's groups, or null when the request carries no authentication. On the engine REST
   * API this filter runs after Camunda's authentication filter, which has already refused a
   * wrong password with 401.
   */
  private List<String> groups(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
            StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : identity.createGroupQuery().groupMember(decoded.substring(0, colon))
          .list().stream().map(Group::getId).toList();
    }
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null) {
      return null;
    }
    return auths.getAuthentications().stream().findFirst()
        .map(UserAuthentication::getGroupIds).map(g -> g == null ? List.<String>of() : g)
        .orElse(null);
  }

  /** The path after {@code /engine-rest/} or {@code /camunda/api/engine/engine/<name>/}. */
  private static String relative(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String rest = uri.startsWith("/engine-rest/") ? uri.substring("/engine-rest/".length())
        : uri.replaceFirst("^/camunda/api/engine/engine/[^/]+/", "");
    return rest.replaceFirst("/+$", "");
  }
}
