package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import co.bank.enterprisetoken.errors.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("El registro del motor calla los rechazos del dominio y no los errores reales")
class RefusalLogFilterTest {

  private final LoggerContext logback = new LoggerContext();
  private final RefusalLogFilter filter = new RefusalLogFilter();

  private FilterReply engineContextLogs(String logger, Throwable thrown) {
    // as ContextLogger.errorException: the message, then the throwable as the last argument
    return filter.decide(null, logback.getLogger(logger), Level.ERROR,
        "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {thrown.getMessage(), thrown}, null);
  }

  @Test
  void aRefusalThrownByATaskListenerIsNotLoggedAsAnEngineError() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking"
        + " the TaskListener", InvalidInputException.of("escalationAction", "Es obligatorio."));
    assertThat(engineContextLogs(RefusalLogFilter.ENGINE_CONTEXT, wrapped))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void realErrorsAndOtherLoggersStayLoud() {
    assertThat(engineContextLogs(RefusalLogFilter.ENGINE_CONTEXT,
        new ProcessEngineException("database down"))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(engineContextLogs("org.camunda.bpm.engine.jobexecutor",
        InvalidInputException.of("x", "y"))).isEqualTo(FilterReply.NEUTRAL);
  }
}
