package co.bank.enterprisetoken.bench;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the benchmark's Spring context only: the no-op delegate of the twin, the wait signals. */
@Configuration
public class BenchBeans {

  @Bean
  public Waits benchWaits() {
    return new Waits();
  }

  /** Every delegate of the twin: does nothing, so the twin costs only the engine's work. */
  @Bean
  public JavaDelegate noopDelegate() {
    return execution -> { };
  }
}
