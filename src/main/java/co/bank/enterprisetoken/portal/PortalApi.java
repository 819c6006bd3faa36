package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.documents.StoredDocument;
import co.bank.enterprisetoken.renewal.ActivationRequest;
import co.bank.enterprisetoken.renewal.RenewalRequest;
import co.bank.enterprisetoken.renewal.UnassignmentRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portal API (conventions in docs/rules.md): the online-banking portal drives the client's steps. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Renovación de token")
@SecurityRequirement(name = "portal")
@ApiResponse(responseCode = "400", description = "Datos inválidos: cada campo con su mensaje",
    content = @Content(mediaType = "application/problem+json",
        schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class),
        examples = @ExampleObject(value = """
            {"type":"urn:token-empresarial:problem:invalid-input","title":"Datos inválidos",
             "status":400,"detail":"Revise los campos indicados.",
             "errors":[{"field":"companyNit","message":"El dígito de verificación del NIT no es correcto."}]}""")))
@ApiResponse(responseCode = "401", description = "Sin credenciales del usuario técnico portal",
    content = @Content)
class PortalApi {

  private final RenewalPortal portal;

  PortalApi(RenewalPortal portal) {
    this.portal = portal;
  }

  @GetMapping("/companies/{nit}/users")
  @Operation(summary = "Usuarios de la empresa con sus tokens, vencimiento y estado de renovación")
  @ApiResponse(responseCode = "200", description = "Usuarios de la empresa")
  @ApiResponse(responseCode = "404", description = "Empresa no registrada", content = @Content)
  CompanyUsersView companyUsers(@PathVariable String nit) {
    return portal.companyUsers(nit);
  }

  @PostMapping(path = "/renewals", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Solicitar la renovación de uno o varios tokens",
      description = "Solo un administrador, con el número dinámico de su token vigente. Todo o nada:"
          + " si un token no se puede renovar no se crea ningún caso.")
  @ApiResponse(responseCode = "201", description = "Casos creados, con su número de confirmación")
  @ApiResponse(responseCode = "409", description = "Un token ya tiene un caso abierto (caseNumbers)",
      content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
          {"type":"urn:token-empresarial:problem:conflict","title":"Conflicto con el estado del caso",
           "status":409,"detail":"Ya existe un caso de renovación abierto para este token.",
           "caseNumbers":["RT-00000001"]}""")))
  @ApiResponse(responseCode = "422", description = "Las reglas lo impiden (token vencido, operador)",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<RenewalsCreatedView> request(@RequestBody RenewalRequest request) {
    RenewalsCreatedView created = portal.request(request);
    return ResponseEntity.created(URI.create("/api/v1/renewals/"
        + created.renewals().get(0).confirmationNumber())).body(created);
  }

  @GetMapping("/renewals/{confirmationNumber}")
  @Operation(summary = "Estado e historial de un caso de renovación")
  @ApiResponse(responseCode = "200", description = "El caso")
  @ApiResponse(responseCode = "404", description = "Caso desconocido", content = @Content)
  RenewalView get(@PathVariable String confirmationNumber) {
    return portal.get(confirmationNumber);
  }

  @PostMapping(path = "/renewals/{confirmationNumber}/activation",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Activar el token renovado entregado en oficina",
      description = "El administrador, junto con el titular: serial del token nuevo y número"
          + " dinámico del token vigente del administrador (si es su propio token, el antiguo).")
  @ApiResponse(responseCode = "200", description = "Token activado; el anterior queda inactivo")
  @ApiResponse(responseCode = "409", description = "El caso no está ENTREGADO_EN_OFICINA",
      content = @Content(mediaType = "application/problem+json"))
  RenewalView activate(@PathVariable String confirmationNumber,
      @RequestBody ActivationRequest request) {
    return portal.activate(confirmationNumber, request);
  }

  @PostMapping(path = "/unassignments", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Desasignar el dispositivo de un usuario operador (situación 3)",
      description = "El administrador, con el número dinámico de su token vigente, desasigna el token"
          + " del operador por Pérdida, falla o Robo e indica quién lo reclamará. El token deja de"
          + " funcionar de inmediato; el formato para firmar llega por correo y el token nuevo se"
          + " reclama en la oficina sin esperar las {{after-expiry.back-office-sla}} de revisión de back"
          + " office.")
  @ApiResponse(responseCode = "201", description = "Caso creado (estado LISTO_PARA_ENTREGA)")
  @ApiResponse(responseCode = "409", description = "El token ya tiene un caso abierto",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "422", description = "No es el token de un operador, o no es el"
      + " administrador quien lo pide", content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<RenewalView> unassign(@RequestBody UnassignmentRequest request) {
    RenewalView created = portal.unassign(request);
    return ResponseEntity.created(URI.create("/api/v1/renewals/" + created.confirmationNumber()))
        .body(created);
  }

  @GetMapping(path = "/renewals/{confirmationNumber}/request-form",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Formato \"Solicitud Token y Autorización de Entrega\" para imprimir (PDF)")
  @ApiResponse(responseCode = "200", description = "El PDF")
  ResponseEntity<byte[]> requestForm(@PathVariable String confirmationNumber) {
    StoredDocument document = portal.requestForm(confirmationNumber);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName()).build().toString())
        .body(document.getContent());
  }
}
