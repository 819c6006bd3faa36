package co.bank.enterprisetoken.management;

/**
 * Which cases a dashboard figure counts: by {@code status}, {@code office}, {@code window} with
 * {@code when} ({@code past} or {@code near}), ageing bucket {@code age}, or {@code week} with
 * {@code kind} ({@code opened} or {@code closed}). Absent parts do not filter.
 */
public record CaseFilter(String status, String office, String window, String when, Integer age,
    Integer week, String kind) {}
