package co.bank.enterprisetoken.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One variable of a process's typed schema: its name in the engine and its Java type. Each
 * process declares its variables in one enum next to its service ({@code *ProcessVariables});
 * {@code ProcessVariablesSchemaTest} checks every expression, mapping, condition and form field of
 * the models in {@code bpmn/} and {@code forms/} against it. Code reads and writes variables only
 * through these constants, so a name lives in one place and a value of the wrong type fails where
 * it is read or written.
 */
public interface ProcessVariable {

  /** The variable's name in the engine (and the form field's key). */
  String variableName();

  /** The Java type the engine holds (java.util.Date for timer dates, as the engine needs). */
  Class<?> type();

  /** The variable's value in {@code scope} (or its parents), null when unset. */
  @SuppressWarnings("unchecked")
  default <T> T valueIn(VariableScope scope) {
    return (T) type().cast(scope.getVariable(variableName()));
  }

  /** The variable's value on {@code scope} itself: a task's input parameter. */
  @SuppressWarnings("unchecked")
  default <T> T localValueIn(VariableScope scope) {
    return (T) type().cast(scope.getVariableLocal(variableName()));
  }

  /** Sets the variable in {@code scope}. */
  default void setIn(VariableScope scope, Object value) {
    scope.setVariable(variableName(), type().cast(value));
  }

  /** Removes the variable from {@code scope}. */
  default void removeFrom(VariableScope scope) {
    scope.removeVariable(variableName());
  }
}
