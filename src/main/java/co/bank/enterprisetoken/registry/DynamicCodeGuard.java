package co.bank.enterprisetoken.registry;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.DynamicCodeLockedException;
import co.bank.enterprisetoken.errors.NotFoundException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guessing limit of dynamic codes, in front of the {@link DynamicCodeVerifier}: after
 * {@code max-failures} wrong codes in a row for one device its codes are refused, right or wrong,
 * for {@code lock} or until back office unlocks it. Every wrong code and every lock is a
 * {@code device_event}, committed on its own even though the request that carried the code fails.
 * Every endpoint that takes a dynamic code goes through {@link #verifyAny}.
 */
@Component
public class DynamicCodeGuard {

  static final String WRONG = "CODIGO_DINAMICO_ERRADO";
  static final String LOCKED = "CODIGOS_BLOQUEADOS";
  static final String REFUSED = "CODIGO_RECHAZADO_BLOQUEO";
  static final String UNLOCKED = "CODIGOS_DESBLOQUEADOS";
  private static final String PORTAL = "Portal";

  private final DynamicCodeVerifier verifier;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final DeviceRepository devices;
  private final int maxFailures;
  private final Duration lock;

  DynamicCodeGuard(DynamicCodeVerifier verifier, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, DeviceRepository devices,
      @Value("${enterprise-token.dynamic-code.max-failures:5}") int maxFailures,
      @Value("${enterprise-token.dynamic-code.lock:PT15M}") Duration lock) {
    this.verifier = verifier;
    this.jdbc = jdbc;
    this.devices = devices;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.maxFailures = maxFailures;
    this.lock = lock;
  }

  /**
   * True when {@code code} is the current code of one of {@code tokens} (that one is consumed and
   * its count reset); false after recording a wrong try on each token it was checked against.
   * Locked tokens are not checked; when all are locked the request is refused (423).
   */
  public boolean verifyAny(List<Device> tokens, String code, Instant now) {
    List<Device> open = tokens.stream().filter(t -> lockedUntil(t, now).isEmpty()).toList();
    if (open.isEmpty() && !tokens.isEmpty()) {
      Instant until = tokens.stream().map(t -> lockedUntil(t, now).orElse(now))
          .min(Comparator.naturalOrder()).orElse(now);
      ownTransaction.executeWithoutResult(s -> tokens.forEach(t -> event(t, now, REFUSED, PORTAL,
          "Número dinámico rechazado sin verificar: códigos bloqueados hasta "
              + BankTime.display(until) + ".")));
      throw new DynamicCodeLockedException("Por seguridad, los números dinámicos de este token"
          + " están bloqueados por demasiados intentos fallidos hasta " + BankTime.display(until)
          + " (hora de Bogotá). El banco puede desbloquearlos antes a solicitud del cliente.",
          until);
    }
    for (Device token : open) {
      if (verifier.verifyAndConsume(token, code, now)) {
        jdbc.update("update dynamic_code_lock set consecutive_failures = 0, locked_until = null"
            + " where device_id = ?", token.getId());
        return true;
      }
    }
    ownTransaction.executeWithoutResult(s -> open.forEach(t -> failed(t, now)));
    return false;
  }

  /** The end of the device's lock, when its codes are refused now. */
  public Optional<Instant> lockedUntil(Device device, Instant now) {
    return jdbc.query("select locked_until from dynamic_code_lock where device_id = ?",
            (rs, i) -> rs.getTimestamp(1), device.getId()).stream()
        .filter(t -> t != null).map(Timestamp::toInstant).filter(now::isBefore).findFirst();
  }

  /** Back office lifts the lock of the token {@code serial} before it ends. */
  @Transactional
  public void unlock(String serial, String actor, Instant now) {
    Device device = devices.findBySerial(serial)
        .orElseThrow(() -> new NotFoundException("No existe un token con el serial " + serial + "."));
    jdbc.update("update dynamic_code_lock set consecutive_failures = 0, locked_until = null"
        + " where device_id = ?", device.getId());
    event(device, now, UNLOCKED, actor, "Números dinámicos desbloqueados por back office.");
  }

  private void failed(Device token, Instant now) {
    if (jdbc.update("update dynamic_code_lock set consecutive_failures = consecutive_failures + 1"
        + " where device_id = ?", token.getId()) == 0) {
      try {
        // In a transaction of its own: on PostgreSQL a failed insert aborts the transaction it
        // runs in, and a concurrent first failure of the same device makes it fail.
        ownTransaction.executeWithoutResult(s -> jdbc.update("insert into dynamic_code_lock"
            + " (device_id, consecutive_failures) values (?, 1)", token.getId()));
      } catch (DuplicateKeyException concurrent) {
        jdbc.update("update dynamic_code_lock set consecutive_failures = consecutive_failures + 1"
            + " where device_id = ?", token.getId());
      }
    }
    int failures = jdbc.queryForObject("select consecutive_failures from dynamic_code_lock"
        + " where device_id = ?", Integer.class, token.getId());
    event(token, now, WRONG, PORTAL, "Número dinámico errado (" + failures + " de " + maxFailures
        + " seguidos).");
    if (failures >= maxFailures) {
      Instant until = now.plus(lock).truncatedTo(ChronoUnit.SECONDS);
      jdbc.update("update dynamic_code_lock set locked_until = ?, consecutive_failures = 0"
          + " where device_id = ?", Timestamp.from(until), token.getId());
      event(token, now, LOCKED, PORTAL, "Números dinámicos bloqueados hasta "
          + BankTime.display(until) + " por " + maxFailures + " intentos fallidos seguidos.");
    }
  }

  private void event(Device token, Instant at, String action, String actor, String detail) {
    jdbc.update("insert into device_event (device_id, occurred_at, action, actor, detail)"
        + " values (?, ?, ?, ?, ?)", token.getId(), Timestamp.from(at), action, actor, detail);
  }
}
