package co.bank.enterprisetoken.registry;

/** Profile of an online-banking user in Internet Empresarial. */
public enum Profile {
  ADMIN,
  OPERATOR
}
