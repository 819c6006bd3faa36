package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.Device;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;

/** A renewal case; its confirmation number is the business key of its process instances. */
@Entity
@Table(name = "renewal_case")
public class RenewalCase {

  /** From {@link CaseNumbers}, so the confirmation number is known before the insert. */
  @Id private Long id;

  @Column(name = "confirmation_number")
  private String confirmationNumber;

  @Enumerated(EnumType.STRING)
  private RenewalStatus status;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "device_id")
  private Device device;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "open_device_id")
  private Device openDevice;

  /** The admin who asked in the portal; none for a case a branch registered from an ECON-084. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requested_by_id")
  private BankUser requestedBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_office_code")
  private BranchOffice branchOffice;

  @Embedded private AuthorizedPerson authorizedPerson;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "new_device_id")
  private Device newDevice;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_point")
  private EntryPoint entryPoint;

  /** After-expiry situation (1, 2, 3) decided by the DMN {@code expiry-situation}. */
  private Integer situation;

  @Column(name = "econ084_received_at")
  private Instant econ084ReceivedAt;

  @Column(name = "back_office_due_at")
  private Instant backOfficeDueAt;

  @Column(name = "sla_breached_at")
  private Instant slaBreachedAt;

  @Column(name = "unassigned_at")
  private Instant unassignedAt;

  @Column(name = "unassignment_reason")
  private String unassignmentReason;

  @Version private long version;

  protected RenewalCase() {}

  RenewalCase(long id, Device device, BankUser requestedBy, BranchOffice branchOffice,
      AuthorizedPerson authorizedPerson, Instant requestedAt) {
    this.id = id;
    this.confirmationNumber = CaseNumbers.confirmationNumber(id);
    this.company = device.getHolder().getCompany();
    this.device = device;
    this.openDevice = device;
    this.requestedBy = requestedBy;
    this.branchOffice = branchOffice;
    this.authorizedPerson = authorizedPerson;
    this.requestedAt = requestedAt;
    this.status = RenewalStatus.SOLICITADO;
    this.entryPoint = EntryPoint.PORTAL_REQUEST;
  }

  /** A case opened after expiry (a branch's ECON-084, or the portal's unassignment). */
  static RenewalCase afterExpiry(long id, EntryPoint entryPoint, Device device, BankUser requestedBy,
      BranchOffice branchOffice, AuthorizedPerson collector, Instant at) {
    RenewalCase renewal = new RenewalCase(id, device, requestedBy, branchOffice, collector, at);
    renewal.entryPoint = entryPoint;
    renewal.status = RenewalStatus.VENCIDO_SIN_RECLAMAR;
    return renewal;
  }

  void decideSituation(int decided) {
    situation = decided;
  }

  void markEcon084Received(Instant at, Instant dueAt) {
    econ084ReceivedAt = at;
    backOfficeDueAt = dueAt;
  }

  /** The step the received ECON-084 takes, by the situation the DMN decided. */
  RenewalTransition econ084Receipt() {
    return situation != null && situation == 1 ? RenewalTransition.RECEIVE_ECON084_TO_UNASSIGN
        : RenewalTransition.RECEIVE_ECON084_TO_ACTIVATE;
  }

  void markRejectedByBackOffice() {
    econ084ReceivedAt = null;
  }

  void markUnassigned(Instant at, String reason) {
    unassignedAt = at;
    unassignmentReason = reason;
  }

  void markSlaBreached(Instant at) {
    if (slaBreachedAt == null) {
      slaBreachedAt = at;
    }
  }

  void markDelivered(Device delivered, Instant at) {
    newDevice = delivered;
    deliveredAt = at;
  }

  /** The step that undoes the delivery: back to the status the delivery started from. */
  RenewalTransition deliveryUndo() {
    return awaitsAdminActivation() ? RenewalTransition.UNDO_DELIVERY
        : RenewalTransition.UNDO_DELIVERY_AFTER_EXPIRY;
  }

  void markDeliveryUndone() {
    newDevice = null;
    deliveredAt = null;
  }

  void markActivated(Instant at) {
    activatedAt = at;
    closedAt = at;
    openDevice = null;
  }

  /**
   * The only status write: takes a declared step or refuses it (409), and returns the history
   * event to store with it. Called by the renewal services in the transaction that moves the
   * case's process.
   */
  RenewalEvent move(RenewalTransition transition, Instant at, String actor, String detail) {
    transition.requireFrom(this);
    transition.to().ifPresent(next -> status = next);
    return new RenewalEvent(this, at, transition.event(), actor, detail);
  }

  /**
   * A case before expiry (no after-expiry situation yet): its delivered token is activated by the
   * company admin in the portal (R-B8), never by the holder's registration.
   */
  public boolean awaitsAdminActivation() {
    return situation == null;
  }

  public BankUser holder() {
    return device.getHolder();
  }

  public Optional<AuthorizedPerson> authorizedPerson() {
    // Hibernate leaves an embeddable whose columns are all null as null.
    return Optional.ofNullable(authorizedPerson);
  }

  public Long getId() { return id; }
  public String getConfirmationNumber() { return confirmationNumber; }
  public RenewalStatus getStatus() { return status; }
  public Company getCompany() { return company; }
  public Device getDevice() { return device; }
  public Optional<BankUser> requestedBy() { return Optional.ofNullable(requestedBy); }
  public EntryPoint getEntryPoint() { return entryPoint; }
  public Integer getSituation() { return situation; }
  public Instant getEcon084ReceivedAt() { return econ084ReceivedAt; }
  public Instant getBackOfficeDueAt() { return backOfficeDueAt; }
  public Instant getSlaBreachedAt() { return slaBreachedAt; }
  public Instant getUnassignedAt() { return unassignedAt; }
  public String getUnassignmentReason() { return unassignmentReason; }
  public BranchOffice getBranchOffice() { return branchOffice; }
  public Optional<Device> newDevice() { return Optional.ofNullable(newDevice); }
  public Instant getRequestedAt() { return requestedAt; }
  public Instant getDeliveredAt() { return deliveredAt; }
  public Instant getActivatedAt() { return activatedAt; }
  public Instant getClosedAt() { return closedAt; }
}
