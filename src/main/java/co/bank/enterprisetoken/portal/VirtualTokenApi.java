package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.virtualtoken.IdentityQuestionnaire;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenRequests;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenService;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The virtual signing token of Certicámara (process 4): the portal starts the case and drives the
 * holder's steps, one call per step. Calls the domain service directly: its questionnaire step must
 * commit a failed attempt (and a lock restart) while answering an error.
 */
@RestController
@RequestMapping(path = "/api/v1/virtual-tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Token virtual (Certicámara): emisión, renovación y reposición")
@SecurityRequirement(name = "portal")
@ApiResponse(responseCode = "400", description = "Datos inválidos: cada campo con su mensaje",
    content = @Content(mediaType = "application/problem+json",
        schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class),
        examples = @ExampleObject(value = """
            {"type":"urn:token-empresarial:problem:invalid-input","title":"Datos inválidos",
             "status":400,"detail":"Revise los campos indicados.",
             "errors":[{"field":"issueDate","message":"La fecha de expedición no puede ser futura."}]}""")))
@ApiResponse(responseCode = "401", description = "Sin credenciales del usuario técnico portal",
    content = @Content)
@ApiResponse(responseCode = "404", description = "Solicitud desconocida", content = @Content)
@ApiResponse(responseCode = "409", description = "Paso fuera de orden, solicitud abierta del titular"
    + " o cuestionario bloqueado (lockedUntil dice hasta cuándo)",
    content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
        {"type":"urn:token-empresarial:problem:conflict","title":"Conflicto con el estado del caso",
         "status":409,"detail":"El cuestionario estaba bloqueado: este intento reinició el bloqueo por 24 horas, hasta el 15/03/2026 10:30.",
         "caseNumbers":["5d0c8f2e-6a1b-4c7d-9e3f-2a1b0c9d8e7f"],"lockedUntil":"2026-03-15T10:30:00-05:00"}""")))
class VirtualTokenApi {

  private static final String VIEW_EXAMPLE = """
      {"id":"5d0c8f2e-6a1b-4c7d-9e3f-2a1b0c9d8e7f","kind":"NEW","step":"AWAITING_CONTRACT",
       "closed":false,"message":"Le enviamos un enlace a su correo electrónico registrado.",
       "next":"Ingrese al enlace enviado a su correo, lea el contrato y acepte los términos y condiciones.",
       "maskedEmail":"l*********z@ferreterianunez.example","passwordStep":true,
       "remainingAttempts":null,"lockedUntil":null,"windowEndsAt":"2026-06-14T09:00:00-05:00",
       "signingUserName":null}""";

  private final VirtualTokenService service;

  VirtualTokenApi(VirtualTokenService service) {
    this.service = service;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Solicitar un token virtual: nuevo, renovación o reposición",
      description = "NIT de la empresa, identificación del titular (usuario de la empresa) y tipo"
          + " (NEW, RENEWAL, REPLACEMENT). Se envía al correo registrado del titular un enlace de un"
          + " solo uso; desde ese momento corre el plazo de {{virtual-token.window}}. Una solicitud abierta"
          + " por titular (409 con su número).")
  @ApiResponse(responseCode = "201", description = "Solicitud registrada; enlace en camino",
      content = @Content(examples = @ExampleObject(value = VIEW_EXAMPLE)))
  @ApiResponse(responseCode = "422", description = "NEW para quien ya tiene usuario de firma, o"
      + " RENEWAL/REPLACEMENT sin token virtual anterior",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<VirtualTokenView> start(@RequestBody VirtualTokenRequests.Start request) {
    VirtualTokenView view = service.start(request);
    return ResponseEntity.created(URI.create("/api/v1/virtual-tokens/" + view.id())).body(view);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Paso de la solicitud, plazos y lo que se espera a continuación")
  @ApiResponse(responseCode = "200", description = "La solicitud",
      content = @Content(examples = @ExampleObject(value = VIEW_EXAMPLE)))
  VirtualTokenView get(@PathVariable String id) {
    return service.view(id);
  }

  @PostMapping(path = "/{id}/contract", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Aceptar el contrato desde el enlace del correo",
      description = "linkToken es el parámetro t del enlace enviado al titular (un solo uso: prueba"
          + " que el titular abrió su correo registrado); accepted debe ser true.")
  @ApiResponse(responseCode = "200", description = "Contrato aceptado")
  VirtualTokenView contract(@PathVariable String id,
      @RequestBody VirtualTokenRequests.Contract request) {
    return service.acceptContract(id, request);
  }

  @PostMapping(path = "/{id}/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Consultar la identidad: tipo, número y fecha de expedición",
      description = "Debe ser el titular de la solicitud; la fecha (AAAA-MM-DD) no puede ser futura.")
  @ApiResponse(responseCode = "200", description = "Identidad consultada")
  VirtualTokenView identity(@PathVariable String id,
      @RequestBody VirtualTokenRequests.Identity request) {
    return service.verifyIdentity(id, request);
  }

  @GetMapping("/{id}/questionnaire")
  @Operation(summary = "Preguntas de validación de identidad",
      description = "409 con lockedUntil mientras el cuestionario está bloqueado.")
  @ApiResponse(responseCode = "200", description = "Las preguntas con sus opciones")
  List<IdentityQuestionnaire.Question> questions(@PathVariable String id) {
    return service.questions(id);
  }

  @PostMapping(path = "/{id}/questionnaire", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Responder el cuestionario de validación de identidad",
      description = "Respuestas que no coinciden: 400 con los intentos que quedan. El tercer intento"
          + " fallido bloquea el cuestionario {{virtual-token.lock}} (409 con lockedUntil); un intento"
          + " durante el bloqueo responde 409 y reinicia el bloqueo.")
  @ApiResponse(responseCode = "200", description = "Identidad validada")
  VirtualTokenView answer(@PathVariable String id,
      @RequestBody VirtualTokenRequests.Answers request) {
    return service.answer(id, request);
  }

  @PostMapping(path = "/{id}/certificate")
  @Operation(summary = "Obtener certificado: crea el usuario de firma",
      description = "El usuario de firma es el número de identificación del titular. Para NEW el"
          + " siguiente paso es la contraseña; para RENEWAL y REPLACEMENT, la instalación.")
  @ApiResponse(responseCode = "200", description = "Certificado obtenido")
  VirtualTokenView certificate(@PathVariable String id) {
    return service.obtainCertificate(id);
  }

  @PostMapping(path = "/{id}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Crear la contraseña del certificado, solo NEW",
      description = "8 a 16 caracteres sin espacios, al menos una mayúscula, una minúscula y un"
          + " número, sin el número de identificación y sin un carácter tres veces seguidas. En"
          + " RENEWAL y REPLACEMENT responde 409: se conserva la primera contraseña.")
  @ApiResponse(responseCode = "200", description = "Contraseña creada; se envía la guía de instalación")
  VirtualTokenView password(@PathVariable String id,
      @RequestBody VirtualTokenRequests.Password request) {
    return service.createPassword(id, request);
  }

  @PostMapping(path = "/{id}/installation", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Confirmar que el certificado aparece en el almacén de Certifirma")
  @ApiResponse(responseCode = "200", description = "Token virtual instalado; la solicitud termina")
  VirtualTokenView installation(@PathVariable String id,
      @RequestBody VirtualTokenRequests.Installation request) {
    return service.confirmInstallation(id, request);
  }
}
