package co.bank.enterprisetoken.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

@DisplayName("Operación: salud, métricas, autenticación de la API del motor, secretos al arrancar")
class OperationsTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired org.springframework.mail.javamail.JavaMailSenderImpl mailSender;
  @Autowired EngineDatabaseTuning tuning;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName("La salud es pública (solo el estado); las métricas Prometheus son para operadores")
  void healthAndMetrics() {
    var health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components");

    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value())
        .isEqualTo(401);
    var metrics = http.withBasicAuth("operador", "admin-test-password")
        .getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode().value()).isEqualTo(200);
    assertThat(metrics.getBody()).contains("token_renewal_cases{status=\"SOLICITADO\"}",
        "token_renewal_sla_breaches", "token_engine_incidents_open");
    var details = http.withBasicAuth("operador", "admin-test-password")
        .getForEntity("/actuator/health", String.class);
    assertThat(details.getBody()).contains("db", "mail");
  }

  @Test
  @DisplayName("Con el SMTP caído la salud lo muestra, pero el nodo sigue vivo y listo (los correos se reintentan)")
  void smtpOutageLeavesTheNodeReady() throws Exception {
    int realPort = mailSender.getPort();
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      mailSender.setPort(closed.getLocalPort());
    }
    try {
      assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value())
          .isEqualTo(503);
      var readiness = http.getForEntity("/actuator/health/readiness", String.class);
      assertThat(readiness.getStatusCode().value()).isEqualTo(200);
      assertThat(readiness.getBody()).contains("\"status\":\"UP\"");
      assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()
          .value()).isEqualTo(200);
    } finally {
      mailSender.setPort(realPort);
    }
  }

  @Test
  @DisplayName("La API REST del motor exige autenticación (401 anónimo)")
  void engineRestRequiresAuthentication() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(http.withBasicAuth("operador", "admin-test-password")
        .getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(http.withBasicAuth("portal", "portal-test-password")
        .getForEntity("/engine-rest/process-instance", String.class).getStatusCode().value())
        .as("the portal user has nothing to do in the engine").isEqualTo(403);
  }

  @Test
  @DisplayName("La API del portal responde con cabeceras de seguridad")
  void securityHeaders() {
    var response = http.withBasicAuth("portal", "portal-test-password")
        .getForEntity("/api/v1/renewals/RT-99999999", String.class);
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeaders().getFirst("X-Frame-Options")).isNotNull();
    assertThat(response.getHeaders().getFirst("Cache-Control")).contains("no-store");
  }

  @Test
  @DisplayName("Fuera del demo no arranca con el buzón de SMS ni el cuestionario de demostración")
  void refusesDemoStandIns() {
    StartupSecretsCheck check = new StartupSecretsCheck();
    var sms = env("postgres", "a-strong-admin-secret", "another-strong-one");
    sms.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("x",
        java.util.Map.of("enterprise-token.sms.gateway", "outbox")));
    assertThatThrownBy(() -> check.postProcessEnvironment(sms, new SpringApplication()))
        .hasMessageContaining("sms.gateway=outbox");
    var questionnaire = env("postgres", "a-strong-admin-secret", "another-strong-one");
    questionnaire.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource(
        "x", java.util.Map.of("enterprise-token.identity-questionnaire", "demo")));
    assertThatThrownBy(() -> check.postProcessEnvironment(questionnaire, new SpringApplication()))
        .hasMessageContaining("identity-questionnaire=demo");
  }

  @Test
  @DisplayName("Fuera del perfil demo no arranca con una clave vacía o conocida")
  void refusesDefaultSecrets() {
    StartupSecretsCheck check = new StartupSecretsCheck();
    assertThatThrownBy(() -> check.postProcessEnvironment(env("postgres", "demo", ""),
        new SpringApplication())).hasMessageContaining("camunda.bpm.admin-user.password");
    assertThatThrownBy(() -> check.postProcessEnvironment(env("postgres", "", ""),
        new SpringApplication())).hasMessageContaining("Refusing to start");
    assertThatThrownBy(() -> check.postProcessEnvironment(
        env("postgres", "a-strong-admin-secret", "portal"), new SpringApplication()))
        .hasMessageContaining("TOKENS_PORTAL_PASSWORD");
    check.postProcessEnvironment(env("postgres", "a-strong-admin-secret", "another-strong-one"),
        new SpringApplication());
    check.postProcessEnvironment(env("demo", "demo", "demo"), new SpringApplication());
  }

  @Test
  @DisplayName("Las tablas del motor tienen índices de adquisición y de subtareas y, en PostgreSQL, estadísticas de permisos")
  void engineDatabaseTuning() throws Exception {
    assertThat(tuning.ensure()).as("a second node's start: every statement a no-op").isEmpty();
    try (var c = dataSource.getConnection(); var s = c.createStatement()) {
      var meta = c.getMetaData();
      assertThat(indexedColumns(meta, "ACT_RU_JOB").get(EngineDatabaseTuning.JOB_DUE_DATE_INDEX))
          .isEqualToIgnoringCase("DUEDATE_");
      assertThat(indexedColumns(meta, "ACT_RU_TASK").get(EngineDatabaseTuning.TASK_PARENT_INDEX))
          .isEqualToIgnoringCase("PARENT_TASK_ID_");
      if (meta.getDatabaseProductName().equals("PostgreSQL")) {
        try (var rs = s.executeQuery("SELECT count(*) FROM pg_statistic_ext WHERE stxname = '"
            + EngineDatabaseTuning.AUTH_PERMISSION_STATISTICS + "'")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(1);
        }
        try (var rs = s.executeQuery("SHOW plan_cache_mode")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
        }
      }
    }
  }

  /** Index name (upper case) to its first column. */
  private static Map<String, String> indexedColumns(DatabaseMetaData meta, String table)
      throws SQLException {
    String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
    var columns = new HashMap<String, String>();
    try (var rs = meta.getIndexInfo(null, null, name, false, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") != null && rs.getInt("ORDINAL_POSITION") == 1) {
          columns.put(rs.getString("INDEX_NAME").toUpperCase(), rs.getString("COLUMN_NAME"));
        }
      }
    }
    return columns;
  }

  private static StandardEnvironment env(String profile, String adminPassword, String portal) {
    StandardEnvironment env = new StandardEnvironment();
    env.setActiveProfiles(profile);
    env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
        "camunda.bpm.admin-user.id", "ops", "camunda.bpm.admin-user.password", adminPassword,
        "enterprise-token.security.portal-password", portal)));
    return env;
  }
}
