package co.bank.enterprisetoken.documents;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything the form "Solicitud Token y Autorización de Entrega" shows (R-B6, R-S1b). Every field
 * is required except {@code authorizedPerson}, which is null when the holder collects the token.
 *
 * @param holderProfile "ADMIN" or "OPERATOR"
 * @param deviceSerial serial of the holder's current token
 * @param deviceExpiresAt expiry of the current token
 */
public record RenewalRequestFormData(
    String confirmationNumber,
    ZonedDateTime requestedAt,
    String companyName,
    String companyNit,
    String companyEmail,
    String legalRepresentativeName,
    String requestedByName,
    String holderName,
    String holderIdType,
    String holderIdNumber,
    String holderProfile,
    String deviceSerial,
    ZonedDateTime deviceExpiresAt,
    AuthorizedPerson authorizedPerson,
    String branchOfficeCode,
    String branchOfficeName,
    String branchOfficeCity) {

  /** Person the admin authorized to collect the token at the branch (R-B3). */
  public record AuthorizedPerson(String idType, String idNumber, String names, String surnames) {
    public AuthorizedPerson {
      Objects.requireNonNull(idType, "idType");
      Objects.requireNonNull(idNumber, "idNumber");
      Objects.requireNonNull(names, "names");
      Objects.requireNonNull(surnames, "surnames");
    }
  }

  // A signed form with a blank field is worse than no form: fail while building, not at the branch.
  public RenewalRequestFormData {
    Objects.requireNonNull(confirmationNumber, "confirmationNumber");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(companyName, "companyName");
    Objects.requireNonNull(companyNit, "companyNit");
    Objects.requireNonNull(companyEmail, "companyEmail");
    Objects.requireNonNull(legalRepresentativeName, "legalRepresentativeName");
    Objects.requireNonNull(requestedByName, "requestedByName");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(holderIdType, "holderIdType");
    Objects.requireNonNull(holderIdNumber, "holderIdNumber");
    Objects.requireNonNull(holderProfile, "holderProfile");
    Objects.requireNonNull(deviceSerial, "deviceSerial");
    Objects.requireNonNull(deviceExpiresAt, "deviceExpiresAt");
    Objects.requireNonNull(branchOfficeCode, "branchOfficeCode");
    Objects.requireNonNull(branchOfficeName, "branchOfficeName");
    Objects.requireNonNull(branchOfficeCity, "branchOfficeCity");
    if (!holderProfile.equals("ADMIN") && !holderProfile.equals("OPERATOR")) {
      throw new IllegalArgumentException(
          "holderProfile must be ADMIN or OPERATOR: " + holderProfile);
    }
  }
}
