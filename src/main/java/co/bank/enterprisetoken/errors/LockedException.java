package co.bank.enterprisetoken.errors;

import java.time.Instant;
import java.util.List;

/**
 * A step refused because something is locked until a given time (409): the answer carries
 * {@code lockedUntil} so the portal can tell the user when to come back (R-T4).
 */
public class LockedException extends ConflictException {

  private final Instant lockedUntil;

  public LockedException(String message, List<String> caseNumbers, Instant lockedUntil) {
    super(message, caseNumbers);
    this.lockedUntil = lockedUntil;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
