package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** The admin activates a delivered token together with its holder (R-B8). */
public record ActivationRequest(
    @Schema(example = "CC") String adminIdType,
    @Schema(example = "79123456") String adminIdNumber,
    @Schema(example = "4000000101", description = "Serial impreso al respaldo del token nuevo")
    String newDeviceSerial,
    @Schema(example = "123456", description = "Número dinámico del token vigente del administrador")
    String dynamicCode) {

  public ActivationRequest {
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
    newDeviceSerial = InputNormalizer.serial(newDeviceSerial);
  }
}
