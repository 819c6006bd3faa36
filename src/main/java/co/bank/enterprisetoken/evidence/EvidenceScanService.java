package co.bank.enterprisetoken.evidence;

import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.registry.BranchOffice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence scans of a case: upload to an open task (or to the ECON-084 start form), attach when
 * that task is completed, list and open them. Who may read a scan: the branch that uploaded it,
 * {@code backoffice}, {@code managers} and operators ({@code camunda-admin}); nobody else, the
 * portal's technical user included. Who may upload: whoever may work the task (its assignee or a
 * member of one of its candidate groups).
 */
@Service
public class EvidenceScanService {

  /** The one process variable a form sends: the ids of its scans, comma-separated. */
  public static final String SCAN_IDS = ScanContent.FIELD;
  static final Set<String> READ_ALL_GROUPS = Set.of("backoffice", "managers", Groups.CAMUNDA_ADMIN);
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Logger LOG = LoggerFactory.getLogger(EvidenceScanService.class);

  private final EvidenceScanRepository scans;
  private final ScanSettings settings;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  EvidenceScanService(EvidenceScanRepository scans, ScanSettings settings, TaskService tasks,
      RuntimeService runtime, IdentityService identity, Clock clock) {
    this.scans = scans;
    this.settings = settings;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** The user the webapp authenticated for this request; without one nothing is shown. */
  public Viewer currentViewer() {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ScanForbiddenException("Inicie sesión para ver o adjuntar escaneos.");
    }
    return new Viewer(authentication.getUserId(), authentication.getGroupIds());
  }

  public ScanSettings settings() {
    return settings;
  }

  /** Refuses a file above the limit before its bytes are read (the declared or the counted size). */
  public void checkSize(String fileName, long size) {
    if (size > settings.getMaxFileSize().toBytes()) {
      throw ScanContent.refused("El archivo «" + cleanName(fileName) + "» pesa "
          + megabytes(size) + "; el máximo por archivo es " + maxSizeText() + ".");
    }
  }

  public String maxSizeText() {
    return megabytes(settings.getMaxFileSize().toBytes());
  }

  /** Stores a scan for an open task the viewer may work; pending until the task is completed. */
  @Transactional
  public ScanInfo uploadForTask(Viewer viewer, String taskId, String fileName, byte[] content) {
    Task task = openTask(taskId);
    ScanPurpose purpose = ScanPurpose.ofTask(task.getTaskDefinitionKey())
        .orElseThrow(() -> ScanContent.refused("Esta tarea no recibe escaneos."));
    String workingGroup = workingGroup(viewer, task);
    if (scans.pendingForTask(taskId) >= settings.getMaxFilesPerTask()) {
      throw tooMany();
    }
    return store(businessKeyOf(task), purpose, taskId, fileName, content, viewer,
        officeOf(workingGroup));
  }

  /** Stores a scan for the ECON-084 start form: the case does not exist yet (entry b). */
  @Transactional
  public ScanInfo uploadForIntake(Viewer viewer, String fileName, byte[] content) {
    String office = viewer.groups().stream().map(EvidenceScanService::officeOf)
        .filter(o -> o != null).findFirst()
        .orElseThrow(() -> new ScanForbiddenException(
            "Solo el personal de una oficina registra un ECON-084 recibido."));
    if (scans.pendingIntakeOf(viewer.userId()) >= settings.getMaxFilesPerTask()) {
      throw tooMany();
    }
    return store(null, ScanPurpose.ECON084_INTAKE, null, fileName, content, viewer, office);
  }

  private ScanInfo store(String businessKey, ScanPurpose purpose, String taskId, String fileName,
      byte[] content, Viewer viewer, String office) {
    String name = cleanName(fileName);
    checkSize(name, content.length);
    ScanContent.Checked checked = ScanContent.check(name, content);
    EvidenceScan scan = scans.save(new EvidenceScan(businessKey, purpose, taskId, name, checked,
        content, viewer.userId(), office, clock.instant()));
    LOG.info("Scan {} ({}, {} bytes, sha256 {}) uploaded by {} for {} {}", scan.getId(),
        checked.mediaType(), content.length, checked.sha256(), viewer.userId(), purpose,
        businessKey == null ? "(new case)" : businessKey);
    return info(scan);
  }

  /**
   * Called by the delegate that records a completed task, in the completing transaction: attaches
   * the scans the task's form listed ({@code scanIds}) to the case. {@code required}: the
   * completion needs at least one (a positive visa, a received ECON-084); without it the task stays
   * open with this message and nothing is recorded.
   */
  @Transactional
  public List<String> attachToCase(String businessKey, ScanPurpose purpose, String scanIds,
      boolean required) {
    List<String> ids = ids(scanIds);
    if (required && ids.isEmpty()) {
      throw ScanContent.refused(purpose == ScanPurpose.VISA
          ? "Adjunte el escaneo del formato firmado: sin él no se registra un visado conforme."
          : "Adjunte el escaneo del formato firmado que recibió la oficina.");
    }
    Instant now = clock.instant();
    for (String id : ids) {
      EvidenceScan scan = scans.findById(id)
          .filter(s -> s.isPending() && s.getPurpose() == purpose
              && businessKey.equals(s.getBusinessKey()))
          .orElseThrow(ScanContent::gone);
      scan.attach(businessKey, now);
    }
    return ids;
  }

