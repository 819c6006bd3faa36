package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputNormalizer;
/** What the branch records when it hands the new token over (form of Task_DeliverToken). */
public record DeliveryInput(String recipient, String presentedIdType, String presentedIdNumber,
    Boolean identityDocumentChecked, String newDeviceSerial) {

  /** The clerk may type the id and the serial as they are usually written (52.123.456). */
  public DeliveryInput {
    presentedIdNumber = InputNormalizer.idNumber(presentedIdType, presentedIdNumber);
    newDeviceSerial = InputNormalizer.serial(newDeviceSerial);
  }
}
