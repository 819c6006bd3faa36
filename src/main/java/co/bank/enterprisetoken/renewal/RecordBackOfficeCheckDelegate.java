package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.CHECK_APPROVED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.CHECK_OBSERVATIONS;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.CHECK_RESULT;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.ECON084_RECEIVED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.VERIFICATION_CODE;

import co.bank.enterprisetoken.process.TaskActors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCheck: back office's check of the ECON-084 (R-S1a). Output: {@code checkApproved}. */
@Component
public class RecordBackOfficeCheckDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;
  private final TaskActors actors;

  public RecordBackOfficeCheckDelegate(AfterExpiryService afterExpiry, TaskActors actors) {
    this.afterExpiry = afterExpiry;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = afterExpiry.recordBackOfficeCheck(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_CheckEcon084"),
        CHECK_RESULT.valueIn(execution), CHECK_OBSERVATIONS.valueIn(execution),
        VERIFICATION_CODE.valueIn(execution));
    CHECK_APPROVED.setIn(execution, approved);
    if (!approved) {
      ECON084_RECEIVED.setIn(execution, false);
    }
    // The registry keeps the check; a new ECON-084 is checked on an empty form.
    Stream.of(CHECK_RESULT, CHECK_OBSERVATIONS, VERIFICATION_CODE)
        .forEach(v -> v.removeFrom(execution));
  }
}
