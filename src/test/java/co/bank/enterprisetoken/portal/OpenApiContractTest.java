package co.bank.enterprisetoken.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@DisplayName("Contrato OpenAPI del portal")
class OpenApiContractTest extends IntegrationTest {

  @Autowired TestRestTemplate http;

  @Test
  @DisplayName("/v3/api-docs documenta cada operación del portal con autenticación básica")
  void contractServed() throws Exception {
    String served = http.getForObject("/v3/api-docs", String.class);
    // The served document, for .ci/run's Redocly lint (no second app start).
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), served);
    JsonNode doc = new ObjectMapper().readTree(served);
    assertThat(doc.path("paths").fieldNames()).toIterable().contains(
        "/api/v1/companies/{nit}/users", "/api/v1/renewals",
        "/api/v1/renewals/{confirmationNumber}", "/api/v1/renewals/{confirmationNumber}/activation",
        "/api/v1/renewals/{confirmationNumber}/request-form");
    assertThat(doc.path("components").path("securitySchemes").path("portal").path("scheme")
        .asText()).isEqualTo("basic");
    assertThat(doc.path("paths").path("/api/v1/renewals").path("post").path("responses")
        .fieldNames()).toIterable().contains("201", "400", "409", "422");
    // process 4: every step of the virtual token, with its 400 and 409 (R-T1..R-T9)
    assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/v1/virtual-tokens",
        "/api/v1/virtual-tokens/{id}", "/api/v1/virtual-tokens/{id}/contract",
        "/api/v1/virtual-tokens/{id}/identity", "/api/v1/virtual-tokens/{id}/questionnaire",
        "/api/v1/virtual-tokens/{id}/certificate", "/api/v1/virtual-tokens/{id}/password",
        "/api/v1/virtual-tokens/{id}/installation");
    assertThat(doc.path("paths").path("/api/v1/virtual-tokens/{id}/questionnaire").path("post")
        .path("responses").fieldNames()).toIterable().contains("200", "400", "409");
  }

  @Test
  @DisplayName("Nombres de esquema únicos, campos obligatorios, patrones y enumeraciones")
  void schemasTellTheTruth() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
    JsonNode schemas = doc.path("components").path("schemas");
    assertThat(schemas.path("RegistrationStart").path("properties").fieldNames()).toIterable()
        .contains("actsAsAdmin").doesNotContain("kind");
    assertThat(schemas.path("VirtualTokenStart").path("properties").fieldNames()).toIterable()
        .contains("kind").doesNotContain("actsAsAdmin");
    assertThat(schemas.path("RegistrationPassword").path("properties").fieldNames()).toIterable()
        .contains("adminDynamicCode").doesNotContain("passwordConfirmation");
    assertThat(schemas.path("VirtualTokenPassword").path("properties").fieldNames()).toIterable()
        .contains("passwordConfirmation");
    assertThat(doc.path("paths").path("/api/v1/registrations").path("post").path("requestBody")
        .toString()).contains("RegistrationStart");
    assertThat(schemas.path("RegistrationStart").path("required").toString())
        .contains("companyNit", "idType", "idNumber", "actsAsAdmin");
    assertThat(schemas.path("VirtualTokenStart").path("properties").path("kind").path("enum")
        .toString()).contains("NEW", "RENEWAL", "REPLACEMENT");
    // The pattern describes the accepted notations (InputNormalizer), not only the canonical one.
    java.util.regex.Pattern nit = java.util.regex.Pattern.compile(schemas.path("RegistrationStart")
        .path("properties").path("companyNit").path("pattern").asText());
    assertThat(List.of("900123456-8", "900.123.456-8", "9001234568", "900 123 456 - 8"))
        .allMatch(v -> nit.matcher(v).matches());
  }

  @Test
  @DisplayName("Cada estado de error documentado como problem+json con ejemplo")
  void everyErrorIsAProblem() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
    doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields()
        .forEachRemaining(op -> {
          JsonNode responses = op.getValue().path("responses");
          assertThat(responses.fieldNames()).toIterable().as(path.getKey() + " " + op.getKey())
              .contains("400", "401", "403", "406", "500");
          if (op.getValue().has("requestBody")) {
            assertThat(responses.fieldNames()).toIterable().contains("413", "415");
          }
          responses.fields().forEachRemaining(r -> {
            if (r.getKey().matches("[45]\\d\\d")) {
              JsonNode media = r.getValue().path("content").path("application/problem+json");
              assertThat(media.path("schema").path("$ref").asText())
                  .as(path.getKey() + " " + op.getKey() + " " + r.getKey())
                  .isEqualTo("#/components/schemas/Problem");
              assertThat(media.path("example").path("status").asInt()).as(path.getKey() + " "
                  + op.getKey() + " " + r.getKey()).isEqualTo(Integer.parseInt(r.getKey()));
            }
          });
        }));
    assertThat(doc.path("paths").path("/api/v1/renewals").path("post").path("responses")
        .fieldNames()).toIterable().contains("423", "413", "415");
  }

  @Test
  @DisplayName("Cada cuerpo de solicitud dice qué campos son obligatorios y qué formato acepta cada"
      + " texto, y sus ejemplos lo cumplen")
  void everyRequestBodyStatesItsFormats() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
    JsonNode schemas = doc.path("components").path("schemas");
    java.util.Set<String> bodies = new java.util.TreeSet<>();
    doc.path("paths").forEach(path -> path.forEach(op -> op.path("requestBody").path("content")
        .forEach(media -> collectRefs(media.path("schema"), schemas, bodies))));
    assertThat(bodies).contains("RenewalRequest", "Item", "AuthorizedPersonInput",
        "ActivationRequest", "UnassignmentRequest", "RegistrationStart", "VirtualTokenStart");
    for (String body : bodies) {
      JsonNode schema = schemas.path(body);
      schema.path("properties").fields().forEachRemaining(property -> {
        JsonNode p = property.getValue();
        String where = body + "." + property.getKey();
        if ("string".equals(p.path("type").asText())) {
          assertThat(p.has("pattern") || p.has("enum") || p.has("maxLength") || p.has("format"))
              .as(where + " says what it accepts").isTrue();
        }
        if (p.has("pattern") && p.has("example")) {
          assertThat(p.path("example").asText()).as(where + " example")
              .matches(p.path("pattern").asText());
        }
      });
    }
    assertThat(schemas.path("RenewalRequest").path("required").toString()).contains("companyNit",
        "adminIdType", "adminIdNumber", "dynamicCode", "branchOffice", "renewals");
    assertThat(schemas.path("ActivationRequest").path("required").toString()).contains(
        "adminIdType", "adminIdNumber", "newDeviceSerial", "dynamicCode");
    assertThat(schemas.path("UnassignmentRequest").path("required").toString()).contains(
        "companyNit", "adminIdType", "adminIdNumber", "dynamicCode", "deviceSerial", "reason",
        "branchOffice", "collector");
    assertThat(schemas.path("RenewalRequest").path("properties").path("renewals")
        .path("minItems").asInt()).isEqualTo(1);
    // The serial's pattern accepts what the normaliser accepts (groups, dashes), nothing shorter.
    java.util.regex.Pattern serial = java.util.regex.Pattern.compile(schemas
        .path("ActivationRequest").path("properties").path("newDeviceSerial").path("pattern")
        .asText());
    assertThat(List.of("4000000101", "4000 0001 01", "4000-000-101")).allMatch(
        v -> serial.matcher(v).matches());
    assertThat(List.of("400000010", "5000000101", "")).noneMatch(v -> serial.matcher(v).matches());
  }

  @Test
  @DisplayName("El contrato se lee como el banco: sin ids de reglas y con los plazos de la"
      + " configuración")
  void textsReadLikeTheBank() throws Exception {
    String served = http.getForObject("/v3/api-docs", String.class);
    JsonNode doc = new ObjectMapper().readTree(served);
    List<String> texts = new java.util.ArrayList<>();
    doc.path("paths").forEach(path -> path.forEach(op -> {
      texts.add(op.path("summary").asText());
      texts.add(op.path("description").asText());
      op.path("responses").forEach(r -> texts.add(r.path("description").asText()));
    }));
    assertThat(texts).noneMatch(t -> t.matches("(?s).*\\bR-[A-Z][0-9].*"))
        .noneMatch(t -> t.contains("{{"));
    assertThat(served).contains("bloquea el cuestionario 24 horas", "plazo de 3 meses",
        "vence a los 10 minutos");
  }

  /** The schemas a request body references, transitively. */
  private static void collectRefs(JsonNode node, JsonNode schemas, java.util.Set<String> found) {
    if (node.has("$ref")) {
      String name = node.path("$ref").asText().replace("#/components/schemas/", "");
      if (found.add(name)) {
        collectRefs(schemas.path(name), schemas, found);
      }
    }
    node.forEach(child -> collectRefs(child, schemas, found));
  }
}
