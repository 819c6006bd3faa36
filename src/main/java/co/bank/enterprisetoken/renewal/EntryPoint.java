package co.bank.enterprisetoken.renewal;

/** How a renewal case started. */
public enum EntryPoint {
  /** The company admin asked in the portal before expiry (process 1). */
  PORTAL_REQUEST,
  /** A before-expiry case whose token expired (R-B10), handed to process 2. */
  EXPIRED_CASE,
  /** A branch received an ECON-084 for a token that expired with no case. */
  BRANCH_ECON084,
  /** The company admin unassigned an operator's device in the portal (R-S3). */
  PORTAL_UNASSIGNMENT
}
