package co.bank.enterprisetoken.stock;

/** Tokens an office holds now, and whether that is at or below the low-stock threshold. */
public record OfficeStock(String officeCode, String officeName, int inStock, int delivered,
    int threshold, boolean low) {}
