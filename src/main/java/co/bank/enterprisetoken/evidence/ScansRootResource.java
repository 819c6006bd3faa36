package co.bank.enterprisetoken.evidence;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

@Path("plugin/" + ScansTasklistPlugin.ID)
public class ScansRootResource extends AbstractTasklistPluginRootResource {

  public ScansRootResource() {
    super(ScansTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public ScansResource scans(@PathParam("engineName") String engineName) {
    return subResource(new ScansResource(engineName), engineName);
  }
}
