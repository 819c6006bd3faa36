package co.bank.enterprisetoken.registry;

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

/** An OTP token device (physical) or signing certificate (virtual) held by one user. */
@Entity
@Table(name = "device")
public class Device {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String serial;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id")
  private BankUser holder;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_type")
  private DeviceType type;

  @Enumerated(EnumType.STRING)
  private DeviceState state;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "otp_secret")
  private String otpSecret;

  @Column(name = "last_otp_step")
  private Long lastOtpStep;

  @Version private long version;

  protected Device() {}

  public Device(String serial, BankUser holder, DeviceType type, DeviceState state,
      Instant expiresAt, String otpSecret) {
    this.serial = serial;
    this.holder = holder;
    this.type = type;
    this.state = state;
    this.expiresAt = expiresAt;
    this.otpSecret = otpSecret;
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** Works for authentication: active and not expired. */
  public boolean isWorkingAt(Instant now) {
    return state == DeviceState.ACTIVE && !isExpiredAt(now);
  }

  public void activate() {
    state = DeviceState.ACTIVE;
  }

  public void deactivate() {
    state = DeviceState.INACTIVE;
  }

  /** Records the time step of an accepted dynamic code so the same code is never accepted twice. */
  void acceptOtpStep(long step) {
    lastOtpStep = step;
  }

  public Long getId() { return id; }
  public String getSerial() { return serial; }
  public BankUser getHolder() { return holder; }
  public DeviceType getType() { return type; }
  public DeviceState getState() { return state; }
  public Instant getExpiresAt() { return expiresAt; }
  String getOtpSecret() { return otpSecret; }
  Long getLastOtpStep() { return lastOtpStep; }

  @Override
  public String toString() {
    // Never the OTP secret.
    return "Device[" + serial + ", " + state + "]";
  }
}
