package co.bank.enterprisetoken.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal API reads at most {@code enterprise-token.api.max-body} (64 KB): a larger declared
 * body is answered 413 before anything reads it (the largest legitimate request, 50 renewals with
 * their authorized persons, is about 15 KB).
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  BodySizeLimitFilter(DataSize maxBody) {
    this.maxBytes = maxBody.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      Problems.write(response, 413, "payload-too-large", "Solicitud demasiado grande",
          "El cuerpo de la solicitud supera el máximo de " + (maxBytes / 1024) + " KB.");
      return;
    }
    chain.doFilter(request, response);
  }
}
