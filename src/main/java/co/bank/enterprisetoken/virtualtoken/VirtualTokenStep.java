package co.bank.enterprisetoken.virtualtoken;

/** Where a virtual-token case is (R-T2..R-T9): the step it waits for, or how it ended. */
public enum VirtualTokenStep {
  AWAITING_CONTRACT(false, "Le enviamos un enlace a su correo electrónico registrado.",
      "Ingrese al enlace enviado a su correo, lea el contrato y acepte los términos y condiciones."),
  AWAITING_IDENTITY(false, "Contrato aceptado.",
      "Seleccione el tipo de identificación, ingrese el número y la fecha de expedición y consulte."),
  AWAITING_QUESTIONNAIRE(false, "Identidad consultada.",
      "Conteste las preguntas de validación de identidad y haga clic en responder."),
  QUESTIONNAIRE_LOCKED(false, "El cuestionario quedó bloqueado por 24 horas tras 3 intentos"
      + " fallidos.", "Espere a que termine el bloqueo: un nuevo intento antes de las 24 horas"
      + " reinicia el bloqueo por 24 horas más."),
  AWAITING_CERTIFICATE(false, "Identidad validada.", "Haga clic en el botón «Obtener certificado»."),
  AWAITING_PASSWORD(false, "Certificado obtenido: su usuario de firma es su número de"
      + " identificación.", "Cree la contraseña del certificado."),
  AWAITING_INSTALLATION(false, "Usuario de firma listo. Le enviamos por correo los requisitos, los"
      + " componentes a instalar y cómo ingresar a Entrust Desktop Virtual Card.",
      "Descargue e instale los dos componentes, ingrese a Entrust Desktop Virtual Card y confirme que"
          + " el certificado aparece en el almacén de Certifirma."),
  COMPLETED(true, "Token virtual instalado: el certificado aparece en el almacén de Certifirma.",
      "Nada."),
  EXPIRED(true, "Venció el plazo de 3 meses para descargar el token virtual.",
      "Solicite un nuevo token virtual.");

  private final boolean closed;
  private final String message;
  private final String next;

  VirtualTokenStep(boolean closed, String message, String next) {
    this.closed = closed;
    this.message = message;
    this.next = next;
  }

  public boolean isClosed() { return closed; }
  public String message() { return message; }
  public String next() { return next; }
}
