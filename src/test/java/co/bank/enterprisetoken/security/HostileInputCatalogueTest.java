package co.bank.enterprisetoken.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed and hostile requests to the portal API: each gets a 4xx naming the field (for 400),
 * never a stack trace, and leaves every table and the engine as they were.
 */
@DisplayName("Catálogo de entradas hostiles a la API del portal")
class HostileInputCatalogueTest extends IntegrationTest {

  private static final String LONG = "A".repeat(10_000);
  private static final String SQL = "' OR '1'='1'; DROP TABLE renewal_case; --";
  private static final String SCRIPT = "<script>alert(1)</script>";

  private static final java.net.http.HttpClient RAW = java.net.http.HttpClient.newHttpClient();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  private TestCompany company;
  private String openCase;

  PortalClient portal() {
    return new PortalClient(http.withBasicAuth("portal", "portal-test-password"));
  }

  @BeforeEach
  void givenACompanyWithAnOpenCase() {
    company = fixtures.company();
    Response created = portal().post("/renewals", PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.operatorSerial())));
    openCase = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    clock.setInstant(clock.instant().plusSeconds(60));
  }

  private Map<String, Object> renewal(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new HashMap<>(PortalClient.renewal(company,
        fixtures.codeOf(company.adminSerial()), Map.of("deviceSerial", company.adminSerial())));
    change.accept(body);
    return body;
  }

  private Map<String, Object> item(Object serial, Object person) {
    Map<String, Object> item = new HashMap<>();
    item.put("deviceSerial", serial);
    if (person != null) {
      item.put("authorizedPerson", person);
    }
    return item;
  }

  private Map<String, Object> unassignment(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new HashMap<>(Map.of("companyNit", company.nit(),
        "adminIdType", "CC", "adminIdNumber", company.adminId(),
        "dynamicCode", fixtures.codeOf(company.adminSerial()), "deviceSerial", "4999999998",
        "reason", "PERDIDA_FALLA_ROBO", "branchOffice", company.office(),
        "collector", Map.of("idType", "CC", "idNumber", "52123456", "names", "María",
            "surnames", "Rojas")));
    change.accept(body);
    return body;
  }

  record Hostile(String name, HttpMethod method, String path, Object body, int status,
      String field) {}

  private List<Hostile> catalogue() {
    List<Hostile> c = new ArrayList<>();
    // Renewal requests (R-B2..R-B4, R-V1..R-V5)
    c.add(new Hostile("NIT con dígito errado", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("companyNit", "900123456-1")), 400, "companyNit"));
    c.add(new Hostile("NIT con puntos", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("companyNit", "900.123.456-8")), 400, "companyNit"));
    c.add(new Hostile("NIT inyección SQL", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("companyNit", SQL)), 400, "companyNit"));
    c.add(new Hostile("NIT numérico", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("companyNit", 900123456)), 400, "companyNit"));
    c.add(new Hostile("NIT de 10.000 caracteres", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("companyNit", LONG)), 400, "companyNit"));
    c.add(new Hostile("tipo de id desconocido", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("adminIdType", "TI")), 400, "adminIdType"));
    c.add(new Hostile("tipo de id en minúsculas", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("adminIdType", "cc")), 400, "adminIdType"));
    c.add(new Hostile("cédula con letras", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("adminIdNumber", "79A23456")), 400, "adminIdNumber"));
    c.add(new Hostile("cédula inyección", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("adminIdNumber", SQL)), 400, "adminIdNumber"));
    c.add(new Hostile("cédula de otra empresa", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("adminIdNumber", "1098765432")), 400, "adminIdNumber"));
    c.add(new Hostile("número dinámico de 5 dígitos", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("dynamicCode", "12345")), 400, "dynamicCode"));
    c.add(new Hostile("número dinámico con letras", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("dynamicCode", "12a456")), 400, "dynamicCode"));
    c.add(new Hostile("número dinámico equivocado", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("dynamicCode", "000000".equals(b.get("dynamicCode")) ? "111111"
            : "000000")), 400, "dynamicCode"));
    c.add(new Hostile("número dinámico como número JSON", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("dynamicCode", List.of(1, 2))), 400, "dynamicCode"));
    c.add(new Hostile("oficina de 3 dígitos", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("branchOffice", "001")), 400, "branchOffice"));
    c.add(new Hostile("oficina inexistente", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("branchOffice", "9999")), 400, "branchOffice"));
    c.add(new Hostile("sin tokens", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of())), 400, "renewals"));
    c.add(new Hostile("renewals como objeto", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", Map.of("a", 1))), 400, "renewals"));
    c.add(new Hostile("51 tokens", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", java.util.Collections.nCopies(51,
            Map.of("deviceSerial", company.adminSerial())))), 400, "renewals"));
    c.add(new Hostile("serial que empieza por 5", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item("5000000001", null)))), 400,
        "renewals[0].deviceSerial"));
    c.add(new Hostile("serial con script", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(SCRIPT, null)))), 400,
        "renewals[0].deviceSerial"));
    c.add(new Hostile("serial repetido", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.adminSerial(), null),
            item(company.adminSerial(), null)))), 400, "renewals[1].deviceSerial"));
    c.add(new Hostile("serial inexistente", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item("4999999997", null)))), 400,
        "renewals[0].deviceSerial"));
    c.add(new Hostile("autorizado con NIT", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.adminSerial(), Map.of("idType", "NIT",
            "idNumber", "900123456-8", "names", "Empresa", "surnames", "SAS"))))), 400,
        "renewals[0].authorizedPerson.idType"));
    c.add(new Hostile("autorizado con nombre script", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.adminSerial(), Map.of("idType", "CC",
            "idNumber", "52123456", "names", SCRIPT, "surnames", "Rojas"))))), 400,
        "renewals[0].authorizedPerson.names"));
    c.add(new Hostile("autorizado con apellidos de 10.000 caracteres", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.adminSerial(), Map.of("idType", "CC",
            "idNumber", "52123456", "names", "María", "surnames", LONG))))), 400,
        "renewals[0].authorizedPerson.surnames"));
    c.add(new Hostile("autorizado como texto", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.adminSerial(), "María")))), 400,
        "renewals[0].authorizedPerson"));
    c.add(new Hostile("cuerpo de 100 KB", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("padding", "x".repeat(100_000))), 413, null));
    c.add(new Hostile("20.000 tokens en una solicitud", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", java.util.Collections.nCopies(20_000,
            Map.of("deviceSerial", "4000000001")))), 413, null));
    c.add(new Hostile("JSON roto", HttpMethod.POST, "/renewals", "{\"companyNit\":", 400, "body"));
    c.add(new Hostile("cuerpo vacío", HttpMethod.POST, "/renewals", "", 400, "body"));
    c.add(new Hostile("token con caso abierto", HttpMethod.POST, "/renewals",
        renewal(b -> b.put("renewals", List.of(item(company.operatorSerial(), null)))), 409, null));
    // Reads
    c.add(new Hostile("NIT inválido en la ruta", HttpMethod.GET,
        "/companies/900123456-1/users", null, 400, "nit"));
    c.add(new Hostile("NIT inyección en la ruta", HttpMethod.GET,
        "/companies/1%27%20OR%201=1/users", null, 400, "path"));
    c.add(new Hostile("empresa desconocida", HttpMethod.GET, "/companies/900000000-5/users",
        null, 404, null));
    c.add(new Hostile("número de caso mal formado", HttpMethod.GET, "/renewals/RT-1", null, 400,
        "confirmationNumber"));
    c.add(new Hostile("caso inexistente", HttpMethod.GET, "/renewals/RT-99999998", null, 404, null));
    // Activation (R-B8): out of order and bad input
    c.add(new Hostile("activación antes de la entrega", HttpMethod.POST,
        "/renewals/" + openCase + "/activation", Map.of("adminIdType", "CC",
            "adminIdNumber", company.adminId(), "newDeviceSerial", "4999999996",
            "dynamicCode", "123456"), 409, null));
    c.add(new Hostile("activación con serial inválido", HttpMethod.POST,
        "/renewals/" + openCase + "/activation", Map.of("adminIdType", "CC",
            "adminIdNumber", company.adminId(), "newDeviceSerial", "ABC",
            "dynamicCode", "123456"), 400, "newDeviceSerial"));
    c.add(new Hostile("activación con código de 7 dígitos", HttpMethod.POST,
        "/renewals/" + openCase + "/activation", Map.of("adminIdType", "CC",
            "adminIdNumber", company.adminId(), "newDeviceSerial", "4999999996",
            "dynamicCode", "1234567"), 400, "dynamicCode"));
    c.add(new Hostile("activación de caso inexistente", HttpMethod.POST,
        "/renewals/RT-99999997/activation", Map.of("adminIdType", "CC",
            "adminIdNumber", company.adminId(), "newDeviceSerial", "4999999996",
            "dynamicCode", "123456"), 404, null));
    // Unassignment (R-S3)
    c.add(new Hostile("desasignación con motivo desconocido", HttpMethod.POST, "/unassignments",
        unassignment(b -> b.put("reason", "CAMBIO")), 400, "reason"));
    c.add(new Hostile("desasignación sin quien reclama", HttpMethod.POST, "/unassignments",
        unassignment(b -> b.remove("collector")), 400, "collector"));
    c.add(new Hostile("desasignación con motivo inyección", HttpMethod.POST, "/unassignments",
        unassignment(b -> b.put("reason", SQL)), 400, "reason"));
    c.add(new Hostile("desasignación del token del administrador", HttpMethod.POST,
        "/unassignments", unassignment(b -> b.put("deviceSerial", company.adminSerial())), 422,
        null));
    // Registration (R-A1..R-A6)
    c.add(new Hostile("registro con NIT errado", HttpMethod.POST, "/registrations",
        Map.of("companyNit", "900123456-2", "idType", "CC", "idNumber", company.operatorId(),
            "actsAsAdmin", false), 400, "companyNit"));
    c.add(new Hostile("registro con actsAsAdmin texto", HttpMethod.POST, "/registrations",
        "{\"companyNit\":\"" + company.nit() + "\",\"idType\":\"CC\",\"idNumber\":\"123456\","
            + "\"actsAsAdmin\":\"quizás\"}", 400, "actsAsAdmin"));
    c.add(new Hostile("registro de usuario sin token asignado", HttpMethod.POST, "/registrations",
        Map.of("companyNit", company.nit(), "idType", "CC", "idNumber", company.operatorId(),
            "actsAsAdmin", false), 422, null));
    c.add(new Hostile("paso de registro inexistente", HttpMethod.POST,
        "/registrations/00000000-0000-0000-0000-000000000000/code", Map.of("code", "123456"),
        404, null));
    return c;
  }

  private Map<String, Long> footprint() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("renewal_case", "renewal_event", "device", "signature_visa",
        "document", "registration")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    counts.put("active devices", jdbc.queryForObject(
        "select count(*) from device where state = 'ACTIVE'", Long.class));
    return counts;
  }

  @TestFactory
  @DisplayName("Cada entrada hostil: 4xx con el campo nombrado y nada cambiado")
  Stream<DynamicTest> everyHostileRequestIsRefusedWithoutChanges() {
    List<Hostile> catalogue = catalogue();
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(40);
    return catalogue.stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> {
      runDueJobs();
      Map<String, Long> before = footprint();
      int mails = SMTP.getReceivedMessages().length;
      Response response = portal().exchange(h.method(), h.path(), h.body());
      assertThat(response.status()).as(h.name() + ": " + response.raw()).isEqualTo(h.status());
      assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
      assertThat(response.raw()).doesNotContain("Exception", "\tat ", "SQL state", "org.hibernate",
          "co.bank.");
      if (h.field() != null) {
        assertThat(response.fields()).as(h.name()).contains(h.field());
      }
      runDueJobs();
      assertThat(footprint()).as(h.name() + ": nothing changed").isEqualTo(before);
      assertThat(SMTP.getReceivedMessages()).hasSize(mails);
    }));
  }

  /**
   * What Spring MVC, Spring Security's firewall and Tomcat answer on their own: problem+json under
   * the APIs, the Spanish page for a browser elsewhere, always with the security headers, never
   * Tomcat's page, and nothing changed. Sent raw (java.net.http) so that {@code ..%2F..} and
   * {@code %00} reach the server as written.
   */
  @TestFactory
  @DisplayName("Errores uniformes: problem+json bajo /api/v1, página en español fuera, con cabeceras de seguridad")
  Stream<DynamicTest> uniformErrors() {
    record Probe(String name, String method, String path, String contentType, String accept,
        String user, String body, int status, String answer) {}
    String portal = "portal";
    String json = "application/json";
    String problem = "application/problem+json";
    String bigBody = "{\"padding\":\"" + "x".repeat(70_000) + "\"}";
    return Stream.of(
        new Probe("401 sin credenciales", "GET", "/api/v1/renewals/RT-99999999", null, null, null,
            null, 401, problem),
        new Probe("403 operador en la API del portal", "GET", "/api/v1/renewals/RT-99999999", null,
            null, "operador", null, 403, problem),
        new Probe("404 ruta desconocida", "GET", "/api/v1/no-existe", null, json, portal, null, 404,
            problem),
        new Probe("404 ruta desconocida pedida como HTML", "GET", "/api/v1/no-existe", null,
            "text/html", portal, null, 404, problem),
        new Probe("405 método no admitido", "DELETE", "/api/v1/renewals", null, json, portal,
            null, 405, problem),
        new Probe("405 PUT sobre una consulta", "PUT", "/api/v1/renewals/RT-99999999", json, json,
            portal, "{}", 405, problem),
        new Probe("406 Accept text/html", "GET", "/api/v1/renewals/RT-99999999", null, "text/html",
            portal, null, 406, problem),
        new Probe("406 Accept application/xml", "GET", "/api/v1/companies/900123456-8/users", null,
            "application/xml", portal, null, 406, problem),
        new Probe("415 text/plain", "POST", "/api/v1/renewals", "text/plain", json, portal, "{}",
            415, problem),
        new Probe("415 formulario HTML", "POST", "/api/v1/registrations",
            "application/x-www-form-urlencoded", json, portal, "companyNit=1", 415, problem),
        new Probe("415 XML", "POST", "/api/v1/virtual-tokens", "application/xml", json, portal,
            "<a/>", 415, problem),
        new Probe("413 cuerpo de 70 KB", "POST", "/api/v1/renewals", json, json, portal, bigBody,
            413, problem),
        new Probe("400 ..%2F.. en la ruta (Tomcat)", "GET", "/api/v1/..%2F..%2Fengine-rest%2Fuser",
            null, json, portal, null, 400, problem),
        new Probe("400 NUL en la ruta (Tomcat)", "GET", "/api/v1/renewals/RT-1%00", null, json,
            portal, null, 400, problem),
        new Probe("400 ;jsessionid en la ruta (firewall)", "GET",
            "/api/v1/renewals;x=1/RT-99999999", null, json, portal, null, 400, problem),
        new Probe("500 error sin estado del contenedor", "GET", "/error", null, json, null, null,
            500, problem),
        new Probe("404 página desconocida en el navegador", "GET", "/no-existe",
            null, "text/html,application/xhtml+xml", null, null, 404, "text/html"),
        new Probe("404 página desconocida sin HTML", "GET", "/no-existe", null, json, null, null,
            404, problem),
        new Probe("400 ..%2F.. fuera de la API (Tomcat)", "GET", "/camunda/..%2F..%2Fetc%2Fpasswd",
            null, "text/html", null, null, 400, "text/html"),
        new Probe("400 NUL fuera de la API (Tomcat)", "GET", "/camunda/app%00", null, "text/html",
            null, null, 400, "text/html"))
        .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
          runDueJobs();
          Map<String, Long> before = footprint();
          var request = java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(http.getRootUri() + p.path()));
          request.method(p.method(), p.body() == null
              ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofString(p.body()));
          if (p.contentType() != null) {
            request.header("Content-Type", p.contentType());
          }
          if (p.accept() != null) {
            request.header("Accept", p.accept());
          }
          if (p.user() != null) {
            String password = p.user().equals(portal) ? "portal-test-password"
                : "admin-test-password";
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((p.user() + ":" + password).getBytes()));
          }
          java.net.http.HttpResponse<String> response = RAW.send(request.build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
          String body = response.body();
          assertThat(response.statusCode()).as(p.name() + ": " + body).isEqualTo(p.status());
          assertThat(response.headers().firstValue("Content-Type").orElse(""))
              .as(p.name()).startsWith(p.answer());
          assertThat(response.headers().firstValue("X-Content-Type-Options")).as(p.name())
              .contains("nosniff");
          assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(p.name())
              .contains("no-store");
          assertThat(body).as(p.name()).doesNotContain("Exception", "co.bank.", "Tomcat",
              "no explicit mapping", "HTTP Status");
          if (p.answer().equals(problem)) {
            var problemBody = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            assertThat(problemBody.path("status").asInt()).as(p.name()).isEqualTo(p.status());
            assertThat(problemBody.path("type").asText()).as(p.name())
                .startsWith("urn:token-empresarial:problem:");
            assertThat(problemBody.path("detail").asText()).as(p.name()).isNotBlank();
          } else {
            assertThat(body).as(p.name()).contains("lang=\"es\"", "Código del error: " + p.status());
          }
          runDueJobs();
          assertThat(footprint()).as(p.name() + ": nothing changed").isEqualTo(before);
        }));
  }
}
