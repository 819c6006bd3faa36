package co.bank.enterprisetoken.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of SPEC.md "Who uses it" and the portal's technical user, whose password comes from
 * {@code enterprise-token.security.portal-password} (environment variable TOKENS_PORTAL_PASSWORD);
 * without it no portal user is created and the portal API stays closed. Branch groups
 * ({@code branch-NNNN}) are created with their offices.
 */
@Component
@Order(-1)
class IdentityBootstrap implements ApplicationRunner {

  static final String PORTAL_USER = "portal";
  private static final Map<String, String> GROUPS = Map.of(
      "backoffice", "Back office",
      "managers", "Gerencia",
      "portal", "Portal Internet Empresarial (sistema)");

  private final IdentityService identity;
  private final String portalPassword;

  IdentityBootstrap(IdentityService identity,
      @Value("${enterprise-token.security.portal-password:}") String portalPassword) {
    this.identity = identity;
    this.portalPassword = portalPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    GROUPS.forEach(this::ensureGroup);
    if (!portalPassword.isBlank() && identity.createUserQuery().userId(PORTAL_USER).count() == 0) {
      User portal = identity.newUser(PORTAL_USER);
      portal.setFirstName("Portal");
      portal.setLastName("Internet Empresarial");
      portal.setPassword(portalPassword);
      identity.saveUser(portal);
      identity.createMembership(PORTAL_USER, "portal");
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(id.equals("portal") ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
