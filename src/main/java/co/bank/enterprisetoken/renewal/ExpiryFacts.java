package co.bank.enterprisetoken.renewal;

import java.util.Map;

/** The inputs of the DMN decision {@code expiry-situation}, read from the registry. */
public record ExpiryFacts(String holderProfile, boolean renewalRequested, boolean tokenCollected,
    boolean tokenActivated, boolean companyHasWorkingAdmin) {

  public Map<String, Object> asVariables() {
    return Map.of("holderProfile", holderProfile, "renewalRequested", renewalRequested,
        "tokenCollected", tokenCollected, "tokenActivated", tokenActivated,
        "companyHasWorkingAdmin", companyHasWorkingAdmin);
  }
}
