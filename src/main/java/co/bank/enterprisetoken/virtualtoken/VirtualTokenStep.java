package co.bank.enterprisetoken.virtualtoken;

/**
 * Where a virtual-token case is (R-T2..R-T9): the step it waits for, or how it ended. The texts
 * name the configured lock and window as {lock} and {window}, filled in by {@link #message} and
 * {@link #next}, so a changed setting changes what the holder reads.
 */
public enum VirtualTokenStep {
  AWAITING_CONTRACT(false, "Le enviamos un enlace a su correo electrónico registrado.",
      "Ingrese al enlace enviado a su correo, lea el contrato y acepte los términos y condiciones."),
  AWAITING_IDENTITY(false, "Contrato aceptado.",
      "Seleccione el tipo de identificación, ingrese el número y la fecha de expedición y consulte."),
  AWAITING_QUESTIONNAIRE(false, "Identidad consultada.",
      "Conteste las preguntas de validación de identidad y haga clic en responder."),
  QUESTIONNAIRE_LOCKED(false, "El cuestionario quedó bloqueado por {lock} tras 3 intentos"
      + " fallidos.", "Espere a que termine el bloqueo: un nuevo intento antes de que se cumplan"
      + " las {lock} reinicia el bloqueo por {lock} más."),
  AWAITING_CERTIFICATE(false, "Identidad validada.", "Haga clic en el botón «Obtener certificado»."),
  AWAITING_PASSWORD(false, "Certificado obtenido: su usuario de firma es su número de"
      + " identificación.", "Cree la contraseña del certificado."),
  AWAITING_INSTALLATION(false, "Usuario de firma listo. Le enviamos por correo los requisitos, los"
      + " componentes a instalar y cómo ingresar a Entrust Desktop Virtual Card.",
      "Descargue e instale los dos componentes, ingrese a Entrust Desktop Virtual Card y confirme que"
          + " el certificado aparece en el almacén de Certifirma."),
  COMPLETED(true, "Token virtual instalado: el certificado aparece en el almacén de Certifirma.",
      "Nada."),
  EXPIRED(true, "Venció el plazo de {window} para descargar el token virtual.",
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
  public String message(String lock, String window) { return fill(message, lock, window); }
  public String next(String lock, String window) { return fill(next, lock, window); }

  private static String fill(String text, String lock, String window) {
    return text.replace("{lock}", lock).replace("{window}", window);
  }
}
