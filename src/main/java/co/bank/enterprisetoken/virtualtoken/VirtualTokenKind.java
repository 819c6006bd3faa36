package co.bank.enterprisetoken.virtualtoken;

/** R-T1: what the holder asks Certicámara for. */
public enum VirtualTokenKind {
  /** First virtual token: the holder creates the certificate password (R-T7). */
  NEW,
  /** "Renovación": the certificate is renewed; the first password is kept. */
  RENEWAL,
  /** "Reposición": the certificate is replaced; the first password is kept. */
  REPLACEMENT;

  public boolean createsPassword() {
    return this == NEW;
  }
}
