package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.LockedException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rechazos del dominio: estado HTTP y mensaje para el usuario")
class TaskRefusalsTest {

  /** As the engine REST API wraps what a delegate throws during submit-form. */
  private static RestException wrapped(RuntimeException refusal) {
    return new RestException(Status.INTERNAL_SERVER_ERROR, refusal,
        "Cannot submit task form 42: " + refusal.getMessage());
  }

  @Test
  void badInputIs400WithTheFieldsNamedByTheirFormLabels() {
    var refusal = TaskRefusals.of(wrapped(new InvalidInputException(List.of(
        new FieldError("presentedIdNumber", "El documento presentado no coincide."),
        new FieldError("newDeviceSerial", "El serial debe tener 10 dígitos.")))))
        .orElseThrow();
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.message()).isEqualTo("Número del documento presentado: El documento"
        + " presentado no coincide. Serial del token nuevo: El serial debe tener 10 dígitos.");
    assertThat(refusal.body()).containsEntry("type", "invalid-input").containsKey("errors");
  }

  @Test
  void aFieldNoFormShowsIsNotNamedByItsKey() {
    var refusal = TaskRefusals.of(wrapped(InvalidInputException.of("internalKey", "Es obligatorio.")))
        .orElseThrow();
    assertThat(refusal.message()).isEqualTo("Es obligatorio.");
  }

  @Test
  void ruleRefusalIs422WithoutTheRuleId() {
    var refusal = TaskRefusals.of(wrapped(new RuleRefusedException("R-S1c", "Sin visado positivo.")))
        .orElseThrow();
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.body().toString()).doesNotContain("R-S1c");
  }

  @Test
  void conflictsAre409AndUnknownCases404() {
    assertThat(TaskRefusals.of(wrapped(new ConflictException("Ya cambió."))).orElseThrow().status())
        .isEqualTo(409);
    assertThat(TaskRefusals.of(new LockedException("Bloqueado.", List.of(), Instant.now()))
        .orElseThrow().status()).isEqualTo(409);
    assertThat(TaskRefusals.of(wrapped(new NotFoundException("No existe."))).orElseThrow().status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("un error real no es un rechazo: sigue siendo 500 y se registra como Camunda lo hace")
  void realErrorsAreNoRefusal() {
    assertThat(TaskRefusals.of(wrapped(new ProcessEngineException("database down")))).isEmpty();
    assertThat(TaskRefusals.of(new IllegalStateException("bug"))).isEmpty();
  }
}
