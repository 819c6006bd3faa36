package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the registration steps (portal API). */
public final class RegistrationRequests {

  private RegistrationRequests() {}

  /** R-A1. */
  public record Start(
      @Schema(example = "900123456-8") String companyNit,
      @Schema(example = "CC", allowableValues = {"CC", "CE", "PA", "NIT"}) String idType,
      @Schema(example = "52987654") String idNumber,
      @Schema(description = "El usuario va a actuar como administrador de la empresa")
      Boolean actsAsAdmin) {

    public Start {
      companyNit = InputNormalizer.nit(companyNit);
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }

  /** R-A2: "Es correcto" (true) or the contact data are wrong (false). */
  public record Confirmation(Boolean dataCorrect) {}

  /** R-A3. */
  public record Code(@Schema(example = "123456") String code) {}

  /** R-A4. */
  public record Terms(Boolean accepted) {}

  /** R-A5. */
  public record Serial(@Schema(example = "4000000004") String serial) {

    public Serial {
      serial = InputNormalizer.serial(serial);
    }
  }

  /** R-A6: never logged, never stored in clear, never in a process variable. */
  public record Password(
      @Schema(example = "Rt5k9Pw2", format = "password") String password,
      @Schema(example = "123456") String adminDynamicCode) {

    @Override
    public String toString() {
      return "Password[***]";
    }
  }
}
