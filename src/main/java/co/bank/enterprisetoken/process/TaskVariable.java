package co.bank.enterprisetoken.process;

/**
 * Task-local variables every process shares: the inputs of the e-mail and PDF tasks (set by the
 * task's input parameter, read by its delegate) and the case summary on each user task. Each
 * process's schema declares those it uses from here.
 */
public enum TaskVariable implements ProcessVariable {
  /** Input of an e-mail task: the template to send. */
  MAIL_TEMPLATE("mailTemplate", String.class),
  /** Input of a document task: the PDF to generate. */
  DOCUMENT_TYPE("documentType", String.class),
  /** The case summary shown at the top of Tasklist forms (read-only, written on task creation). */
  CASE_CONTEXT("caseContext", String.class);

  private final String variableName;
  private final Class<?> type;

  TaskVariable(String variableName, Class<?> type) {
    this.variableName = variableName;
    this.type = type;
  }

  @Override
  public String variableName() {
    return variableName;
  }

  @Override
  public Class<?> type() {
    return type;
  }
}
