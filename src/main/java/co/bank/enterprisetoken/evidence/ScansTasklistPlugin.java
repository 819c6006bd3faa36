package co.bank.enterprisetoken.evidence;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Tasklist plugin whose only part is the scans' REST resource under
 * {@code /camunda/api/tasklist/plugin/token-scans/{engine}/…}: the webapp's own session
 * authentication and CSRF filter protect it, exactly as they protect Tasklist's engine calls.
 */
public class ScansTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "token-scans";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ScansRootResource.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
