package co.bank.enterprisetoken.webapp;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent group GRANTs through the public {@link AuthorizationService}. */
final class Grants {

  private Grants() {}

  /**
   * Grants {@code permissions} on {@code resource}/{@code resourceId} to {@code groupId}: adds the
   * missing permissions to the group's existing grant, or creates it.
   */
  static void grant(AuthorizationService authorizations, String groupId, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list().stream().findFirst().orElse(null);
    if (grant != null && Arrays.stream(permissions).allMatch(grant::isPermissionGranted)) {
      return;
    }
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
