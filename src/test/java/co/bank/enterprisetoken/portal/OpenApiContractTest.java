package co.bank.enterprisetoken.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    JsonNode doc = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
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
}
