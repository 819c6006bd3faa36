package co.bank.enterprisetoken.evidence;

import java.util.Arrays;
import java.util.Optional;

/** Where a scan of signed paper enters the case, and what the back office reads it as. */
public enum ScanPurpose {
  /** The signed "Solicitud Token y Autorización de Entrega" (or unassignment form) at the visa. */
  VISA("Task_VisaSignature", "Formato firmado presentado para el visado"),
  /** The signed ECON-084 the branch received for an open after-expiry case. */
  ECON084_RECEIPT("Task_RegisterEcon084", "ECON-084 recibido en la oficina"),
  /** The signed ECON-084 of a token that expired with no case (start form, no task yet). */
  ECON084_INTAKE(null, "ECON-084 recibido en la oficina"),
  /** Back office's record of the unassignment (optional). */
  UNASSIGNMENT("Task_UnassignToken", "Soporte de la desasignación");

  private final String taskDefinitionKey;
  private final String label;

  ScanPurpose(String taskDefinitionKey, String label) {
    this.taskDefinitionKey = taskDefinitionKey;
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ScanPurpose> ofTask(String taskDefinitionKey) {
    return Arrays.stream(values())
        .filter(p -> p.taskDefinitionKey != null && p.taskDefinitionKey.equals(taskDefinitionKey))
        .findFirst();
  }
}
