package co.bank.enterprisetoken.documents;

import java.util.Objects;

/**
 * What makes one issue of a form distinct from another of the same case: its verification code
 * (normalized, see {@link VerificationCode}) and its version, 1 for the first form the case gets of
 * its kind and one more each time the form is issued again (see {@link DocumentType#form()}).
 */
public record FormIssue(String verificationCode, int version) {
  public FormIssue {
    Objects.requireNonNull(verificationCode, "verificationCode");
    if (VerificationCode.normalize(verificationCode) == null
        || !VerificationCode.normalize(verificationCode).equals(verificationCode)) {
      throw new IllegalArgumentException("Not a normalized verification code: " + verificationCode);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
  }
}
