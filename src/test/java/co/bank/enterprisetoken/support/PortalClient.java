package co.bank.enterprisetoken.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The online-banking portal: calls the portal API over HTTP as the technical user. */
public class PortalClient {

  private final TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  public PortalClient(TestRestTemplate http) {
    this.http = http;
  }

  public Response post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body);
  }

  public Response get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public Response exchange(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      String payload = body == null ? null
          : body instanceof String s ? s : json.writeValueAsString(body);
      ResponseEntity<String> response = http.exchange("/api/v1" + path, method,
          new HttpEntity<>(payload, headers), String.class);
      JsonNode parsed = response.getBody() == null ? json.nullNode()
          : response.getHeaders().getContentType() != null
              && response.getHeaders().getContentType().getSubtype().contains("json")
              ? json.readTree(response.getBody()) : json.nullNode();
      return new Response(response.getStatusCode().value(), parsed, response.getHeaders(),
          response.getBody());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, JsonNode body, HttpHeaders headers, String raw) {
    public String field(int i) {
      return body.path("errors").path(i).path("field").asText();
    }

    public java.util.List<String> fields() {
      var fields = new java.util.ArrayList<String>();
      body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }
  }

  /** A valid renewal request body for {@code serials} by the company's admin. */
  public static Map<String, Object> renewal(Fixtures.TestCompany company, String code,
      Object... items) {
    return Map.of("companyNit", company.nit(), "adminIdType", "CC",
        "adminIdNumber", company.adminId(), "dynamicCode", code,
        "branchOffice", company.office(), "renewals", java.util.List.of(items));
  }
}
