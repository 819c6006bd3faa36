package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** Situation 3 (R-S3): the company admin unassigns an operator's device in the portal. */
@Schema(description = "Desasignar dispositivo de un usuario operador (situación 3)")
public record UnassignmentRequest(
    @Schema(example = "900123456-8") String companyNit,
    @Schema(example = "CC") String adminIdType,
    @Schema(example = "52345678") String adminIdNumber,
    @Schema(example = "123456", description = "Número dinámico del token vigente del administrador")
    String dynamicCode,
    @Schema(example = "4000000003", description = "Serial del token del operador") String deviceSerial,
    @Schema(example = "PERDIDA_FALLA_ROBO", allowableValues = "PERDIDA_FALLA_ROBO",
        description = "Motivo de desasignación: Pérdida, falla o Robo") String reason,
    @Schema(example = "0001", description = "Oficina donde se reclamará el token") String branchOffice,
    @Schema(description = "Persona que reclamará el token en la oficina")
    RenewalRequest.AuthorizedPersonInput collector) {

  public UnassignmentRequest {
    companyNit = InputNormalizer.nit(companyNit);
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
    deviceSerial = InputNormalizer.serial(deviceSerial);
  }


  public static final String LOSS_FAILURE_THEFT = "PERDIDA_FALLA_ROBO";
}
