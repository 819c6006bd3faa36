package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.Device;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A holder's virtual-token case (process 4); the id is the process' business key. */
@Entity
@Table(name = "virtual_token_case")
public class VirtualTokenCase {

  static final int MAX_FAILED_ATTEMPTS = 3;

  @Id private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id")
  private BankUser holder;

  /** The holder while the case is open: the unique constraint allows one open case per holder. */
  @Column(name = "open_holder_id")
  private Long openHolderId;

  @Enumerated(EnumType.STRING)
  private VirtualTokenKind kind;

  @Enumerated(EnumType.STRING)
  private VirtualTokenStep step;

  @Column(name = "link_token_hash")
  private String linkTokenHash;

  @Column(name = "link_sent_at")
  private Instant linkSentAt;

  @Column(name = "id_issue_date")
  private LocalDate idIssueDate;

  @Column(name = "failed_attempts")
  private int failedAttempts;

  @Column(name = "lock_count")
  private int lockCount;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "window_ends_at")
  private Instant windowEndsAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "device_id")
  private Device device;

  @Column(name = "installation_confirmed_by")
  private String installationConfirmedBy;

  @Column(name = "support_notes")
  private String supportNotes;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected VirtualTokenCase() {}

  VirtualTokenCase(BankUser holder, VirtualTokenKind kind, Instant now, Instant windowEndsAt) {
    this.id = UUID.randomUUID().toString();
    this.company = holder.getCompany();
    this.holder = holder;
    this.openHolderId = holder.getId();
    this.kind = kind;
    this.step = VirtualTokenStep.AWAITING_CONTRACT;
    this.windowEndsAt = windowEndsAt;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(VirtualTokenStep next, Instant now) {
    step = next;
    updatedAt = now;
    if (next != VirtualTokenStep.AWAITING_CONTRACT) {
      linkTokenHash = null; // the link is good for one contract acceptance only
    }
    if (next.isClosed()) {
      openHolderId = null;
      closedAt = now;
    }
  }

  void linkSent(String hash, Instant now) {
    linkTokenHash = hash;
    linkSentAt = now;
    updatedAt = now;
  }

  void identityVerified(LocalDate issueDate, Instant now) {
    idIssueDate = issueDate;
    moveTo(VirtualTokenStep.AWAITING_QUESTIONNAIRE, now);
  }

  /** Counts a failed questionnaire; true when it locks the questionnaire (third failure). */
  boolean failedQuestionnaire(Instant now, Instant lockEnds) {
    failedAttempts++;
    updatedAt = now;
    if (failedAttempts < MAX_FAILED_ATTEMPTS) {
      return false;
    }
    lockCount++;
    lock(lockEnds, now);
    return true;
  }

  /** Locks, or restarts the lock (an attempt during the lock). */
  void lock(Instant until, Instant now) {
    lockedUntil = until;
    moveTo(VirtualTokenStep.QUESTIONNAIRE_LOCKED, now);
  }

  void unlock(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    moveTo(VirtualTokenStep.AWAITING_QUESTIONNAIRE, now);
  }

  void certificateIssued(Device certificate, Instant now) {
    device = certificate;
    moveTo(kind.createsPassword() ? VirtualTokenStep.AWAITING_PASSWORD
        : VirtualTokenStep.AWAITING_INSTALLATION, now);
  }

  void installed(String confirmedBy, Instant now) {
    installationConfirmedBy = confirmedBy;
    moveTo(VirtualTokenStep.COMPLETED, now);
  }

  void supportNote(String note, Instant now) {
    String line = note.strip();
    String all = supportNotes == null ? line : supportNotes + "\n" + line;
    supportNotes = all.length() > 1000 ? all.substring(all.length() - 1000) : all;
    updatedAt = now;
  }

  int remainingAttempts() {
    return MAX_FAILED_ATTEMPTS - failedAttempts;
  }

  public String getId() { return id; }
  public Company getCompany() { return company; }
  public BankUser getHolder() { return holder; }
  public VirtualTokenKind getKind() { return kind; }
  public VirtualTokenStep getStep() { return step; }
  String getLinkTokenHash() { return linkTokenHash; }
  public Instant getLinkSentAt() { return linkSentAt; }
  public LocalDate getIdIssueDate() { return idIssueDate; }
  public int getFailedAttempts() { return failedAttempts; }
  public int getLockCount() { return lockCount; }
  public Instant getLockedUntil() { return lockedUntil; }
  public Instant getWindowEndsAt() { return windowEndsAt; }
  public Device getDevice() { return device; }
  public String getInstallationConfirmedBy() { return installationConfirmedBy; }
  public String getSupportNotes() { return supportNotes; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public Instant getClosedAt() { return closedAt; }

  @Override
  public String toString() {
    // Never the link token hash.
    return "VirtualTokenCase[" + id + ", " + kind + ", " + step + "]";
  }
}
