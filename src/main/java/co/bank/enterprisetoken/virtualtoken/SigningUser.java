package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.IdType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The signing user of Certicámara's virtual token (R-T6): user name = the holder's id number, one
 * per identity, shared by all the holder's certificates. The password (R-T7) only as a hash.
 */
@Entity
@Table(name = "signing_user")
public class SigningUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_name")
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type")
  private IdType idType;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id")
  private BankUser holder;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "password_set_at")
  private Instant passwordSetAt;

  @Version private long version;

  protected SigningUser() {}

  SigningUser(BankUser holder, Instant now) {
    this.holder = holder;
    this.idType = holder.getIdType();
    this.userName = holder.getIdNumber();
    this.createdAt = now;
  }

  void setPasswordHash(String hash, Instant now) {
    passwordHash = hash;
    passwordSetAt = now;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public Long getId() { return id; }
  public String getUserName() { return userName; }
  public IdType getIdType() { return idType; }
  public BankUser getHolder() { return holder; }
  String getPasswordHash() { return passwordHash; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getPasswordSetAt() { return passwordSetAt; }

  @Override
  public String toString() {
    return "SigningUser[" + userName + "]";
  }
}
