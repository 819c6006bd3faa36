package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The bodies of the virtual-token steps (portal API). */
public final class VirtualTokenRequests {

  private VirtualTokenRequests() {}

  /** R-T1: the holder (a user of the company) and what they ask for. */
  @Schema(name = "VirtualTokenStart")
  public record Start(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "900123456-8", maxLength = 20, description = "NIT con dígito de verificación; se aceptan puntos, espacios y el guion (900.123.456-8, 9001234568)", pattern = "^[0-9][0-9 .,]{7,14}-?\\s*[0-9]$") String companyNit,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CC", allowableValues = {"CC", "CE", "PA", "NIT"}) String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52345678", minLength = 3, maxLength = 20, description = "Número del documento; se aceptan puntos y espacios (52.987.654)") String idNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "NEW",
          allowableValues = {"NEW", "RENEWAL", "REPLACEMENT"}) String kind) {

    public Start {
      companyNit = InputNormalizer.nit(companyNit);
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }

  /** R-T2: the one-time token of the e-mailed link, and the acceptance of the contract. */
  @Schema(name = "VirtualTokenContract")
  public record Contract(
      @Schema(description = "El token del enlace enviado al correo del titular (parámetro t)",
          example = "q0f3V6kz1m9Jc8rU2yTa5Lw7Xe4Hn0Bs") String linkToken,
      Boolean accepted) {

    @Override
    public String toString() {
      return "Contract[***, " + accepted + "]";
    }
  }

  /** R-T3. */
  @Schema(name = "VirtualTokenIdentity")
  public record Identity(
      @Schema(example = "CC") String idType,
      @Schema(example = "52345678") String idNumber,
      @Schema(description = "Fecha de expedición del documento (AAAA-MM-DD)", example = "2005-03-14")
      String issueDate) {

    public Identity {
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }

  /** R-T4: question id → chosen option. */
  @Schema(name = "VirtualTokenAnswers")
  public record Answers(
      @Schema(example = "{\"mobile\":\"67\",\"surname\":\"GÓMEZ\",\"company\":\"Ferretería Núñez S.A.S.\"}")
      Map<String, String> answers) {}

  /** R-T7 (NEW only): never logged, never stored in clear, never in a process variable. */
  @Schema(name = "VirtualTokenPassword")
  public record Password(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Firma2024Segura",
          format = "password") String password,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Firma2024Segura",
          format = "password") String passwordConfirmation) {

    @Override
    public String toString() {
      return "Password[***]";
    }
  }

  /** R-T9: the holder sees the certificate in the Certifirma store ("Almacén"). */
  @Schema(name = "VirtualTokenInstallation")
  public record Installation(Boolean certificateInStore) {}
}
