package co.bank.enterprisetoken.documents;

import co.bank.enterprisetoken.BankTime;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes, once a day, the generated forms issued longer ago than the bank's record-keeping period.
 * One DELETE by date: idempotent, so two nodes running it at the same time delete nothing twice.
 */
@Component
public class DocumentRetention {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRetention.class);

  private final StoredDocumentRepository documents;
  private final DocumentSettings settings;
  private final Clock clock;

  DocumentRetention(StoredDocumentRepository documents, DocumentSettings settings, Clock clock) {
    this.documents = documents;
    this.settings = settings;
    this.clock = clock;
  }

  /** Returns how many forms it removed. */
  @Scheduled(cron = "${enterprise-token.documents.removal-cron:0 45 2 * * *}",
      zone = "America/Bogota")
  @Transactional
  public int removeExpired() {
    Instant cutoff = BankTime.local(clock.instant()).minus(settings.getRetention()).toInstant();
    int removed = documents.deleteIssuedBefore(cutoff);
    if (removed > 0) {
      LOG.info("Removed {} generated forms issued before {} (retention {})", removed, cutoff,
          settings.getRetention());
    }
    return removed;
  }
}
