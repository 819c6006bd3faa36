package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.BankTime;
import java.time.ZonedDateTime;

/** A registration as the portal sees it: the step, what comes next, masked contact data. */
public record RegistrationView(
    String id,
    RegistrationStep step,
    boolean closed,
    String message,
    String next,
    String maskedEmail,
    String maskedMobile,
    ZonedDateTime codeExpiresAt,
    Integer remainingCodeTries) {

  static RegistrationView of(Registration r) {
    boolean awaitingCode = r.getStep() == RegistrationStep.AWAITING_CODE;
    return new RegistrationView(r.getId(), r.getStep(), r.getStep().isClosed(),
        r.getStep().message(), r.getStep().next(), Masking.email(r.getUser().getEmail()),
        Masking.mobile(r.getUser().getMobile()),
        awaitingCode ? BankTime.local(r.getCodeExpiresAt()) : null,
        awaitingCode ? r.remainingTries() : null);
  }
}
