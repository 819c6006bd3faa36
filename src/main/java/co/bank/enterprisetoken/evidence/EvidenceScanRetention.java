package co.bank.enterprisetoken.evidence;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes scans past their retention and uploads abandoned on a task never completed, once a day.
 * Idempotent, so a second node running it at the same time deletes nothing twice.
 */
@Component
class EvidenceScanRetention {

  private final EvidenceScanService scans;

  EvidenceScanRetention(EvidenceScanService scans) {
    this.scans = scans;
  }

  @Scheduled(cron = "${enterprise-token.evidence.removal-cron:0 30 2 * * *}", zone = "America/Bogota")
  void removeExpired() {
    scans.removeExpired();
  }
}
