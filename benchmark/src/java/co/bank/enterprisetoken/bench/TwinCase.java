package co.bank.enterprisetoken.bench;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One case of the no-op twin, driven through the engine API exactly like the real case's human and
 * portal steps: visa task, delivery task (same form variables), then the activation message.
 */
public final class TwinCase {

  private TwinCase() {}

  public static void run(ProcessEngine engine, String prefix, int i) {
    String serial = prefix + i;
    Waits.watch(serial);
    try {
      var variables = Variables.createVariables()
          .putValue("confirmationNumber", "TW-" + serial)
          .putValue("branchOffice", "0001")
          .putValue("deviceSerial", serial)
          .putValue("deviceExpiresAt", Date.from(Instant.now().plusSeconds(30L * 86400)))
          .putValue("companyName", "Empresa gemela " + i + " S.A.S.")
          .putValue("holderName", "Andrés Pérez Rojas")
          .putValue("authorizedPersonName", null);
      var instance = engine.getRuntimeService().createProcessInstanceByKey(Models.TWIN)
          .businessKey("TW-" + serial).setVariables(variables).execute();
      var visa = Waits.await(serial, "Task_VisaSignature", 120);
      Map<String, Object> visaVars = new HashMap<>(Map.of("visaResult", "APPROVED",
          "visaEvidenceReference", "EV-2026-0042", "visaApproved", true));
      visaVars.put("visaObservations", null);
      Waits.quiesce(engine, instance.getId());
      Retry.run(() -> engine.getTaskService().complete(visa.id(), visaVars));
      var deliver = Waits.await(serial, "Task_DeliverToken", 120);
      Waits.quiesce(engine, instance.getId());
      Retry.run(() -> engine.getTaskService().complete(deliver.id(), Map.of(
          "deliveryRecipient", "HOLDER", "presentedIdType", "CC", "presentedIdNumber", "80123456",
          "identityDocumentChecked", true, "newDeviceSerial", "4999999999")));
      Waits.await(serial, "Gateway_AwaitActivation", 120);
      Waits.quiesce(engine, instance.getId());
      Retry.run(() -> engine.getRuntimeService()
          .createMessageCorrelation("TokenRenewalActivationRequested")
          .processInstanceId(instance.getId()).correlate());
      Waits.await(serial, "end:" + Models.TWIN, 120);
    } finally {
      Waits.unwatch(serial);
    }
  }

  public static void startEnd(ProcessEngine engine, int i) {
    engine.getRuntimeService().startProcessInstanceByKey(Models.START_END, "SE-" + i);
  }
}
