package co.bank.enterprisetoken.documents;

import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything the form "Desasignación de dispositivo" shows (R-S3): what the company admin typed in
 * the portal's "Desasignar Dispositivo" for an operator whose token expired. Every field is
 * required; the reason is always "Pérdida, falla o Robo" and is not a field.
 *
 * @param unassignedAt when the admin unassigned the device in the portal
 * @param adminName the company admin who unassigned the device
 * @param operatorName the operator whose device was unassigned
 * @param deviceSerial serial of the unassigned (expired) token
 * @param loginWait the after-expiry wait this path skips, as the client reads it ("24 horas")
 * @param deviceExpiresAt expiry of that token
 * @param collector the person who will collect the new token at the branch
 * @param officeCode office where the new token will be collected
 */
public record UnassignmentFormData(
    String confirmationNumber,
    ZonedDateTime unassignedAt,
    String companyName,
    String companyNit,
    String adminName,
    String adminIdType,
    String adminIdNumber,
    String operatorName,
    String operatorIdType,
    String operatorIdNumber,
    String deviceSerial,
    ZonedDateTime deviceExpiresAt,
    AuthorizedPerson collector,
    String officeCode,
    String officeName,
    String officeCity,
    String legalRepresentativeName,
    String legalRepresentativeIdType,
    String legalRepresentativeIdNumber,
    String loginWait) {

  public UnassignmentFormData {
    Objects.requireNonNull(confirmationNumber, "confirmationNumber");
    Objects.requireNonNull(unassignedAt, "unassignedAt");
    Objects.requireNonNull(companyName, "companyName");
    Objects.requireNonNull(companyNit, "companyNit");
    Objects.requireNonNull(adminName, "adminName");
    Objects.requireNonNull(adminIdType, "adminIdType");
    Objects.requireNonNull(adminIdNumber, "adminIdNumber");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(operatorIdType, "operatorIdType");
    Objects.requireNonNull(operatorIdNumber, "operatorIdNumber");
    Objects.requireNonNull(deviceSerial, "deviceSerial");
    Objects.requireNonNull(deviceExpiresAt, "deviceExpiresAt");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(officeCode, "officeCode");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeCity, "officeCity");
    Objects.requireNonNull(legalRepresentativeName, "legalRepresentativeName");
    Objects.requireNonNull(legalRepresentativeIdType, "legalRepresentativeIdType");
    Objects.requireNonNull(legalRepresentativeIdNumber, "legalRepresentativeIdNumber");
  }
}
