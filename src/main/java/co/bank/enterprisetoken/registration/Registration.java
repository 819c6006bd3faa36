package co.bank.enterprisetoken.registration;

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
import java.util.UUID;

/** A user's registration in the portal (process 3); the id is the process' business key. */
@Entity
@Table(name = "registration")
public class Registration {

  static final int MAX_WRONG_TRIES = 3;

  @Id private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private BankUser user;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "device_id")
  private Device device;

  @Column(name = "acts_as_admin")
  private boolean actsAsAdmin;

  @Enumerated(EnumType.STRING)
  private RegistrationStep step;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "wrong_tries")
  private int wrongTries;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Registration() {}

  Registration(BankUser user, Device device, boolean actsAsAdmin, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.company = user.getCompany();
    this.user = user;
    this.device = device;
    this.actsAsAdmin = actsAsAdmin;
    this.step = RegistrationStep.AWAITING_CONFIRMATION;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(RegistrationStep next, Instant now) {
    step = next;
    updatedAt = now;
    if (next != RegistrationStep.AWAITING_CODE) {
      // A code is good for one verification only.
      codeHash = null;
      codeExpiresAt = null;
    }
  }

  void codeSent(String hash, Instant expiresAt, Instant now) {
    codeHash = hash;
    codeExpiresAt = expiresAt;
    updatedAt = now;
  }

  /** Counts a wrong code; true when that was the last try allowed. */
  boolean wrongCode(Instant now) {
    wrongTries++;
    updatedAt = now;
    return wrongTries >= MAX_WRONG_TRIES;
  }

  int remainingTries() {
    return MAX_WRONG_TRIES - wrongTries;
  }

  public String getId() { return id; }
  public Company getCompany() { return company; }
  public BankUser getUser() { return user; }
  public Device getDevice() { return device; }
  public boolean isActsAsAdmin() { return actsAsAdmin; }
  public RegistrationStep getStep() { return step; }
  String getCodeHash() { return codeHash; }
  public Instant getCodeExpiresAt() { return codeExpiresAt; }
  public int getWrongTries() { return wrongTries; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }

  @Override
  public String toString() {
    // Never the code hash.
    return "Registration[" + id + ", " + step + "]";
  }
}
