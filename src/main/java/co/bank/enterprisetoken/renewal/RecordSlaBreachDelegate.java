package co.bank.enterprisetoken.renewal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSlaBreach: the back office's 24-hour window was missed (R-S1a). */
@Component
public class RecordSlaBreachDelegate implements JavaDelegate {

  private final AfterExpiryService afterExpiry;

  public RecordSlaBreachDelegate(AfterExpiryService afterExpiry) {
    this.afterExpiry = afterExpiry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    afterExpiry.recordSlaBreach(execution.getProcessBusinessKey());
  }
}
