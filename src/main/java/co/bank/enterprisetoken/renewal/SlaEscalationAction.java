package co.bank.enterprisetoken.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a manager did about a missed back-office window (R-S1a): who, when, what, a note. */
@Entity
@Table(name = "sla_escalation_action")
public class SlaEscalationAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "acted_at")
  private Instant actedAt;

  private String actor;
  private String action;
  private String note;

  protected SlaEscalationAction() {}

  SlaEscalationAction(RenewalCase renewal, Instant actedAt, String actor, String action,
      String note) {
    this.caseId = renewal.getId();
    this.actedAt = actedAt;
    this.actor = actor;
    this.action = action;
    this.note = note;
  }

  public Long getCaseId() { return caseId; }
  public Instant getActedAt() { return actedAt; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getNote() { return note; }
}
