package co.bank.enterprisetoken.stock;

/**
 * A lot as back office types it: a range ({@code firstSerial}..{@code lastSerial}) or a list of
 * serials separated by commas, spaces or line breaks ({@code serials}), not both.
 */
public record LotInput(String branchOffice, String firstSerial, String lastSerial, String serials,
    String reference) {}
