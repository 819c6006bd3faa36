package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.registry.InputFormats;
import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the registration steps (portal API). */
public final class RegistrationRequests {

  private RegistrationRequests() {}

  /** R-A1. */
  @Schema(name = "RegistrationStart")
  public record Start(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.NIT_EXAMPLE,
          maxLength = InputFormats.NIT_MAX, pattern = InputFormats.NIT_PATTERN,
          description = InputFormats.NIT_DESCRIPTION) String companyNit,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
          allowableValues = {"CC", "CE", "PA", "NIT"},
          description = InputFormats.ID_TYPE_DESCRIPTION)
          String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52987654",
          minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
          description = InputFormats.ID_NUMBER_DESCRIPTION) String idNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          description = "El usuario va a actuar como administrador de la empresa")
      Boolean actsAsAdmin) {

    public Start {
      companyNit = InputNormalizer.nit(companyNit);
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }

  /** R-A2: "Es correcto" (true) or the contact data are wrong (false). */
  @Schema(name = "RegistrationConfirmation")
  public record Confirmation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean dataCorrect) {}

  /** R-A3. */
  @Schema(name = "RegistrationCode")
  public record Code(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456",
      pattern = "^[0-9]{6}$", description = "El código de 6 dígitos enviado al celular y al correo")
      String code) {}

  /** R-A4. */
  @Schema(name = "RegistrationTerms")
  public record Terms(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean accepted) {}

  /** R-A5. */
  @Schema(name = "RegistrationSerial")
  public record Serial(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4000000004",
      maxLength = InputFormats.SERIAL_MAX, pattern = InputFormats.SERIAL_PATTERN,
      description = InputFormats.SERIAL_DESCRIPTION) String serial) {

    public Serial {
      serial = InputNormalizer.serial(serial);
    }
  }

  /** R-A6: never logged, never stored in clear, never in a process variable. */
  @Schema(name = "RegistrationPassword")
  public record Password(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Rt5k9Pw2", format = "password")
      String password,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456",
          pattern = InputFormats.DYNAMIC_CODE_PATTERN,
          description = "Número dinámico del token vigente del administrador")
          String adminDynamicCode) {

    @Override
    public String toString() {
      return "Password[***]";
    }
  }
}
