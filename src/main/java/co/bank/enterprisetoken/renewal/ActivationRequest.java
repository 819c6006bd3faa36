package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputFormats;
import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** The admin activates a delivered token together with its holder (R-B8). */
public record ActivationRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
        allowableValues = {"CC", "CE", "PA", "NIT"}, description = InputFormats.ID_TYPE_DESCRIPTION)
    String adminIdType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "79123456",
        minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
        description = InputFormats.ID_NUMBER_DESCRIPTION) String adminIdNumber,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4000000101",
        maxLength = InputFormats.SERIAL_MAX, pattern = InputFormats.SERIAL_PATTERN,
        description = "Serial impreso al respaldo del token nuevo (10 dígitos, empieza por 4)")
    String newDeviceSerial,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        example = InputFormats.DYNAMIC_CODE_EXAMPLE, pattern = InputFormats.DYNAMIC_CODE_PATTERN,
        description = "Número dinámico del token vigente del administrador") String dynamicCode) {

  public ActivationRequest {
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
    newDeviceSerial = InputNormalizer.serial(newDeviceSerial);
  }
}
