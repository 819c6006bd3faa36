package co.bank.enterprisetoken.webapp;

import jakarta.servlet.ServletContext;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine/*}, what Tasklist calls to complete a task)
 * with the refusal mappers. Camunda's webapp initializer registers this Jersey servlet itself,
 * under the name {@value #NAME}, only if no servlet of that name exists yet; this initializer runs
 * first and registers the same servlet (Camunda's {@link EngineRestApplication}, same path), with
 * {@link RefusalMappers} in place of Camunda's mappers for the same exceptions. Nothing else of
 * the webapps changes; without the webapps ({@code camunda.bpm.webapp.enabled: false}) there is
 * no such servlet either.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

  static final String NAME = "Engine Api";

  private final CamundaBpmProperties camunda;

  WebappEngineApi(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ResourceConfig api = new ResourceConfig();
    new EngineRestApplication().getClasses().stream()
        .filter(c -> c != RestExceptionHandler.class && c != ProcessEngineExceptionHandler.class)
        .forEach(api::register);
    api.register(RefusalMappers.ForRestException.class);
    api.register(RefusalMappers.ForEngineException.class);
    servletContext.addServlet(NAME, new ServletContainer(api))
        .addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
  }
}
