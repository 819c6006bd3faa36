package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.LOGIN_AVAILABLE_AT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SERIAL_ACTIVATION_CONFIRMED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.SERIAL_ACTIVATION_REFERENCE;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSerialActivation: R-S2. Output: {@code loginAvailableAt} for the 24-hour wait. */
@Component
public class RecordSerialActivationDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;

  public RecordSerialActivationDelegate(AfterExpiryService afterExpiry, TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LOGIN_AVAILABLE_AT.setIn(execution, AfterExpiryVariables.date(
        afterExpiry.recordSerialActivation(execution.getProcessBusinessKey(),
            actors.completedBy(execution, "Task_ActivateNewSerial"),
            SERIAL_ACTIVATION_CONFIRMED.valueIn(execution),
            SERIAL_ACTIVATION_REFERENCE.valueIn(execution))));
  }
}
