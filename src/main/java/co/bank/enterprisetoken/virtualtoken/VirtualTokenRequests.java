package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.InputNormalizer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The bodies of the virtual-token steps (portal API). */
public final class VirtualTokenRequests {

  private VirtualTokenRequests() {}

  /** R-T1: the holder (a user of the company) and what they ask for. */
  public record Start(
      @Schema(example = "900123456-8") String companyNit,
      @Schema(example = "CC", allowableValues = {"CC", "CE", "PA", "NIT"}) String idType,
      @Schema(example = "52345678") String idNumber,
      @Schema(example = "NEW", allowableValues = {"NEW", "RENEWAL", "REPLACEMENT"}) String kind) {

    public Start {
      companyNit = InputNormalizer.nit(companyNit);
      idNumber = InputNormalizer.idNumber(idType, idNumber);
    }
  }

  /** R-T2: the one-time token of the e-mailed link, and the acceptance of the contract. */
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
  public record Answers(
      @Schema(example = "{\"mobile\":\"67\",\"surname\":\"GÓMEZ\",\"company\":\"Ferretería Núñez S.A.S.\"}")
      Map<String, String> answers) {}

  /** R-T7 (NEW only): never logged, never stored in clear, never in a process variable. */
  public record Password(
      @Schema(example = "Firma2024Segura", format = "password") String password,
      @Schema(example = "Firma2024Segura", format = "password") String passwordConfirmation) {

    @Override
    public String toString() {
      return "Password[***]";
    }
  }

  /** R-T9: the holder sees the certificate in the Certifirma store ("Almacén"). */
  public record Installation(Boolean certificateInStore) {}
}
