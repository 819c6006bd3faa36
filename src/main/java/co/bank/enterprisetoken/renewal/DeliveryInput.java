package co.bank.enterprisetoken.renewal;

/** What the branch records when it hands the new token over (form of Task_DeliverToken). */
public record DeliveryInput(String recipient, String presentedIdType, String presentedIdNumber,
    Boolean identityDocumentChecked, String newDeviceSerial) {}
