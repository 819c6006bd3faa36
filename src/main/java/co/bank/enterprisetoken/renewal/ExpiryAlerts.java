package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.ExpiryAlertProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.renewal.ExpiryAlertProcessVariables.DEVICE_SERIAL;
import static co.bank.enterprisetoken.renewal.ExpiryAlertProcessVariables.HOLDER_NAME;

import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-B1: finds working tokens that expire within the alert window and starts one
 * {@code token-expiry-alert} process per device and expiry date: a run, a restart or a second node
 * never alerts the same device twice for the same expiry. Devices already in a renewal case are
 * skipped: their company has acted.
 */
@Service
public class ExpiryAlerts {

  public static final String PROCESS_KEY = "token-expiry-alert";
  private static final Logger LOG = LoggerFactory.getLogger(ExpiryAlerts.class);

  private final DeviceRepository devices;
  private final RenewalCaseRepository cases;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final RenewalSettings settings;
  private final Clock clock;

  public ExpiryAlerts(DeviceRepository devices, RenewalCaseRepository cases,
      RuntimeService runtimeService, JdbcTemplate jdbc, TransactionTemplate transactions,
      RenewalSettings settings, Clock clock) {
    this.devices = devices;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(cron = "${enterprise-token.renewal.expiry-alert-cron}", zone = "America/Bogota")
  public void scheduledRun() {
    alertDevicesExpiringSoon();
  }

  /** Returns the number of alerts started by this run. */
  public int alertDevicesExpiringSoon() {
    Instant now = clock.instant();
    List<Device> expiring = transactions.execute(status -> {
      List<Device> found = devices.findActiveExpiringBetween(now,
          now.plus(settings.getExpiryAlertWindow()));
      Set<Long> inRenewal = cases.findOpenFor(found).stream()
          .map(c -> c.getDevice().getId()).collect(Collectors.toSet());
      return found.stream().filter(d -> !inRenewal.contains(d.getId())).toList();
    });
    int started = 0;
    for (Device device : expiring) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> alert(device, now)))) {
          started++;
        }
      } catch (DataIntegrityViolationException concurrentRun) {
        LOG.debug("Device {} alerted by another run", device.getSerial());
      }
    }
    if (started > 0) {
      LOG.info("Expiry alert: {} devices alerted", started);
    }
    return started;
  }

  private boolean alert(Device device, Instant now) {
    Timestamp expiresAt = Timestamp.from(device.getExpiresAt());
    Integer done = jdbc.queryForObject(
        "select count(*) from expiry_alert where device_id = ? and expires_at = ?",
        Integer.class, device.getId(), expiresAt);
    if (done != null && done > 0) {
      return false;
    }
    jdbc.update("insert into expiry_alert (device_id, expires_at, alerted_at) values (?, ?, ?)",
        device.getId(), expiresAt, Timestamp.from(now));
    runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(device.getSerial())
        .setVariables(Variables.createVariables()
            .putValue(DEVICE_SERIAL.variableName(), device.getSerial())
            .putValue(COMPANY_NAME.variableName(), device.getHolder().getCompany().getName())
            .putValue(HOLDER_NAME.variableName(), device.getHolder().fullName()))
        .execute();
    return true;
  }
}
