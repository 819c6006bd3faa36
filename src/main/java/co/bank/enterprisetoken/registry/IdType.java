package co.bank.enterprisetoken.registry;

/** Identity document types accepted by the bank (R-V2). */
public enum IdType {
  /** Cédula de ciudadanía. */
  CC,
  /** Cédula de extranjería. */
  CE,
  /** Pasaporte. */
  PA,
  /** Número de identificación tributaria. */
  NIT
}
