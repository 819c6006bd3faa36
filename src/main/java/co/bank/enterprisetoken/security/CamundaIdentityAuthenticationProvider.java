package co.bank.enterprisetoken.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates the portal API's, the actuator's and the back-office endpoints' callers. The
 * portal's technical user is checked against the SHA-256 of its configured secret, in constant
 * time and with no lockout, and never through the identity service: Camunda's login throttling
 * would let anyone who knows the user name slow the portal down and finally lock it for good.
 * Everyone else is checked against the engine's identity service (one user store with the
 * webapps) under the {@link LoginThrottle} policy; each Camunda group becomes a role
 * ({@code backoffice} → {@code ROLE_BACKOFFICE}).
 */
@Component
class CamundaIdentityAuthenticationProvider
    implements org.springframework.security.authentication.AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final byte[] portalSecretHash;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
      @Value("${enterprise-token.security.portal-password:}") String portalPassword) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.portalSecretHash = portalPassword.isBlank() ? null : sha256(portalPassword);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    if (IdentityBootstrap.PORTAL_USER.equals(user)) {
      if (portalSecretHash == null
          || !MessageDigest.isEqual(portalSecretHash, sha256(password.toString()))) {
        throw new BadCredentialsException("Bad credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated(user, null,
          List.of(new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.PORTAL_ROLE)));
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails web
        ? web.getRemoteAddress() : "unknown";
    if (throttle.lockedUntil(user, address).isPresent()) {
      throw new LockedException("Too many failed logins from this address");
    }
    if (!identityService.checkPassword(user, password.toString())) {
      throttle.failed(user, address);
      throw new BadCredentialsException("Bad credentials");
    }
    throttle.succeeded(user, address);
    List<SimpleGrantedAuthority> roles = identityService.createGroupQuery().groupMember(user).list()
        .stream().map(Group::getId)
        .map(g -> new SimpleGrantedAuthority("ROLE_" + g.toUpperCase(Locale.ROOT).replace('-', '_')))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
