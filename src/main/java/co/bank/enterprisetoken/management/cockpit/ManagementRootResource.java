package co.bank.enterprisetoken.management.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Root of the plugin's resources; serves its static assets too ({@code /static/app/plugin.js}). */
@Path("plugin/" + ManagementCockpitPlugin.ID)
public class ManagementRootResource extends AbstractCockpitPluginRootResource {

  public ManagementRootResource() {
    super(ManagementCockpitPlugin.ID);
  }

  @Path("{engineName}")
  public ManagementResource engine(@PathParam("engineName") String engineName) {
    return subResource(new ManagementResource(engineName), engineName);
  }
}
