package co.bank.enterprisetoken.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-V5 verificación real del número dinámico (TOTP RFC 6238)")
class TotpDynamicCodeVerifierTest {

  private final TotpDynamicCodeVerifier verifier = new TotpDynamicCodeVerifier();
  private final Instant now = Instant.parse("2026-11-21T15:00:10Z");

  private Device device(String seed) {
    Company company = new Company("900123456-8", "Empresa", "e@x.co", "Rep", IdType.CC, "1234567");
    BankUser holder = new BankUser(company, Profile.ADMIN, IdType.CC, "1234567", "A", "B", "a@x.co",
        "3001234567");
    return new Device("4000000001", holder, DeviceType.PHYSICAL, DeviceState.ACTIVE,
        now.plusSeconds(86_400), seed);
  }

  @Test
  @DisplayName("R-V5 el código RFC 6238 del semilla de prueba (12345678901234567890) coincide")
  void rfcTestVector() {
    // RFC 6238 appendix B, SHA-1, T = 59 s with 30 s steps = step 1; with 60 s steps step 0
    // at 59 s: the HOTP value of counter 0 for this seed is 755224 (RFC 4226 appendix D).
    Device device = device(Base64.getEncoder().encodeToString("12345678901234567890".getBytes()));
    assertThat(verifier.currentCode(device, Instant.ofEpochSecond(59))).isEqualTo("755224");
  }

  @Test
  @DisplayName("R-V5 el código vigente se acepta una sola vez; uno equivocado o viejo nunca")
  void acceptsCurrentCodeOnce() {
    Device device = device(TotpDynamicCodeVerifier.newSecret());
    String code = verifier.currentCode(device, now);
    String old = verifier.currentCode(device, now.minusSeconds(300));
    String wrong = code.equals("000000") ? "111111" : "000000";

    assertThat(verifier.verifyAndConsume(device, wrong, now)).isFalse();
    assertThat(verifier.verifyAndConsume(device, old, now)).isFalse();
    assertThat(verifier.verifyAndConsume(device, "12345", now)).isFalse();
    assertThat(verifier.verifyAndConsume(device, code, now)).isTrue();
    assertThat(verifier.verifyAndConsume(device, code, now)).as("replay").isFalse();
  }

  @Test
  @DisplayName("R-V5 tolera un paso de desfase del reloj del token")
  void toleratesOneStepDrift() {
    Device device = device(TotpDynamicCodeVerifier.newSecret());
    assertThat(verifier.verifyAndConsume(device, verifier.currentCode(device, now.minusSeconds(60)),
        now)).isTrue();
  }
}
