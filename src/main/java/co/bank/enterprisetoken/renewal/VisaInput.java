package co.bank.enterprisetoken.renewal;

/**
 * What the branch records when it checks the signature on the signed form (Task_VisaSignature),
 * with the verification code printed on the paper presented (typed or read with the QR reader).
 */
public record VisaInput(String result, String evidenceReference, String observations,
    String verificationCode) {

  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
}
