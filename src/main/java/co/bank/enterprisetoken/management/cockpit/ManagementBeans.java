package co.bank.enterprisetoken.management.cockpit;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Cockpit instantiates its plugins' JAX-RS resources itself (per request, outside Spring): they
 * reach the application's services through this holder, set when the context starts.
 */
@Component
class ManagementBeans implements ApplicationContextAware {

  private static volatile ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) {
    context = applicationContext;
  }

  static <T> T get(Class<T> type) {
    ApplicationContext current = context;
    if (current == null) {
      throw new IllegalStateException("The application context is not started yet");
    }
    return current.getBean(type);
  }
}
