package co.bank.enterprisetoken.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's history: who did what, when, and the status it left. */
@Entity
@Table(name = "renewal_event")
public class RenewalEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String action;

  @Enumerated(EnumType.STRING)
  private RenewalStatus status;

  private String actor;
  private String detail;

  protected RenewalEvent() {}

  RenewalEvent(RenewalCase renewal, Instant occurredAt, String action, String actor, String detail) {
    this.caseId = renewal.getId();
    this.occurredAt = occurredAt;
    this.action = action;
    this.status = renewal.getStatus();
    this.actor = actor;
    this.detail = detail;
  }

  public Instant getOccurredAt() { return occurredAt; }
  public String getAction() { return action; }
  public RenewalStatus getStatus() { return status; }
  public String getActor() { return actor; }
  public String getDetail() { return detail; }
}
