package co.bank.enterprisetoken.evidence;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Camunda creates webapp plugins and their JAX-RS resources itself (ServiceLoader, Jersey), outside
 * Spring. The resource takes {@link EvidenceScanService} from the Spring application that owns the
 * servlet context serving the request: that application's engine is the one the webapp's
 * authentication filter authenticated. A JVM-wide holder would hand out the service of whichever
 * application started last (the test suite runs two, each with its own engine).
 */
@Path("plugin/" + ScansTasklistPlugin.ID)
public class ScansRootResource extends AbstractTasklistPluginRootResource {

  public ScansRootResource() {
    super(ScansTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public ScansResource scans(@PathParam("engineName") String engineName) {
    EvidenceScanService scans = WebApplicationContextUtils
        .getRequiredWebApplicationContext(servletContext).getBean(EvidenceScanService.class);
    return subResource(new ScansResource(engineName, scans), engineName);
  }
}
