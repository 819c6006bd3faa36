package co.bank.enterprisetoken.management.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Root of the plugin's resources; serves its static assets too: {@code /static/app/plugin.js} and
 * the stock module it shares with Tasklist's "Inventario de tokens" ({@code app/stock.js}).
 */
@Path("plugin/" + ManagementCockpitPlugin.ID)
public class ManagementRootResource extends AbstractCockpitPluginRootResource {

  public ManagementRootResource() {
    super(ManagementCockpitPlugin.ID);
  }

  @Override
  protected List<String> getAllowedAssets() {
    List<String> assets = new ArrayList<>(super.getAllowedAssets());
    assets.add("app/stock.js");
    return assets;
  }

  @Path("{engineName}")
  public ManagementResource engine(@PathParam("engineName") String engineName) {
    return subResource(new ManagementResource(engineName), engineName);
  }
}
