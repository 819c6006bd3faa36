package co.bank.enterprisetoken.stock;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Serves the plugin's static frontend module ({@code …/inventario-tokens/static/app/plugin.js}):
 * Camunda serves a plugin's assets through its root resource. The data comes from the management
 * endpoints, so there is nothing else here.
 */
@Path("plugin/" + StockTasklistPlugin.ID)
public class StockTasklistRootResource extends AbstractTasklistPluginRootResource {

  public StockTasklistRootResource() {
    super(StockTasklistPlugin.ID);
  }
}
