package co.bank.enterprisetoken.management;

/** One case of a list behind a dashboard figure. Times in Bogotá (dd/MM/yyyy HH:mm). */
public record CaseRow(String confirmationNumber, String status, String statusLabel, String office,
    String officeName, String company, String requestedAt, String closedAt) {}
