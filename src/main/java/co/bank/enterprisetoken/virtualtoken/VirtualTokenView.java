package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.registration.Masking;
import java.time.ZonedDateTime;

/** A virtual-token case as the portal sees it: the step, what comes next, the deadlines. */
public record VirtualTokenView(
    String id,
    VirtualTokenKind kind,
    VirtualTokenStep step,
    boolean closed,
    String message,
    String next,
    String maskedEmail,
    boolean passwordStep,
    Integer remainingAttempts,
    ZonedDateTime lockedUntil,
    ZonedDateTime windowEndsAt,
    String signingUserName) {

  /** @param lock the configured lock, @param window the download window, as the holder reads them */
  static VirtualTokenView of(VirtualTokenCase c, String lock, String window) {
    boolean locked = c.getStep() == VirtualTokenStep.QUESTIONNAIRE_LOCKED;
    return new VirtualTokenView(c.getId(), c.getKind(), c.getStep(), c.getStep().isClosed(),
        c.getStep().message(lock, window), c.getStep().next(lock, window), Masking.email(c.getHolder().getEmail()),
        c.getKind().createsPassword(),
        c.getStep() == VirtualTokenStep.AWAITING_QUESTIONNAIRE ? c.remainingAttempts() : null,
        locked ? BankTime.local(c.getLockedUntil()) : null,
        BankTime.local(c.getWindowEndsAt()),
        c.getDevice() != null ? c.getHolder().getIdNumber() : null);
  }
}
