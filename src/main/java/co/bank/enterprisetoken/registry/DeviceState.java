package co.bank.enterprisetoken.registry;

public enum DeviceState {
  /** Handed to the holder at a branch, not yet activated: it does not sign anything yet. */
  DELIVERED,
  /** The holder's working token. */
  ACTIVE,
  /** Replaced or unassigned: it no longer authenticates. */
  INACTIVE
}
