package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputFormats;
import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The company admin asks to renew the tokens of one or more users (R-B2, R-B3). */
@Schema(description = "Solicitud de renovación de uno o varios tokens, autorizada por el administrador")
public record RenewalRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.NIT_EXAMPLE,
        maxLength = InputFormats.NIT_MAX, pattern = InputFormats.NIT_PATTERN,
        description = InputFormats.NIT_DESCRIPTION) String companyNit,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
        allowableValues = {"CC", "CE", "PA", "NIT"}, description = InputFormats.ID_TYPE_DESCRIPTION)
    String adminIdType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "79123456",
        minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
        description = "Identificación del usuario administrador; se aceptan puntos y espacios")
    String adminIdNumber,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        example = InputFormats.DYNAMIC_CODE_EXAMPLE, pattern = InputFormats.DYNAMIC_CODE_PATTERN,
        description = "Número dinámico del token vigente del administrador") String dynamicCode,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.OFFICE_EXAMPLE,
        pattern = InputFormats.OFFICE_PATTERN,
        description = "Oficina donde se reclamarán los tokens") String branchOffice,
    @ArraySchema(minItems = 1, maxItems = RenewalService.MAX_DEVICES_PER_REQUEST,
        arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "Los tokens que se renuevan")) List<Item> renewals) {

  public RenewalRequest {
    companyNit = InputNormalizer.nit(companyNit);
    adminIdNumber = InputNormalizer.idNumber(adminIdType, adminIdNumber);
  }

  public record Item(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4000000003",
          maxLength = InputFormats.SERIAL_MAX, pattern = InputFormats.SERIAL_PATTERN,
          description = "Serial del token que se renueva (10 dígitos, empieza por 4)")
      String deviceSerial,
      @Schema(description = "Persona autorizada para reclamar el token (opcional)")
      AuthorizedPersonInput authorizedPerson) {

    public Item {
      deviceSerial = InputNormalizer.serial(deviceSerial);
    }
  }

  public record AuthorizedPersonInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
          allowableValues = {"CC", "CE", "PA", "NIT"},
          description = InputFormats.ID_TYPE_DESCRIPTION) String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52123456",
          minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
          description = InputFormats.ID_NUMBER_DESCRIPTION) String idNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "María Fernanda",
          maxLength = InputFormats.NAME_MAX) String names,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Rojas Pérez",
          maxLength = InputFormats.NAME_MAX) String surnames) {

    public AuthorizedPersonInput {
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }
}
