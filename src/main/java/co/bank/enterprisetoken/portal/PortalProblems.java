package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.EnterpriseTokenApplication;
import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.DynamicCodeLockedException;
import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.LockedException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.security.Problems;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 answers of every API of the product (portal API, demo endpoints): Spanish messages a portal can show, every bad field named, and
 * never a stack trace, SQL or class name.
 */
@RestControllerAdvice(basePackageClasses = EnterpriseTokenApplication.class)
class PortalProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PortalProblems.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(e.getErrors());
  }

  /** Malformed JSON or a value of the wrong type: named by its JSON path. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        ? List.of(new FieldError(path(mapping.getPath()), "Tipo de dato no válido."))
        : List.of(new FieldError("body", "El cuerpo debe ser un JSON válido."));
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  /**
   * What Spring MVC itself refuses inside a controller of the product (415, 405, 406, a missing
   * parameter, …): the same Spanish problem as the error page of the APIs ({@code ErrorAnswers}).
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Problems.Kind kind = Problems.forStatus(status.value());
    return super.handleExceptionInternal(e, problem(HttpStatus.valueOf(status.value()), kind.type(),
        kind.title(), kind.detail()), headers, status, request);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "No encontrado", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict",
        "Conflicto con el estado del caso", e.getMessage());
    problem.setProperty("caseNumbers", e.getCaseNumbers());
    if (e instanceof LockedException locked) {
      problem.setProperty("lockedUntil", BankTime.local(locked.getLockedUntil()));
    }
    return problem;
  }

  /** Too many wrong dynamic codes for the device: 423 with the end of the lock (Bogotá time). */
  @ExceptionHandler(DynamicCodeLockedException.class)
  ProblemDetail deviceLocked(DynamicCodeLockedException e) {
    ProblemDetail problem = problem(HttpStatus.LOCKED, "dynamic-code-locked",
        "Números dinámicos bloqueados", e.getMessage());
    problem.setProperty("lockedUntil", BankTime.local(e.getLockedUntil()).toOffsetDateTime());
    return problem;
  }

  /** A concurrent request won the race (one open case per device, a step done twice). */
  @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingException.class,
      MismatchingMessageCorrelationException.class})
  ProblemDetail concurrent(RuntimeException e) {
    LOG.info("Portal request refused as concurrent: {}", e.getClass().getSimpleName());
    return problem(HttpStatus.CONFLICT, "conflict", "Conflicto con el estado del caso",
        "Otra solicitud cambió el caso al mismo tiempo; consulte su estado e intente de nuevo.");
  }

  @ExceptionHandler(RuleRefusedException.class)
  ProblemDetail refused(RuleRefusedException e) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "refused",
        "La solicitud no cumple las reglas del banco", e.getMessage());
    problem.setProperty("rule", e.getRule());
    return problem;
  }

  /** An external service this installation has not configured (identity questionnaire). */
  @ExceptionHandler(co.bank.enterprisetoken.errors.NotConfiguredException.class)
  ProblemDetail notConfigured(co.bank.enterprisetoken.errors.NotConfiguredException e) {
    LOG.error("Portal request needs an unconfigured service: {}", e.getMessage());
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "not-configured", "Servicio no disponible",
        "La validación de identidad no está disponible en este momento; intente más tarde o"
            + " comuníquese con el banco.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Portal API failure", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Error interno",
        "No se pudo procesar la solicitud; no se guardó ningún cambio. Intente más tarde.");
  }

  private static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Datos inválidos",
        "Revise los campos indicados.");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:token-empresarial:problem:" + type));
    problem.setTitle(title);
    return problem;
  }

  private static String path(List<JsonMappingException.Reference> path) {
    return path.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
        : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
  }
}
