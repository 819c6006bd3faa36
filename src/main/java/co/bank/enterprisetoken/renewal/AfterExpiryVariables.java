package co.bank.enterprisetoken.renewal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Writes the case's ECON-084 state and 24-hour window into the process (timers, due dates). */
final class AfterExpiryVariables {

  private AfterExpiryVariables() {}

  static void writeEcon084(DelegateExecution execution, RenewalCase renewal) {
    execution.setVariable("econ084Received", renewal.getEcon084ReceivedAt() != null);
    execution.setVariable("econ084ReceivedAt", date(renewal.getEcon084ReceivedAt()));
    execution.setVariable("backOfficeDueAt", date(renewal.getBackOfficeDueAt()));
  }

  static Date date(java.time.Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
