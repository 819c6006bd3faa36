package co.bank.enterprisetoken.security;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against the engine's identity service, so that the webapps, the engine REST API
 * and the portal API share one user store; each Camunda group becomes a role ({@code portal} →
 * {@code ROLE_PORTAL}).
 */
@Component
class CamundaIdentityAuthenticationProvider
    implements org.springframework.security.authentication.AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null
        || !identityService.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
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
}
