package co.bank.enterprisetoken.renewal;

/** What the branch records when it checks the signature on the signed form (Task_VisaSignature). */
public record VisaInput(String result, String evidenceReference, String observations) {

  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
}
