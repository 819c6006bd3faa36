package co.bank.enterprisetoken.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.TestScans;
import co.bank.enterprisetoken.webapp.WebappAuthorizations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signed paper as evidence: uploads through the Tasklist plugin with a real webapp session,
 * the type read from the content, the limits, the visa's need of a scan and who may read a scan.
 */
@DisplayName("Escaneos del papel firmado como evidencia")
class EvidenceScanTest extends IntegrationTest {

  private static final String PASSWORD = "Escaneo-Prueba-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired EvidenceScanService scans;
  @Autowired ScanSettings settings;
  @Autowired BranchOfficeRepository offices;
  @Autowired WebappAuthorizations webappAuthorizations;
  @Autowired JdbcTemplate jdbc;

  private String number;
  private String visaTaskId;

  @BeforeEach
  void givenAVisaTaskOfOffice0001() {
    TestCompany company = fixtures.company();
    if (!offices.existsById("0002")) {
      offices.save(new BranchOffice("0002", "Oficina El Poblado", "Medellín",
          "oficina0002@banco.example"));
    }
    webappAuthorizations.ensure();
    user("scanoficina1", "branch-0001");
    user("scanoficina2", "branch-0002");
    user("scananalista", "backoffice");
    user("scangerente", "managers");
    user("scanoperador", "camunda-admin");
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    runDueJobs();
    visaTaskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_VisaSignature").singleResult().getId();
  }

  private void user(String id, String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Prueba");
      user.setLastName(id);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }

