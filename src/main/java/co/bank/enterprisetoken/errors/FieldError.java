package co.bank.enterprisetoken.errors;

/** A bad input field and a message in Spanish that the portal can show to the user. */
public record FieldError(String field, String message) {}
