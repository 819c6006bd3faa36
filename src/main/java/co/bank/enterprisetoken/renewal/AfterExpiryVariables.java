package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.BACK_OFFICE_DUE_AT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ECON084_RECEIVED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ECON084_RECEIVED_AT;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Writes the case's ECON-084 state and 24-hour window into the process (timers, due dates). */
final class AfterExpiryVariables {

  private AfterExpiryVariables() {}

  static void writeEcon084(DelegateExecution execution, RenewalCase renewal) {
    ECON084_RECEIVED.setIn(execution, renewal.getEcon084ReceivedAt() != null);
    ECON084_RECEIVED_AT.setIn(execution, date(renewal.getEcon084ReceivedAt()));
    BACK_OFFICE_DUE_AT.setIn(execution, date(renewal.getBackOfficeDueAt()));
  }

  static Date date(java.time.Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
