package co.bank.enterprisetoken.portal;

import java.util.List;

/** Answer to a renewal request: one case (and confirmation number) per token. */
public record RenewalsCreatedView(List<RenewalView> renewals) {}
