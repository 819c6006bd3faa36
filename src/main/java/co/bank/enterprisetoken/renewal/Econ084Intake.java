package co.bank.enterprisetoken.renewal;

/**
 * What the branch types from a signed ECON-084 for a token that expired with no case (start form
 * {@code econ-084-intake}).
 */
public record Econ084Intake(String companyNit, String holderIdType, String holderIdNumber,
    String deviceSerial, String section, Boolean signedByLegalRepresentative) {

  public static final String UNASSIGN_WITHOUT_RENEWAL = "UNASSIGN_WITHOUT_RENEWAL";
  public static final String RENEWAL_ACTIVATION = "RENEWAL_ACTIVATION";
}
