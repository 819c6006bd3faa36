package co.bank.enterprisetoken.registry;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 TOTP (HMAC-SHA1, 6 digits, 60-second steps as on the bank's tokens), one step of clock
 * drift either way, and each code accepted once.
 */
@Component
public class TotpDynamicCodeVerifier implements DynamicCodeVerifier {

  private static final Duration STEP = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TimeBasedOneTimePasswordGenerator totp =
      new TimeBasedOneTimePasswordGenerator(STEP, 6);

  @Override
  public boolean verifyAndConsume(Device device, String code, Instant now) {
    if (code == null || !code.matches("\\d{6}")) {
      return false;
    }
    long currentStep = now.getEpochSecond() / STEP.getSeconds();
    for (long step = currentStep - 1; step <= currentStep + 1; step++) {
      if (device.getLastOtpStep() != null && step <= device.getLastOtpStep()) {
        continue;
      }
      String expected = codeAt(device, Instant.ofEpochSecond(step * STEP.getSeconds()));
      if (MessageDigest.isEqual(expected.getBytes(), code.getBytes())) {
        device.acceptOtpStep(step);
        return true;
      }
    }
    return false;
  }

  @Override
  public String currentCode(Device device, Instant at) {
    return codeAt(device, at);
  }

  private String codeAt(Device device, Instant at) {
    Key key = new SecretKeySpec(Base64.getDecoder().decode(device.getOtpSecret()), totp.getAlgorithm());
    try {
      return totp.generateOneTimePasswordString(key, at, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("Invalid OTP seed for device " + device.getSerial(), e);
    }
  }

  /** A new random seed for a device (160 bits, as RFC 4226 recommends). */
  public static String newSecret() {
    byte[] seed = new byte[20];
    RANDOM.nextBytes(seed);
    return Base64.getEncoder().encodeToString(seed);
  }
}
