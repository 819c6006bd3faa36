package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.SpanishDurations;
import co.bank.enterprisetoken.registration.RegistrationSettings;
import co.bank.enterprisetoken.renewal.AfterExpirySettings;
import co.bank.enterprisetoken.security.Problems;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenSettings;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal API's contract: what the portal team reads at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

  private static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = "application/problem+json";
  /** The operations that check a dynamic code (DynamicCodeGuard: 423 while the device is locked). */
  private static final java.util.Set<String> DYNAMIC_CODE = java.util.Set.of("/api/v1/renewals",
      "/api/v1/renewals/{confirmationNumber}/activation", "/api/v1/unassignments",
      "/api/v1/registrations/{id}/password");

  @Bean
  OpenAPI portalApiContract() {
    return new OpenAPI()
        .info(new Info().title("Token Empresarial — API del portal").version("v1")
            .description("Renovación del token empresarial desde Internet Empresarial. JSON UTF-8,"
                + " errores application/problem+json (RFC 9457) con todos los campos inválidos en"
                + " `errors`; horas ISO-8601 con el desfase de Bogotá (-05:00). Autenticación HTTP"
                + " Basic como el usuario técnico `portal`.")
            .license(new License().name("Uso interno del banco")
                .url("https://www.banco.com.co/uso-interno")))
        .addSecurityItem(new SecurityRequirement().addList("portal"))
        .components(new Components().addSecuritySchemes("portal",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }

  /**
   * Every error an operation can get, as problem+json with an example: the ones it declares
   * (400, 404, 409, 422, 423, 503, with their own descriptions) and the ones every call can get
   * from the security chain, the body limits and Spring MVC (401, 403, 406, 413, 415, 500), and 423 where a dynamic code is checked.
   */
  @Bean
  OpenApiCustomizer everyErrorDocumented() {
    return api -> {
      // The advice's return type, replaced below by the documented Problem everywhere.
      api.getComponents().getSchemas().remove("ProblemDetail");
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      // The portal reaches the API at the bank's own address: a relative server, no localhost.
      api.setServers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
          .description("La instalación que publica este contrato")));
      api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, operation) -> {
          ApiResponses responses = operation.getResponses();
          boolean hasBody = operation.getRequestBody() != null;
          boolean pathParameter = path.contains("{");
          List<Integer> statuses = common(hasBody, pathParameter);
          if (DYNAMIC_CODE.contains(path) && method == PathItem.HttpMethod.POST) {
            statuses.add(423);
          }
          for (int status : statuses) {
            responses.computeIfAbsent(Integer.toString(status),
                s -> new ApiResponse().description(Problems.forStatus(status).title()));
          }
          responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
              int status = Integer.parseInt(code);
              response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                  .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                  .example(example(status))));
            }
          });
          operation.setResponses(sorted(responses));
        }));
    };
  }

  /**
   * The durations the operations' texts name ({@code {{virtual-token.lock}}} …), written from the
   * settings in Spanish: a {@code virtual-token.lock: PT12H} makes the contract say 12 horas too.
   */
  @Bean
  OpenApiCustomizer durationsFromSettings(VirtualTokenSettings virtualToken,
      RegistrationSettings registration, AfterExpirySettings afterExpiry) {
    Map<String, String> durations = Map.of(
        "{{virtual-token.lock}}", virtualToken.lockText(),
        "{{virtual-token.window}}", virtualToken.windowText(),
        "{{registration.code-life}}", SpanishDurations.of(registration.getCodeLife()),
        "{{after-expiry.back-office-sla}}", SpanishDurations.of(afterExpiry.getBackOfficeSla()));
    java.util.function.UnaryOperator<String> fill = text -> {
      if (text == null) {
        return null;
      }
      for (var d : durations.entrySet()) {
        text = text.replace(d.getKey(), d.getValue());
      }
      return text;
    };
    return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
      op.setSummary(fill.apply(op.getSummary()));
      op.setDescription(fill.apply(op.getDescription()));
      op.getResponses().values().forEach(r -> r.setDescription(fill.apply(r.getDescription())));
    }));
  }

  private static List<Integer> common(boolean hasBody, boolean pathParameter) {
    List<Integer> statuses = new java.util.ArrayList<>(List.of(400, 401, 403, 406, 500));
    if (hasBody) {
      statuses.addAll(List.of(413, 415));
    }
    if (pathParameter) {
      statuses.add(404);
    }
    return statuses;
  }

  private static ApiResponses sorted(ApiResponses responses) {
    ApiResponses ordered = new ApiResponses();
    new java.util.TreeMap<>(responses).forEach(ordered::addApiResponse);
    return ordered;
  }

  private static Map<String, Object> example(int status) {
    Problems.Kind kind = switch (status) {
      case 409 -> new Problems.Kind("conflict", "Conflicto con el estado del caso",
          "El token 4000000001 ya tiene una solicitud en curso.");
      case 422 -> new Problems.Kind("refused", "La solicitud no cumple las reglas del banco",
          "El usuario no tiene un token asignado pendiente de activar.");
      case 423 -> new Problems.Kind("dynamic-code-locked", "Números dinámicos bloqueados",
          "Demasiados números dinámicos errados para este token; intente después de las 10:15.");
      case 503 -> new Problems.Kind("not-configured", "Servicio no disponible",
          "La validación de identidad no está disponible en este momento; intente más tarde.");
      default -> Problems.forStatus(status);
    };
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "urn:token-empresarial:problem:" + kind.type());
    example.put("title", kind.title());
    example.put("status", status);
    example.put("detail", kind.detail());
    if (status == 400) {
      example.put("errors", List.of(Map.of("field", "companyNit",
          "message", "El NIT no es válido: revise el dígito de verificación.")));
    }
    if (status == 423) {
      example.put("lockedUntil", "2026-12-01T10:15:00-05:00");
    }
    return example;
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("Error RFC 9457; textos en español que el portal puede mostrar")
        .addProperty("type", new StringSchema().format("uri")
            .example("urn:token-empresarial:problem:invalid-input"))
        .addProperty("title", new StringSchema().example("Datos inválidos"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("Revise los campos indicados."))
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("errors", new ArraySchema().description("Cada campo inválido (solo 400)")
            .items(new ObjectSchema()
                .addProperty("field", new StringSchema().example("renewals[0].deviceSerial"))
                .addProperty("message", new StringSchema().example("El serial no es válido."))))
        .addProperty("lockedUntil", new StringSchema().format("date-time")
            .description("Fin del bloqueo (hora de Bogotá), en 423"))
        .addProperty("caseNumbers", new ArraySchema().items(new StringSchema())
            .description("Casos en conflicto (409)"))
        .required(List.of("type", "title", "status", "detail"));
  }
}
