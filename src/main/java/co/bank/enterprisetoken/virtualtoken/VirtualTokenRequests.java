package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.InputFormats;
import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The bodies of the virtual-token steps (portal API). */
public final class VirtualTokenRequests {

  private VirtualTokenRequests() {}

  /** R-T1: the holder (a user of the company) and what they ask for. */
  @Schema(name = "VirtualTokenStart")
  public record Start(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.NIT_EXAMPLE,
          maxLength = InputFormats.NIT_MAX, pattern = InputFormats.NIT_PATTERN,
          description = InputFormats.NIT_DESCRIPTION) String companyNit,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
          allowableValues = {"CC", "CE", "PA", "NIT"},
          description = InputFormats.ID_TYPE_DESCRIPTION)
          String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52345678",
          minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
          description = InputFormats.ID_NUMBER_DESCRIPTION) String idNumber,
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
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          description = "El token del enlace enviado al correo del titular (parámetro t)",
          pattern = "^[A-Za-z0-9_-]{43}$", example = "q0f3V6kz1m9Jc8rU2yTa5Lw7Xe4Hn0Bs8dKp2QvR7sT")
      String linkToken,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          description = "El titular acepta el contrato del token virtual") Boolean accepted) {

    @Override
    public String toString() {
      return "Contract[***, " + accepted + "]";
    }
  }

  /** R-T3. */
  @Schema(name = "VirtualTokenIdentity")
  public record Identity(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = InputFormats.ID_TYPE_EXAMPLE,
          allowableValues = {"CC", "CE", "PA", "NIT"},
          description = InputFormats.ID_TYPE_DESCRIPTION)
      String idType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "52345678",
          minLength = InputFormats.ID_NUMBER_MIN, maxLength = InputFormats.ID_NUMBER_MAX,
          description = InputFormats.ID_NUMBER_DESCRIPTION) String idNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date",
          description = "Fecha de expedición del documento (AAAA-MM-DD)", example = "2005-03-14")
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
