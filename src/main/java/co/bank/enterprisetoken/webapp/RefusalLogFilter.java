package co.bank.enterprisetoken.webapp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's command-context log ({@value #ENGINE_CONTEXT}, ENGINE-16004 "Exception while
 * closing command context" with the whole stack trace, at ERROR) quiet for the project's domain
 * refusals, which {@link TaskRefusals} already logs as one WARN line. The engine logs a refusal
 * thrown by a delegate at DEBUG (it is a {@code BadUserRequestException}), but one thrown by a task
 * listener reaches it wrapped in a plain {@code ProcessEngineException} (ENGINE-03051) and is
 * logged as an error. Every other exception of that logger, and every other logger, is untouched.
 */
@Component
class RefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  RefusalLogFilter() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      setName("domain-refusals");
      logback.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable thrown) {
    if (logger == null || !logger.getName().startsWith(ENGINE_CONTEXT)) {
      return FilterReply.NEUTRAL;
    }
    Throwable t = thrown != null ? thrown
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last
            ? last : null;
    return t != null && TaskRefusals.of(t).isPresent() ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
