package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordDelivery: records the hand-over of the new token (R-B7) in the branch's transaction. */
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
        new DeliveryInput((String) execution.getVariable("deliveryRecipient"),
            (String) execution.getVariable("presentedIdType"),
            (String) execution.getVariable("presentedIdNumber"),
            (Boolean) execution.getVariable("identityDocumentChecked"),
            (String) execution.getVariable("newDeviceSerial")));
  }
}
