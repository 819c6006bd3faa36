package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.DELIVERY_RECIPIENT;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.IDENTITY_DOCUMENT_CHECKED;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.NEW_DEVICE_SERIAL;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.PRESENTED_ID_NUMBER;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.PRESENTED_ID_TYPE;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordDelivery: records the hand-over of the new token (R-B7) in the branch's transaction.
 * Both renewal processes run it.
 */
@Component
public class RecordDeliveryDelegate implements JavaDelegate {

  private final RenewalService renewals;
  private final TaskActors actors;

  public RecordDeliveryDelegate(RenewalService renewals, TaskActors actors) {
    this.renewals = renewals;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.recordDelivery(execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_DeliverToken"),
        new DeliveryInput(DELIVERY_RECIPIENT.valueIn(execution),
            PRESENTED_ID_TYPE.valueIn(execution), PRESENTED_ID_NUMBER.valueIn(execution),
            IDENTITY_DOCUMENT_CHECKED.valueIn(execution), NEW_DEVICE_SERIAL.valueIn(execution)));
  }
}
