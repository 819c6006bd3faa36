package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.registration.RegistrationRequests;
import co.bank.enterprisetoken.registration.RegistrationService;
import co.bank.enterprisetoken.registration.RegistrationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
 * "Registre aquí su usuario banca empresas": the portal drives the user's registration and the
 * activation of a token assigned but not activated (process 3), one call per step. Calls the domain
 * service directly: its code step must commit a wrong try while answering an error.
 */
@RestController
@RequestMapping(path = "/api/v1/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Registro de usuario y activación de token después del vencimiento")
@SecurityRequirement(name = "portal")
@ApiResponse(responseCode = "400", description = "Datos inválidos: cada campo con su mensaje",
    content = @Content(mediaType = "application/problem+json",
        schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class),
        examples = @ExampleObject(value = """
            {"type":"urn:token-empresarial:problem:invalid-input","title":"Datos inválidos",
             "status":400,"detail":"Revise los campos indicados.",
             "errors":[{"field":"code","message":"El código no es correcto. Le quedan 2 intentos."}]}""")))
@ApiResponse(responseCode = "401", description = "Sin credenciales del usuario técnico portal",
    content = @Content)
@ApiResponse(responseCode = "409", description = "Paso fuera de orden o registro cerrado",
    content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
        {"type":"urn:token-empresarial:problem:conflict","title":"Conflicto con el estado del caso",
         "status":409,"detail":"El registro está en el paso AWAITING_CODE y este paso requiere AWAITING_SERIAL. Digite el código de 6 dígitos.",
         "caseNumbers":["0b7e4c1a-2f7d-4a43-9a53-8f0c1d2e3f40"]}""")))
class RegistrationApi {

  private static final String VIEW_EXAMPLE = """
      {"id":"0b7e4c1a-2f7d-4a43-9a53-8f0c1d2e3f40","step":"AWAITING_CONFIRMATION","closed":false,
       "message":"Tiene un token asignado que aún no ha activado; por favor actívelo. Le enviaremos un código de 6 dígitos a su celular y a su correo.",
       "next":"Confirme si el correo y el celular mostrados son correctos.",
       "maskedEmail":"s***********a@ferreterianunez.example","maskedMobile":"******4455",
       "codeExpiresAt":null,"remainingCodeTries":null}""";

  private final RegistrationService registrations;

  RegistrationApi(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Iniciar el registro del usuario",
      description = "NIT de la empresa, identificación del usuario y si va a actuar como"
          + " administrador. El usuario debe existir en la empresa con ese perfil y tener un token"
          + " asignado sin activar. Responde el correo y el celular enmascarados para que el usuario"
          + " los verifique. Un registro abierto anterior del mismo usuario queda reemplazado.")
  @ApiResponse(responseCode = "201", description = "Registro iniciado",
      content = @Content(examples = @ExampleObject(value = VIEW_EXAMPLE)))
  @ApiResponse(responseCode = "422", description = "El usuario no tiene un token asignado sin activar",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<RegistrationView> start(@RequestBody RegistrationRequests.Start request) {
    RegistrationView view = registrations.start(request);
    return ResponseEntity.created(URI.create("/api/v1/registrations/" + view.id())).body(view);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Paso del registro y lo que se espera a continuación")
  @ApiResponse(responseCode = "200", description = "El registro")
  @ApiResponse(responseCode = "404", description = "Registro desconocido", content = @Content)
  RegistrationView get(@PathVariable String id) {
    return registrations.view(id);
  }

  @PostMapping(path = "/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Confirmar los datos de contacto: «Es correcto»",
      description = "true: se envía un código de 6 dígitos al celular y al correo. false: el"
          + " registro termina; el administrador debe corregir los datos.")
  @ApiResponse(responseCode = "200", description = "Paso registrado")
  RegistrationView confirm(@PathVariable String id,
      @RequestBody RegistrationRequests.Confirmation request) {
    return registrations.confirm(id, request);
  }

  @PostMapping(path = "/{id}/code", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Verificar el código de 6 dígitos",
      description = "El código vence a los {{registration.code-life}} y admite 3 intentos; un código errado"
          + " responde 400 con los intentos que quedan, el tercero cierra el registro (422).")
  @ApiResponse(responseCode = "200", description = "Código verificado")
  @ApiResponse(responseCode = "422", description = "Código vencido o intentos agotados",
      content = @Content(mediaType = "application/problem+json"))
  RegistrationView code(@PathVariable String id, @RequestBody RegistrationRequests.Code request) {
    return registrations.verifyCode(id, request);
  }

  @PostMapping(path = "/{id}/terms", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Aceptar el reglamento de uso del portal empresarial")
  @ApiResponse(responseCode = "200", description = "Reglamento aceptado")
  RegistrationView terms(@PathVariable String id, @RequestBody RegistrationRequests.Terms request) {
    return registrations.acceptTerms(id, request);
  }

  @PostMapping(path = "/{id}/serial", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Digitar el serial del token y activarlo",
      description = "El serial impreso al respaldo del token asignado al usuario; el token queda"
          + " activo y los tokens físicos anteriores del usuario inactivos.")
  @ApiResponse(responseCode = "200", description = "Token activo")
  RegistrationView serial(@PathVariable String id,
      @RequestBody RegistrationRequests.Serial request) {
    return registrations.enterSerial(id, request);
  }

  @PostMapping(path = "/{id}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Crear la clave y confirmarla con el número dinámico del token administrador",
      description = "8 caracteres, solo letras y números, al menos uno de cada uno, sin dos"
          + " caracteres iguales seguidos ni 3 consecutivos (123, abc, cba). Si el usuario es el"
          + " administrador, el número dinámico es el de su token recién activado.")
  @ApiResponse(responseCode = "200", description = "Registro exitoso; se envía confirmación por correo")
  @ApiResponse(responseCode = "422", description = "La empresa no tiene administrador con token vigente",
      content = @Content(mediaType = "application/problem+json"))
  RegistrationView password(@PathVariable String id,
      @RequestBody RegistrationRequests.Password request) {
    return registrations.setPassword(id, request);
  }
}
