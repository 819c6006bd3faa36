package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputFormats;
import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** Situation 3 (R-S3): the company admin unassigns an operator's device in the portal. */
@Schema(description = "Desasignar dispositivo de un usuario operador (situación 3)")
public record UnassignmentRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.NIT_EXAMPLE,
        maxLength = InputFormats.NIT_MAX, pattern = InputFormats.NIT_PATTERN,
        description = InputFormats.NIT_DESCRIPTION) String companyNit,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
        allowableValues = {"CC", "CE", "PA", "NIT"}, description = InputFormats.ID_TYPE_DESCRIPTION)
    String adminIdType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52345678",
        minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
        description = InputFormats.ID_NUMBER_DESCRIPTION) String adminIdNumber,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        example = InputFormats.DYNAMIC_CODE_EXAMPLE, pattern = InputFormats.DYNAMIC_CODE_PATTERN,
        description = "Número dinámico del token vigente del administrador") String dynamicCode,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4000000003",
        maxLength = InputFormats.SERIAL_MAX, pattern = InputFormats.SERIAL_PATTERN,
        description = "Serial del token del operador (10 dígitos, empieza por 4)")
    String deviceSerial,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = LOSS_FAILURE_THEFT,
        allowableValues = LOSS_FAILURE_THEFT,
        description = "Motivo de desasignación: Pérdida, falla o Robo") String reason,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.OFFICE_EXAMPLE,
        pattern = InputFormats.OFFICE_PATTERN, description = "Oficina donde se reclamará el token")
    String branchOffice,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        description = "Persona que reclamará el token en la oficina")
    RenewalRequest.AuthorizedPersonInput collector) {

  public UnassignmentRequest {
    companyNit = InputNormalizer.nit(companyNit);
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
    deviceSerial = InputNormalizer.serial(deviceSerial);
  }

  public static final String LOSS_FAILURE_THEFT = "PERDIDA_FALLA_ROBO";
}
