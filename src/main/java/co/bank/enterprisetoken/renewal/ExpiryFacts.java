package co.bank.enterprisetoken.renewal;

import java.util.Map;

/**
 * The inputs of the DMN decision {@code expiry-situation}, read from the registry. Whether the new
 * token was activated is no input: an activated case never reaches the decision (the activation
 * before expiry cancels the expiry timer; the branch and the portal open new cases).
 */
public record ExpiryFacts(String holderProfile, boolean renewalRequested, boolean tokenCollected,
    boolean companyHasWorkingAdmin) {

  public Map<String, Object> asVariables() {
    return Map.of("holderProfile", holderProfile, "renewalRequested", renewalRequested,
        "tokenCollected", tokenCollected, "companyHasWorkingAdmin", companyHasWorkingAdmin);
  }
}