  private WebappSession as(String user) throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, PASSWORD)).as("login of " + user).isEqualTo(200);
    return session;
  }

  private long stored() {
    return jdbc.queryForObject("SELECT count(*) FROM evidence_scan", Long.class);
  }

  private static JsonNode json(String body) throws Exception {
    return JSON.readTree(body);
  }

  /** Zero bytes, never held in memory, counting what was read. */
  private static final class Zeros extends java.io.InputStream {
    private final long length;
    long read;

    Zeros(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      return read++ < length ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - read);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      read += n;
      return n;
    }
  }

  private static Zeros zeros(long length) {
    return new Zeros(length);
  }

  private String visaScans() {
    return "tasks/" + visaTaskId + "/scans";
  }

  @Test
  @DisplayName("R-S1c la oficina adjunta un PDF de varias páginas, un JPEG y un PNG; se guardan con su SHA-256")
  void branchAttachesRealScans() throws Exception {
    WebappSession branch = as("scanoficina1");
    byte[] pdf = TestScans.pdf(3, "Solicitud firmada");
    var answer = branch.upload(visaScans(), "solicitud firmada.pdf", pdf);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode scan = json(answer.body());
    assertThat(scan.path("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(scan.path("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(scan.path("uploadedBy").asText()).isEqualTo("scanoficina1");
    // The name says PDF, the content is a JPEG: the content decides.
    var jpeg = branch.upload(visaScans(), "pagina2.pdf", TestScans.image("jpeg", 800, 1100));
    assertThat(json(jpeg.body()).path("mediaType").asText()).isEqualTo("image/jpeg");
    var png = branch.upload(visaScans(), "pagina3.png", TestScans.image("png", 800, 1100));
    assertThat(json(png.body()).path("mediaType").asText()).isEqualTo("image/png");

    var listed = json(branch.get(visaScans()).body());
    assertThat(listed).hasSize(3);
    var download = branch.download(scan.path("id").asText());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/pdf"));
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).startsWith("inline"));
  }

  @Test
  @DisplayName("Un archivo vacío, de 50 MB, un ejecutable renombrado .pdf o un JPEG dañado: mensaje en español, nada guardado, la tarea sigue abierta")
  void badFilesAreRefused() throws Exception {
    WebappSession branch = as("scanoficina1");
    long before = stored();

    var empty = branch.upload(visaScans(), "vacio.pdf", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty.body()).path("message").asText()).contains("«vacio.pdf»", "vacío");

    // 50 MB, announced (Content-Length) or only counted while reading: refused at the limit,
    // never read whole into memory.
    long fifty = 50L * 1024 * 1024;
    assertThatThrownBy(() -> ScansResource.read(scans, "grande.pdf", fifty, zeros(fifty)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("El archivo «grande.pdf» pesa 50 MB; el máximo por archivo es 10 MB.");
    var counted = zeros(fifty);
    assertThatThrownBy(() -> ScansResource.read(scans, "grande.pdf", null, counted))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("el máximo por archivo es 10 MB");
    assertThat(counted.read).isLessThan(11L * 1024 * 1024);

    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    System.arraycopy("This program cannot be run in DOS mode.".getBytes(), 0, exe, 78, 39);
    var renamed = branch.upload(visaScans(), "formato.pdf", exe);
    assertThat(renamed.statusCode()).isEqualTo(400);
    assertThat(json(renamed.body()).path("message").asText())
        .contains("«formato.pdf»", "no es un PDF, JPEG ni PNG");

    byte[] jpeg = TestScans.image("jpeg", 800, 1100);
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
    var corrupt = branch.upload(visaScans(), "firma.jpg", truncated);
    assertThat(corrupt.statusCode()).isEqualTo(400);
    assertThat(json(corrupt.body()).path("message").asText())
        .contains("«firma.jpg»", "dañado o incompleto");

    byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes();
    var broken = branch.upload(visaScans(), "roto.pdf", brokenPdf);
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(json(broken.body()).path("message").asText()).contains("dañado o incompleto");

    assertThat(stored()).isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(visaTaskId).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("El límite de tamaño se cuenta también sobre los bytes recibidos, y es configurable")
  void sizeLimitIsCountedAndConfigurable() {
    assertThat(settings.getMaxFileSize().toMegabytes()).isEqualTo(10);
    assertThatThrownBy(() -> scans.checkSize("a.pdf", 10L * 1024 * 1024 + 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("el máximo por archivo es 10 MB");
    scans.checkSize("a.pdf", 10L * 1024 * 1024);
  }

  @Test
  @DisplayName("R-S1c un visado conforme sin escaneo se rechaza en español y la tarea sigue abierta")
  void positiveVisaNeedsAScan() {
    runDueJobs(); // the request form, whose printed code the clerk types, is generated
    Map<String, Object> visa = fixtures.approvedVisa(number, visaTaskId, "scanoficina1",
        "branch-0001");
    // Uploaded, but the form does not name it: it is no evidence of this visa.
    String scanId = (String) visa.remove(EvidenceScanService.SCAN_IDS);
    engine.getIdentityService().setAuthentication("scanoficina1", List.of("branch-0001"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(visaTaskId, visa))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).getErrors())
              .extracting(co.bank.enterprisetoken.errors.FieldError::field)
              .containsExactly("scanIds"))
          .hasMessageContaining("Adjunte el escaneo del formato firmado");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(visaTaskId).count()).isEqualTo(1);

    visa.put(EvidenceScanService.SCAN_IDS, scanId);
    engine.getIdentityService().setAuthentication("scanoficina1", List.of("branch-0001"));
    try {
      engine.getTaskService().complete(visaTaskId, visa);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // Attached to the case; the process keeps no reference once the registry holds it.
    assertThat(inTransaction(() -> scans.forCase(number))).extracting(ScanInfo::id)
        .containsExactly(scanId);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .variableName(EvidenceScanService.SCAN_IDS).count()).isZero();
  }

  @Test
  @DisplayName("Solo la oficina que lo adjuntó, back office, gerencia y operadores leen un escaneo; los demás, 403")
  void readAuthorizationMatrix() throws Exception {
    String scanId = json(as("scanoficina1").upload(visaScans(), "formato.pdf", TestScans.pdf())
        .body()).path("id").asText();

    assertThat(as("scanoficina1").download(scanId).statusCode()).isEqualTo(200);
    assertThat(as("scananalista").download(scanId).statusCode()).isEqualTo(200);
    assertThat(as("scangerente").download(scanId).statusCode()).isEqualTo(200);
    assertThat(as("scanoperador").download(scanId).statusCode()).isEqualTo(200);

    var otherBranch = as("scanoficina2").download(scanId);
    assertThat(otherBranch.statusCode()).isEqualTo(403);
    assertThat(new String(otherBranch.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("No tiene permiso para ver este escaneo.");
    // Another office may neither attach to this office's task.
    assertThat(as("scanoficina2").upload(visaScans(), "x.pdf", TestScans.pdf()).statusCode())
        .isIn(403, 404);
    // The portal's technical user has no webapp: it cannot even log in; a session-less call: 401/403.
    WebappSession portal = new WebappSession(port);
    assertThat(portal.login("portal", "portal-test-password")).isNotEqualTo(200);
    assertThat(portal.download(scanId).statusCode()).isIn(401, 403);
    assertThat(new WebappSession(port).download(scanId).statusCode()).isIn(401, 403);
  }

  @Test
  @DisplayName("Retención: los adjuntos de tareas nunca completadas se borran al día; los del caso, al fin de la retención")
  void retention() {
    String pending = TestScans.uploadFor(scans, visaTaskId, "scanoficina1", "branch-0001");
    String attached = TestScans.uploadFor(scans, visaTaskId, "scanoficina1", "branch-0001");
    inTransaction(() -> scans.attachToCase(number, ScanPurpose.VISA, attached, true));

    clock.setInstant(clock.instant().plus(settings.getPendingLifetime()).plusSeconds(60));
    scans.removeExpired();
    assertThat(jdbc.queryForList("SELECT id FROM evidence_scan WHERE id IN (?, ?)", String.class,
        pending, attached)).containsExactly(attached);

    clock.setInstant(clock.instant().plus(Duration.ofDays(366L * 10)));
    scans.removeExpired();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM evidence_scan WHERE id = ?", Long.class,
        attached)).isZero();
  }
}