  /** The start form's scans join the case that its submission just registered. */
  @Transactional
  public List<String> attachToNewCase(String businessKey, String userId, String scanIds) {
    List<String> ids = ids(scanIds);
    if (ids.isEmpty()) {
      throw ScanContent.refused("Adjunte el escaneo del ECON-084 firmado que recibió la oficina.");
    }
    Instant now = clock.instant();
    for (String id : ids) {
      EvidenceScan scan = scans.findById(id)
          .filter(s -> s.isPending() && s.getTaskId() == null
              && s.getPurpose() == ScanPurpose.ECON084_INTAKE && s.getUploadedBy().equals(userId))
          .orElseThrow(ScanContent::gone);
      scan.attach(businessKey, now);
    }
    return ids;
  }

  /** What a task's form shows: the case's scans the viewer may read, and this task's uploads. */
  @Transactional(readOnly = true)
  public List<ScanInfo> forTask(Viewer viewer, String taskId) {
    Task task = openTask(taskId);
    return scans.forCaseAndTask(businessKeyOf(task), taskId).stream()
        .filter(s -> mayRead(viewer, s.branchOffice()))
        .toList();
  }

  /** The case's evidence (for the registry's own readers: no viewer check). */
  @Transactional(readOnly = true)
  public List<ScanInfo> forCase(String businessKey) {
    return scans.attachedTo(businessKey);
  }

  /** The start form's uploads of this clerk not yet attached. */
  @Transactional(readOnly = true)
  public List<ScanInfo> pendingIntake(Viewer viewer) {
    return scans.pendingIntakeList(viewer.userId());
  }

  /** The scan, with its bytes, if the viewer may read it (403 otherwise, 404 if unknown). */
  @Transactional(readOnly = true)
  public EvidenceScan open(Viewer viewer, String scanId) {
    EvidenceScan scan = scans.findById(scanId)
        .orElseThrow(() -> new NotFoundException("El escaneo no existe o ya fue eliminado."));
    if (!mayRead(viewer, scan.getBranchOffice())) {
      LOG.warn("Scan {} refused to {} (groups {})", scanId, viewer.userId(), viewer.groups());
      throw new ScanForbiddenException("No tiene permiso para ver este escaneo.");
    }
    return scan;
  }

  /** A clerk takes back a wrong file before completing the task. */
  @Transactional
  public void removePending(Viewer viewer, String scanId) {
    EvidenceScan scan = scans.findById(scanId)
        .orElseThrow(() -> new NotFoundException("El escaneo no existe o ya fue eliminado."));
    if (!scan.isPending() || !scan.getUploadedBy().equals(viewer.userId())) {
      throw new ScanForbiddenException(
          "Solo quien adjuntó el escaneo lo puede quitar, y solo antes de completar la tarea.");
    }
    scans.delete(scan);
  }

  /** Retention: removes scans past the bank's retention, and uploads of tasks never completed. */
  @Transactional
  public int removeExpired() {
    Instant now = clock.instant();
    int abandoned = scans.deletePendingBefore(now.minus(settings.getPendingLifetime()));
    int expired = scans.deleteAttachedBefore(
        now.atZone(BOGOTA).minus(settings.getRetention()).toInstant());
    if (abandoned + expired > 0) {
      LOG.info("Evidence retention removed {} scans past retention and {} abandoned uploads",
          expired, abandoned);
    }
    return abandoned + expired;
  }

  static boolean mayRead(Viewer viewer, String branchOffice) {
    return viewer.groups().stream().anyMatch(READ_ALL_GROUPS::contains)
        || branchOffice != null && viewer.groups().contains(BranchOffice.staffGroup(branchOffice));
  }

  private Task openTask(String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("La tarea ya no está abierta o no la puede ver.");
    }
    return task;
  }

  private String businessKeyOf(Task task) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      throw new NotFoundException("La tarea ya no está abierta o no la puede ver.");
    }
    return instance.getBusinessKey();
  }

  /** The group through which the viewer works the task (the assignee: any of their groups). */
  private String workingGroup(Viewer viewer, Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null && viewer.groups().contains(link.getGroupId())) {
        return link.getGroupId();
      }
    }
    if (viewer.userId().equals(task.getAssignee())) {
      return viewer.groups().stream().filter(g -> officeOf(g) != null).findFirst().orElse("");
    }
    throw new ScanForbiddenException("Solo quien atiende esta tarea puede adjuntarle escaneos.");
  }

  private static String officeOf(String group) {
    return group != null && group.startsWith(BranchOffice.STAFF_GROUP_PREFIX)
        ? group.substring(BranchOffice.STAFF_GROUP_PREFIX.length()) : null;
  }

  private InvalidInputException tooMany() {
    return ScanContent.refused("Ya hay " + settings.getMaxFilesPerTask() + " archivos adjuntos, el"
        + " máximo: quite uno antes de adjuntar otro.");
  }

  private static List<String> ids(String scanIds) {
    if (scanIds == null || scanIds.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.stream(scanIds.split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList()));
  }

  private static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "")
        .replaceAll("[\\p{Cntrl}\"<>]", "").strip();
    if (name.isEmpty()) {
      name = "escaneo";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb) ? String.format(Locale.forLanguageTag("es-CO"), "%.0f MB", mb)
        : String.format(Locale.forLanguageTag("es-CO"), "%.1f MB", mb));
  }

  private static ScanInfo info(EvidenceScan s) {
    return new ScanInfo(s.getId(), s.getBusinessKey(), s.getPurpose(), s.getTaskId(),
        s.getFileName(), s.getMediaType(), s.getSizeBytes(), s.getSha256(), s.getUploadedBy(),
        s.getBranchOffice(), s.getUploadedAt(), s.getAttachedAt());
  }
}
