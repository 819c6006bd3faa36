package co.bank.enterprisetoken.renewal;

/**
 * "Estado proceso renovación", as the portal shows it to the company admin. Where the case's
 * processes may stand in each status: {@link CaseInvariant}; the steps between statuses:
 * {@link RenewalTransition} (docs/case-state.md).
 */
public enum RenewalStatus {
  SOLICITADO,
  ENTREGADO_EN_OFICINA,
  ACTIVADO,
  /** R-B10: expired while waiting for pickup; continues after expiry (situation 1 or 3). */
  VENCIDO_SIN_RECLAMAR,
  /** R-B10: expired after pickup, before activation; continues after expiry as situation 2. */
  VENCIDO_SIN_ACTIVAR,
  /** Situation 1: back office checks the ECON-084 and unassigns the expired token (R-S1a). */
  EN_DESASIGNACION,
  /** The branch may visa the signature and hand the token over (after R-S1a, or R-S3 at once). */
  LISTO_PARA_ENTREGA,
  /** Back office refused the ECON-084: the company must hand in a new, correctly signed one. */
  RECHAZADO;

  /** An open case holds its device (R-B4: one open case per device) and still has work waiting. */
  public boolean isOpen() {
    return this != ACTIVADO;
  }
}
