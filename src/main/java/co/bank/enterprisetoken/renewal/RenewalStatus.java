package co.bank.enterprisetoken.renewal;

/** "Estado proceso renovación", as the portal shows it to the company admin. */
public enum RenewalStatus {
  SOLICITADO(true),
  ENTREGADO_EN_OFICINA(true),
  ACTIVADO(false),
  /** R-B10: expired while waiting for pickup; continues after expiry as situation 1. */
  VENCIDO_SIN_RECLAMAR(true),
  /** R-B10: expired after pickup, before activation; continues after expiry as situation 2. */
  VENCIDO_SIN_ACTIVAR(true),
  /** Situation 1: back office checks the ECON-084 and unassigns the expired token (R-S1a). */
  EN_DESASIGNACION(true),
  /** The branch may visa the signature and hand the token over (after R-S1a, or R-S3 at once). */
  LISTO_PARA_ENTREGA(true),
  /** Back office refused the ECON-084: the company must hand in a new, correctly signed one. */
  RECHAZADO(true);

  private final boolean open;

  RenewalStatus(boolean open) {
    this.open = open;
  }

  /** An open case holds its device: no second case may be opened for it (R-B4). */
  public boolean isOpen() {
    return open;
  }
}
