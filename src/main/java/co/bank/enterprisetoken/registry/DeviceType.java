package co.bank.enterprisetoken.registry;

public enum DeviceType {
  PHYSICAL,
  VIRTUAL
}
