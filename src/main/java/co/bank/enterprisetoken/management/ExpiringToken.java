package co.bank.enterprisetoken.management;

import java.time.Instant;

/** A device of the expiring-tokens report; {@code office} is null when none is known. */
public record ExpiringToken(String company, String nit, String office, String officeName,
    String holder, String serial, Instant expiresAt, long daysLeft) {}
