package co.bank.enterprisetoken.documents;

import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything the pre-filled form ECON-084 "Modificación claves token / Internet Empresarial
 * administrador" shows (R-S1, R-S2). Every field is required except {@code authorizedPerson} (null
 * when nobody is authorized to receive the token) and {@code newDeviceSerial} (only for
 * {@link Section#RENEWAL_ACTIVATION}, null while the serial is not known: the company writes it in).
 *
 * @param section the one section of the form that is ticked
 * @param date date of the form, printed with the office ("Oficina y Fecha")
 * @param officeCode office where the signed form is handed in
 * @param adminNames full name of the company's current portal administrator
 * @param holderName holder of the expired token
 * @param deviceSerial serial of the expired token
 * @param deviceExpiresAt expiry of that token
 * @param newDeviceSerial serial of the token collected before expiry (situation 2), if known
 * @param backOfficeSla the configured back-office window, as the client reads it ("24 horas")
 * @param loginWait the configured wait before the client logs in again ("24 horas")
 */
public record Econ084FormData(
    Section section,
    String confirmationNumber,
    ZonedDateTime date,
    String officeCode,
    String officeName,
    String officeCity,
    String companyName,
    String companyNit,
    String companyEmail,
    String adminNames,
    String adminIdType,
    String adminIdNumber,
    String adminEmail,
    String adminMobile,
    AuthorizedPerson authorizedPerson,
    String holderName,
    String holderIdType,
    String holderIdNumber,
    String deviceSerial,
    ZonedDateTime deviceExpiresAt,
    String newDeviceSerial,
    String legalRepresentativeName,
    String legalRepresentativeIdType,
    String legalRepresentativeIdNumber,
    String backOfficeSla,
    String loginWait) {

  /** The section of ECON-084 the company ticks, by situation of the expired token. */
  public enum Section {
    /** Situation 1: "DESASIGNACIÓN DE TOKEN", "Sin Renovar" (R-S1). */
    UNASSIGN_WITHOUT_RENEWAL,
    /**
     * Situation 2: "RENOVACIÓN DE TOKEN", "Activación Token por Renovación" and "Serial nuevo"
     * (R-S2).
     */
    RENEWAL_ACTIVATION
  }

  public Econ084FormData {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(confirmationNumber, "confirmationNumber");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(officeCode, "officeCode");
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(officeCity, "officeCity");
    Objects.requireNonNull(companyName, "companyName");
    Objects.requireNonNull(companyNit, "companyNit");
    Objects.requireNonNull(companyEmail, "companyEmail");
    Objects.requireNonNull(adminNames, "adminNames");
    Objects.requireNonNull(adminIdType, "adminIdType");
    Objects.requireNonNull(adminIdNumber, "adminIdNumber");
    Objects.requireNonNull(adminEmail, "adminEmail");
    Objects.requireNonNull(adminMobile, "adminMobile");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(holderIdType, "holderIdType");
    Objects.requireNonNull(holderIdNumber, "holderIdNumber");
    Objects.requireNonNull(deviceSerial, "deviceSerial");
    Objects.requireNonNull(deviceExpiresAt, "deviceExpiresAt");
    Objects.requireNonNull(legalRepresentativeName, "legalRepresentativeName");
    Objects.requireNonNull(legalRepresentativeIdType, "legalRepresentativeIdType");
    Objects.requireNonNull(legalRepresentativeIdNumber, "legalRepresentativeIdNumber");
    if (newDeviceSerial != null && section != Section.RENEWAL_ACTIVATION) {
      throw new IllegalArgumentException(
          "newDeviceSerial belongs to the section RENEWAL_ACTIVATION, not " + section);
    }
  }
}
