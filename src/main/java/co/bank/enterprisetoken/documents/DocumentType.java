package co.bank.enterprisetoken.documents;

/** The bank's forms that the product generates; one PDF builder each. */
public enum DocumentType {
  /** "Solicitud Token y Autorización de Entrega" (R-B6, R-S1b). */
  RENEWAL_REQUEST_FORM("Solicitud-Token-y-Autorizacion-de-Entrega-%s.pdf"),
  /** The same form issued again after the unassignment of situation 1 (R-S1b), dated then. */
  AFTER_EXPIRY_REQUEST_FORM("Solicitud-Token-y-Autorizacion-de-Entrega-%s-desasignacion.pdf"),
  /** ECON-084 "Modificación claves token / Internet Empresarial administrador" (R-S1, R-S2). */
  ECON_084("ECON-084-%s.pdf"),
  /** "Desasignación de dispositivo" printed after the portal's unassignment (R-S3). */
  UNASSIGNMENT_FORM("Desasignacion-Dispositivo-%s.pdf"),
  /** Installation guide of the virtual token (R-T8), attached to the certificate e-mail. */
  VIRTUAL_TOKEN_GUIDE("Guia-Instalacion-Token-Virtual-%s.pdf");

  private final String fileNamePattern;

  DocumentType(String fileNamePattern) {
    this.fileNamePattern = fileNamePattern;
  }

  public String fileName(String businessKey) {
    return String.format(fileNamePattern, businessKey);
  }
}
