package co.bank.enterprisetoken.virtualtoken;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.SpanishDurations;

/** Timers and links of the virtual token (ISO-8601: PT24H, P3M, P7D...). */
@Component
@ConfigurationProperties(prefix = "enterprise-token.virtual-token")
public class VirtualTokenSettings {

  /** R-T4: how long the questionnaire stays locked after the third failure (restarting). */
  private Duration lock = Duration.ofHours(24);

  /** R-T5: the whole download must finish within this window from the link (calendar months). */
  private String window = "P3M";

  /** How long before the window closes support is asked to help the holder. */
  private Duration supportWarning = Duration.ofDays(7);

  /** Validity of the issued virtual certificate, recorded as the device's expiry. */
  private String certificateValidity = "P1Y";

  /** The portal page the e-mailed link opens; the case id and a one-time token are appended. */
  private String linkBaseUrl = "https://empresas.banco.example/token-virtual";

  /** {@code from} plus an ISO-8601 period (P3M, calendar, in the bank's zone) or duration (PT1H). */
  static Instant plus(Instant from, String amount) {
    if (amount.contains("T")) {
      return from.plus(Duration.parse(amount));
    }
    return from.atZone(BankTime.ZONE).plus(Period.parse(amount)).toInstant();
  }

  /** The lock as the holder reads it ("24 horas" by default). */
  public String lockText() { return SpanishDurations.of(lock); }
  /** The download window as the holder reads it ("3 meses" by default). */
  public String windowText() { return SpanishDurations.ofIso(window); }

  public Duration getLock() { return lock; }
  public void setLock(Duration v) { this.lock = v; }
  public String getWindow() { return window; }
  public void setWindow(String v) { plus(Instant.EPOCH, v); this.window = v; }
  public Duration getSupportWarning() { return supportWarning; }
  public void setSupportWarning(Duration v) { this.supportWarning = v; }
  public String getCertificateValidity() { return certificateValidity; }
  public void setCertificateValidity(String v) { plus(Instant.EPOCH, v); this.certificateValidity = v; }
  public String getLinkBaseUrl() { return linkBaseUrl; }
  public void setLinkBaseUrl(String v) { this.linkBaseUrl = v; }
}
