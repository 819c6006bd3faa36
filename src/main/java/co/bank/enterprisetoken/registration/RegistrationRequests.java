package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the registration steps (portal API). */
public final class RegistrationRequests {

  private RegistrationRequests() {}

  /** R-A1. */
  @Schema(name = "RegistrationStart")
  public record Start(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "900123456-8", maxLength = 20, description = "NIT con dígito de verificación; se aceptan puntos, espacios y el guion (900.123.456-8, 9001234568)", pattern = "^[0-9][0-9 .,]{7,14}-?\\s*[0-9]$") String companyNit,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CC", allowableValues = {"CC", "CE", "PA", "NIT"}) String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52987654", minLength = 3, maxLength = 20, description = "Número del documento; se aceptan puntos y espacios (52.987.654)") String idNumber,
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
      pattern = "^[0-9]{6}$") String code) {}

  /** R-A4. */
  @Schema(name = "RegistrationTerms")
  public record Terms(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean accepted) {}

  /** R-A5. */
  @Schema(name = "RegistrationSerial")
  public record Serial(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4000000004",
      maxLength = 30, description = "Serial del token; se aceptan espacios y guiones (4000-000-004)")
      String serial) {

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
          pattern = "^[0-9]{6}$") String adminDynamicCode) {

    @Override
    public String toString() {
      return "Password[***]";
    }
  }
}
