package co.bank.enterprisetoken.registration;

/** Where a registration is (R-A1..R-A6): the step it waits for, or how it ended. */
public enum RegistrationStep {
  AWAITING_CONFIRMATION(false,
      "Tiene un token asignado que aún no ha activado; por favor actívelo. Le enviaremos un código"
          + " de 6 dígitos a su celular y a su correo.",
      "Confirme si el correo y el celular mostrados son correctos."),
  AWAITING_CODE(false, "Le enviamos un código de 6 dígitos a su celular y a su correo.",
      "Digite el código de 6 dígitos."),
  AWAITING_TERMS(false, "Código verificado.",
      "Acepte el reglamento de uso del portal empresarial."),
  AWAITING_SERIAL(false, "Reglamento de uso aceptado.",
      "Digite el número de serie impreso al respaldo del token (inicia por 4)."),
  AWAITING_PASSWORD(false, "Su token quedó activo.",
      "Cree su clave de 8 caracteres entre letras y números, que no sean consecutivos ni"
          + " repetidos, y confírmela con el número dinámico del token administrador."),
  COMPLETED(true, "Registro exitoso: ya puede ingresar al portal empresarial.", "Nada."),
  DATA_INCORRECT(true, "Sus datos de contacto no son correctos: debe comunicarse con el"
      + " administrador de su empresa para realizar una modificación de datos.",
      "Cuando el administrador corrija sus datos, inicie un nuevo registro."),
  CODE_EXPIRED(true, "El código venció sin ser verificado.", "Inicie un nuevo registro."),
  TOO_MANY_TRIES(true, "Superó los 3 intentos para digitar el código.",
      "Inicie un nuevo registro."),
  SUPERSEDED(true, "Se inició un registro más reciente para este usuario.",
      "Continúe el registro más reciente.");

  private final boolean closed;
  private final String message;
  private final String next;

  RegistrationStep(boolean closed, String message, String next) {
    this.closed = closed;
    this.message = message;
    this.next = next;
  }

  public boolean isClosed() { return closed; }

  /** What the step means for the user, in words the portal can show. */
  public String message() { return message; }

  /** What the user is expected to do next. */
  public String next() { return next; }
}
