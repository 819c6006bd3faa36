package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.InputNormalizer;
/**
 * What the branch types from a signed ECON-084 for a token that expired with no case (start form
 * {@code econ-084-intake}).
 */
public record Econ084Intake(String companyNit, String holderIdType, String holderIdNumber,
    String deviceSerial, String section, Boolean signedByLegalRepresentative) {

  /** The branch may type the NIT, the id and the serial as they are usually written. */
  public Econ084Intake {
    companyNit = InputNormalizer.nit(companyNit);
    holderIdNumber = InputNormalizer.idNumber(holderIdType, holderIdNumber);
    deviceSerial = InputNormalizer.serial(deviceSerial);
  }


  public static final String UNASSIGN_WITHOUT_RENEWAL = "UNASSIGN_WITHOUT_RENEWAL";
  public static final String RENEWAL_ACTIVATION = "RENEWAL_ACTIVATION";
}
