package co.bank.enterprisetoken.management.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The "Tablero de gerencia": a Cockpit plugin (registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}). Cockpit loads its
 * frontend, {@code plugin-webapp/tablero-gerencia/app/plugin.js}, on the dashboard plugin point;
 * its data comes from {@link ManagementRootResource}, under
 * {@code /camunda/api/cockpit/plugin/tablero-gerencia/{engine}/}, authenticated by the webapp's
 * session.
 */
public class ManagementCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "tablero-gerencia";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ManagementRootResource.class);
  }
}
