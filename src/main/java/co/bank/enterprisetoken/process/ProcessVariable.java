package co.bank.enterprisetoken.process;

/**
 * One variable of a process's typed schema: its name in the engine and its Java type. Each
 * process declares its variables in one enum next to its service ({@code *ProcessVariables});
 * {@code ProcessVariablesSchemaTest} checks every expression, mapping, condition and form field of
 * the models in {@code bpmn/} and {@code forms/} against it.
 */
public interface ProcessVariable {

  /** The variable's name in the engine (and the form field's key). */
  String variableName();

  /** The Java type the engine holds (java.util.Date for timer dates, as the engine needs). */
  Class<?> type();

}
