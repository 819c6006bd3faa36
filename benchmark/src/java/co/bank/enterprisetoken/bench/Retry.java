package co.bank.enterprisetoken.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A user's action on a case that an async job of the same case is changing at that moment fails
 * with an OptimisticLockingException; Tasklist users and the portal then simply try again. The
 * driver does the same and counts these retries (reported).
 */
public final class Retry {

  public static final AtomicLong RETRIES = new AtomicLong();

  private Retry() {}

  public static void run(Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (OptimisticLockingException e) {
        if (attempt >= 20) {
          throw e;
        }
        RETRIES.incrementAndGet();
        try {
          Thread.sleep(5L * attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
