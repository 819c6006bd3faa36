package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.renewal.RenewalStatus;

/** How managers read a case's status. */
final class CaseStatusLabels {

  private CaseStatusLabels() {}

  static String label(RenewalStatus status) {
    return switch (status) {
      case SOLICITADO -> "Solicitado";
      case ENTREGADO_EN_OFICINA -> "Entregado en oficina";
      case ACTIVADO -> "Activado";
      case VENCIDO_SIN_RECLAMAR -> "Vencido sin reclamar";
      case VENCIDO_SIN_ACTIVAR -> "Vencido sin activar";
      case EN_DESASIGNACION -> "En desasignación";
      case LISTO_PARA_ENTREGA -> "Listo para entrega";
      case RECHAZADO -> "Rechazado por back office";
    };
  }
}
