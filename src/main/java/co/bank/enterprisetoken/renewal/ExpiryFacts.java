package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.COMPANY_HAS_WORKING_ADMIN;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.HOLDER_PROFILE;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.RENEWAL_REQUESTED;
import static co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables.TOKEN_COLLECTED;

import java.util.Map;

/**
 * The inputs of the DMN decision {@code expiry-situation}, read from the registry. Whether the new
 * token was activated is no input: an activated case never reaches the decision (the activation
 * before expiry cancels the expiry timer; the branch and the portal open new cases).
 */
public record ExpiryFacts(String holderProfile, boolean renewalRequested, boolean tokenCollected,
    boolean companyHasWorkingAdmin) {

  public Map<String, Object> asVariables() {
    return Map.of(HOLDER_PROFILE.variableName(), holderProfile,
        RENEWAL_REQUESTED.variableName(), renewalRequested,
        TOKEN_COLLECTED.variableName(), tokenCollected,
        COMPANY_HAS_WORKING_ADMIN.variableName(), companyHasWorkingAdmin);
  }
}
