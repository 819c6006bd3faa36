package co.bank.enterprisetoken.documents;

/**
 * The bank's forms that the product generates; one PDF builder each. Each belongs to a {@link
 * PaperForm}: the paper a person signs or reads, of which a case holds one current version.
 */
public enum DocumentType {
  /** "Solicitud Token y Autorización de Entrega" (R-B6, R-S1b). */
  RENEWAL_REQUEST_FORM("Solicitud-Token-y-Autorizacion-de-Entrega-%s.pdf",
      PaperForm.DELIVERY_AUTHORIZATION),
  /**
   * The same form issued again after the unassignment of situation 1 (R-S1b), dated then: it
   * supersedes the one of the request.
   */
  AFTER_EXPIRY_REQUEST_FORM("Solicitud-Token-y-Autorizacion-de-Entrega-%s-desasignacion.pdf",
      PaperForm.DELIVERY_AUTHORIZATION),
  /** ECON-084 "Modificación claves token / Internet Empresarial administrador" (R-S1, R-S2). */
  ECON_084("ECON-084-%s.pdf", PaperForm.ECON_084),
  /**
   * "Desasignación de dispositivo" printed after the portal's unassignment (R-S3): the signed paper
   * the branch visas before it hands the new token over.
   */
  UNASSIGNMENT_FORM("Desasignacion-Dispositivo-%s.pdf", PaperForm.DELIVERY_AUTHORIZATION),
  /** Installation guide of the virtual token (R-T8), attached to the certificate e-mail. */
  VIRTUAL_TOKEN_GUIDE("Guia-Instalacion-Token-Virtual-%s.pdf", PaperForm.VIRTUAL_TOKEN_GUIDE);

  /** A paper of a case; issuing it again supersedes the earlier version and its code. */
  public enum PaperForm {
    /** What the branch visas before a delivery (R-S1c): the request form or the unassignment's. */
    DELIVERY_AUTHORIZATION("el formato de autorización de entrega del token"),
    ECON_084("el formato ECON-084"),
    VIRTUAL_TOKEN_GUIDE("la guía de instalación del token virtual");

    private final String spanishName;

    PaperForm(String spanishName) {
      this.spanishName = spanishName;
    }

    /** How a refusal names it ("el formato ECON-084"). */
    public String spanishName() {
      return spanishName;
    }
  }

  private final String fileNamePattern;
  private final PaperForm form;

  DocumentType(String fileNamePattern, PaperForm form) {
    this.fileNamePattern = fileNamePattern;
    this.form = form;
  }

  public PaperForm form() {
    return form;
  }

  public String fileName(String businessKey) {
    return String.format(fileNamePattern, businessKey);
  }
}
