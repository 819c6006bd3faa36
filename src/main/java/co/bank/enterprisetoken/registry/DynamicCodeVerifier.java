package co.bank.enterprisetoken.registry;

import java.time.Instant;

/**
 * Verifies a dynamic code ("número dinámico") shown by a token (R-V5). The bank plugs in its token
 * vendor's verifier here; {@link TotpDynamicCodeVerifier} is the RFC 6238 reference implementation.
 */
public interface DynamicCodeVerifier {

  /**
   * True when {@code code} is the device's current code and it has not been used before; an
   * accepted code is consumed.
   */
  boolean verifyAndConsume(Device device, String code, Instant now);

  /** The code a device shows at {@code at}: for the demo profile's token simulator only. */
  String currentCode(Device device, Instant at);
}
