package co.bank.enterprisetoken.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The credential store: a user's online-banking password as an adaptive hash, never in clear. */
@Entity
@Table(name = "online_banking_credential")
public class OnlineBankingCredential {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected OnlineBankingCredential() {}

  OnlineBankingCredential(Long userId) {
    this.userId = userId;
  }

  void setPasswordHash(String hash, Instant now) {
    this.passwordHash = hash;
    this.updatedAt = now;
  }

  public Long getUserId() { return userId; }
  String getPasswordHash() { return passwordHash; }
  public Instant getUpdatedAt() { return updatedAt; }

  @Override
  public String toString() {
    return "OnlineBankingCredential[" + userId + "]";
  }
}
