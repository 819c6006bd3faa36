package co.bank.enterprisetoken.stock;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * "Inventario de tokens" in Tasklist's top bar: back office works in Tasklist only, and registers
 * lots and returns there. A frontend module and the root resource that serves it; the data comes
 * from the management endpoints of the Cockpit plugin (same webapp session, same role checks).
 */
public class StockTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "inventario-tokens";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(StockTasklistRootResource.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
