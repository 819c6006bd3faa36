package co.bank.enterprisetoken.renewal;

/** "Estado proceso renovación", as the portal shows it to the company admin. */
public enum RenewalStatus {
  SOLICITADO(true),
  ENTREGADO_EN_OFICINA(true),
  ACTIVADO(false),
  /** R-B10: expired while waiting for pickup; continues after expiry as situation 1. */
  VENCIDO_SIN_RECLAMAR(true),
  /** R-B10: expired after pickup, before activation; continues after expiry as situation 2. */
  VENCIDO_SIN_ACTIVAR(true);

  private final boolean open;

  RenewalStatus(boolean open) {
    this.open = open;
  }

  /** An open case holds its device: no second case may be opened for it (R-B4). */
  public boolean isOpen() {
    return open;
  }
}
