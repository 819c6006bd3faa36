package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The company admin asks to renew the tokens of one or more users (R-B2, R-B3). */
@Schema(description = "Solicitud de renovación de uno o varios tokens, autorizada por el administrador")
public record RenewalRequest(
    @Schema(example = "900123456-8", description = "NIT de la empresa con dígito de verificación")
    String companyNit,
    @Schema(example = "CC", allowableValues = {"CC", "CE", "PA", "NIT"}) String adminIdType,
    @Schema(example = "79123456", description = "Identificación del usuario administrador")
    String adminIdNumber,
    @Schema(example = "123456", description = "Número dinámico del token vigente del administrador")
    String dynamicCode,
    @Schema(example = "0001", description = "Oficina donde se reclamarán los tokens")
    String branchOffice,
    List<Item> renewals) {

  public RenewalRequest {
    companyNit = InputNormalizer.nit(companyNit);
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
  }

  public record Item(
      @Schema(example = "4000000003", description = "Serial del token que se renueva")
      String deviceSerial,
      @Schema(description = "Persona autorizada para reclamar el token (opcional)")
      AuthorizedPersonInput authorizedPerson) {

    public Item {
      deviceSerial = InputNormalizer.serial(deviceSerial);
    }
  }

  public record AuthorizedPersonInput(
      @Schema(example = "CC") String idType,
      @Schema(example = "52123456") String idNumber,
      @Schema(example = "María Fernanda") String names,
      @Schema(example = "Rojas Pérez") String surnames) {

    public AuthorizedPersonInput {
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }
}
