package co.bank.enterprisetoken.errors;

import java.time.Instant;
import java.util.List;

/**
 * Dynamic codes of a device refused after too many wrong ones in a row (423): the answer carries
 * {@code lockedUntil}, and back office can lift the lock earlier.
 */
public class DynamicCodeLockedException extends LockedException {

  public DynamicCodeLockedException(String message, Instant lockedUntil) {
    super(message, List.of(), lockedUntil);
  }
}
