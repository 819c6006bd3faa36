package co.bank.enterprisetoken.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} as one deployment under
 * stable resource names ({@code bpmn/x.bpmn}, {@code forms/y.form}), whatever the classpath looks
 * like (mvn, IDE, fat jar). Unchanged resources are filtered out, so restarting a node or adding a
 * node on a shared database creates no new versions. Forms and models always travel together, which
 * the {@code deployment} form binding relies on.
 */
@Component
public class ModelDeployment implements InitializingBean {

  static final String DEPLOYMENT_NAME = "token-empresarial";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;

  public ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterPropertiesSet() {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("token-empresarial")
        .enableDuplicateFiltering(false);
    int count = 0;
    for (String folder : new String[] {"bpmn", "forms"}) {
      for (Resource resource : resources(folder)) {
        try (InputStream in = resource.getInputStream()) {
          deployment.addInputStream(folder + "/" + resource.getFilename(), in);
          count++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    var result = deployment.deployWithResult();
    LOG.info("Deployed {} models and forms; {} new process definitions", count,
        result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
  }

  private static Resource[] resources(String folder) {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:" + folder + "/*.*");
      Arrays.sort(found, Comparator.comparing(Resource::getFilename));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
