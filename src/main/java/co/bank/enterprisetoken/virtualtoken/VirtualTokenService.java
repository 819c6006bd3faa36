package co.bank.enterprisetoken.virtualtoken;


import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.CONFIRMATION_NUMBER;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.HOLDER_ID_NUMBER;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.HOLDER_NAME;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.KIND;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.LOCKED_UNTIL_TEXT;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.LOCK_COUNT;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.QUESTIONNAIRE_LOCKED_UNTIL;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.SUPPORT_WARNING_AT;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.WINDOW_ENDS_AT;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.WINDOW_ENDS_AT_TEXT;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.LockedException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.notification.SecretMail;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the virtual token (SPEC.md Process 4, R-T1..R-T9). Every portal step is validated
 * here and then correlates its message by business key in the same transaction, so a refused step
 * changes nothing (except a questionnaire attempt, which counts even though it answers an error).
 * The link token and the certificate password leave this class only as hashes (and the link in its
 * own e-mail).
 */
@Service
@Transactional
public class VirtualTokenService {

  public static final String PROCESS_KEY = "virtual-token-issuance";
  static final String CONTRACT_ACCEPTED = "VirtualTokenContractAccepted";
  static final String IDENTITY_VERIFIED = "VirtualTokenIdentityVerified";
  static final String QUESTIONNAIRE_PASSED = "VirtualTokenQuestionnairePassed";
  static final String QUESTIONNAIRE_LOCKED = "VirtualTokenQuestionnaireLocked";
  static final String LOCKED_ATTEMPT = "VirtualTokenLockedAttempt";
  static final String CERTIFICATE_REQUESTED = "VirtualTokenCertificateRequested";
  static final String PASSWORD_CREATED = "VirtualTokenPasswordCreated";
  static final String INSTALLATION_CONFIRMED = "VirtualTokenInstallationConfirmed";
  static final String HOLDER = "titular";
  private static final String LINK_MAIL_TEMPLATE = "virtual-token-link";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final VirtualTokenCaseRepository cases;
  private final SigningUserRepository signingUsers;
  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final IdentityQuestionnaire questionnaire;
  private final PasswordEncoder hasher;
  private final SecretMail secretMail;
  private final RuntimeService runtimeService;
  private final VirtualTokenSettings settings;
  private final Clock clock;

  public VirtualTokenService(VirtualTokenCaseRepository cases, SigningUserRepository signingUsers,
      CompanyRepository companies, BankUserRepository users, DeviceRepository devices,
      IdentityQuestionnaire questionnaire, PasswordEncoder registrationHasher,
      SecretMail secretMail, RuntimeService runtimeService,
      VirtualTokenSettings settings, Clock clock) {
    this.cases = cases;
    this.signingUsers = signingUsers;
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.questionnaire = questionnaire;
    this.hasher = registrationHasher;
    this.secretMail = secretMail;
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * R-T1: the holder is a user of the company; one open case per holder (409 names it). NEW needs a
   * holder without a signing password; RENEWAL and REPLACEMENT a holder who has a signing user.
   */
  public VirtualTokenView start(VirtualTokenRequests.Start request) {
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "companyNit", request.companyNit());
    IdType idType = InputRules.idType(errors, "idType", request.idType());
    InputRules.idNumber(errors, "idNumber", idType, request.idNumber());
    VirtualTokenKind kind = null;
    if (request.kind() == null || request.kind().isBlank()) {
      errors.add("kind", "Es obligatorio.");
    } else {
      try {
        kind = VirtualTokenKind.valueOf(request.kind());
      } catch (IllegalArgumentException e) {
        errors.add("kind", "Tipo de solicitud no válido: use NEW (nuevo), RENEWAL (renovación) o"
            + " REPLACEMENT (reposición).");
      }
    }
    errors.throwIfAny();
    Company company = companies.findByNit(request.companyNit()).orElse(null);
    if (company == null) {
      errors.add("companyNit", "No hay una empresa registrada con este NIT.").throwIfAny();
    }
    BankUser holder = users.findByCompanyAndIdTypeAndIdNumber(company, idType, request.idNumber())
        .orElse(null);
    if (holder == null) {
      errors.add("idNumber", "No es un usuario de la empresa: el administrador debe crearlo.")
          .throwIfAny();
    }
    Optional<VirtualTokenCase> open = cases.findOpenByHolder(holder);
    if (open.isPresent()) {
      throw new ConflictException("El titular ya tiene una solicitud de token virtual abierta: "
          + open.get().getId() + ". Continúe esa solicitud.", List.of(open.get().getId()));
    }
    Optional<SigningUser> signingUser = signingUsers.findByIdTypeAndUserName(idType,
        request.idNumber());
    if (kind == VirtualTokenKind.NEW && signingUser.filter(SigningUser::hasPassword).isPresent()) {
      throw new RuleRefusedException("R-T1", "El titular ya tiene un usuario de firma con"
          + " contraseña: solicite una renovación (RENEWAL) o una reposición (REPLACEMENT).");
    }
    if (kind != VirtualTokenKind.NEW && signingUser.filter(SigningUser::hasPassword).isEmpty()) {
      throw new RuleRefusedException("R-T1", "El titular no tiene un token virtual anterior que"
          + " renovar o reponer: solicite un token virtual nuevo (NEW).");
    }
    Instant now = clock.instant();
    Instant windowEndsAt = VirtualTokenSettings.plus(now, settings.getWindow());
    VirtualTokenCase c = cases.saveAndFlush(new VirtualTokenCase(holder, kind, now, windowEndsAt));
    Instant warningAt = windowEndsAt.minus(settings.getSupportWarning());
    runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(c.getId())
        .setVariables(Variables.createVariables()
            .putValue(CONFIRMATION_NUMBER.variableName(), c.getId())
            .putValue(COMPANY_NAME.variableName(), company.getName())
            .putValue(HOLDER_NAME.variableName(), holder.fullName())
            .putValue(HOLDER_ID_NUMBER.variableName(), holder.getIdNumber())
            .putValue(KIND.variableName(), kind.name())
            .putValue(WINDOW_ENDS_AT.variableName(), Date.from(windowEndsAt))
            .putValue(WINDOW_ENDS_AT_TEXT.variableName(), BankTime.display(windowEndsAt))
            .putValue(SUPPORT_WARNING_AT.variableName(),
                Date.from(warningAt.isAfter(now) ? warningAt : now)))
        .execute();
    return view(c);
  }

  /**
   * Task_SendLink (async job), R-T2: a fresh one-time link token, its hash stored, the link sent to
   * the holder's registered e-mail with the R-T8 guide. Not through the idempotent e-mail log on
   * purpose: a failed send rolls back the hash and the retry sends a new link, so the link the
   * holder holds last is always the valid one.
   */
  public void sendLink(String id) {
    VirtualTokenCase c = get(id);
    if (c.getStep() != VirtualTokenStep.AWAITING_CONTRACT) {
      throw new IllegalStateException("Virtual token case " + id + " is not waiting for its link");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    c.linkSent(hasher.encode(token), now);
    Map<String, Object> model = new HashMap<>(mailModel(c));
    model.put("link", settings.getLinkBaseUrl() + "?caso=" + c.getId() + "&t=" + token);
    secretMail.send(LINK_MAIL_TEMPLATE, model, c.getHolder().getEmail());
  }

  /** The model of every virtual-token e-mail (never a secret). */
  Map<String, Object> mailModel(VirtualTokenCase c) {
    BankUser holder = c.getHolder();
    Map<String, Object> model = new HashMap<>(VirtualTokenGuide.model());
    model.put("caseId", c.getId());
    model.put("holderName", holder.fullName());
    model.put("companyName", c.getCompany().getName());
    model.put("idNumber", holder.getIdNumber());
    model.put("kindLabel", switch (c.getKind()) {
      case NEW -> "Token virtual nuevo";
      case RENEWAL -> "Renovación de token virtual";
      case REPLACEMENT -> "Reposición de token virtual";
    });
    model.put("newToken", c.getKind().createsPassword());
    model.put("windowEndsAt", BankTime.display(c.getWindowEndsAt()));
    model.put("windowText", windowText());
    model.put("lockText", lockText());
    if (c.getLockedUntil() != null) {
      model.put("lockedUntil", BankTime.display(c.getLockedUntil()));
    }
    return model;
  }

  /** R-T2: the link's one-time token proves the holder opened the e-mail; the contract accepted. */
  public VirtualTokenView acceptContract(String id, VirtualTokenRequests.Contract request) {
    FieldErrors errors = new FieldErrors();
    if (request.linkToken() == null || request.linkToken().isBlank()) {
      errors.add("linkToken", "Es obligatorio: ingrese por el enlace enviado a su correo.");
    }
    if (!Boolean.TRUE.equals(request.accepted())) {
      errors.add("accepted", "Debe aceptar los términos y condiciones del contrato para continuar.");
    }
    errors.throwIfAny();
    VirtualTokenCase c = at(id, VirtualTokenStep.AWAITING_CONTRACT);
    if (c.getLinkTokenHash() == null) {
      throw new ConflictException("El enlace se está enviando a su correo; espere el mensaje e"
          + " intente de nuevo.", List.of(id));
    }
    if (!hasher.matches(request.linkToken(), c.getLinkTokenHash())) {
      errors.add("linkToken", "El enlace no es válido: use el último enlace enviado a su correo.")
          .throwIfAny();
    }
    c.moveTo(VirtualTokenStep.AWAITING_IDENTITY, clock.instant());
    correlate(c, CONTRACT_ACCEPTED, Map.of());
    return view(c);
  }

  /** R-T3: id type, number and issue date; the identity must be the case's holder. */
  public VirtualTokenView verifyIdentity(String id, VirtualTokenRequests.Identity request) {
    FieldErrors errors = new FieldErrors();
    IdType idType = InputRules.idType(errors, "idType", request.idType());
    InputRules.idNumber(errors, "idNumber", idType, request.idNumber());
    LocalDate issueDate = null;
    if (request.issueDate() == null || request.issueDate().isBlank()) {
      errors.add("issueDate", "Es obligatorio.");
    } else {
      try {
        issueDate = LocalDate.parse(request.issueDate());
        LocalDate today = LocalDate.ofInstant(clock.instant(), BankTime.ZONE);
        if (issueDate.isAfter(today)) {
          errors.add("issueDate", "La fecha de expedición no puede ser futura.");
        } else if (issueDate.getYear() < 1900) {
          errors.add("issueDate", "La fecha de expedición no es válida.");
        }
      } catch (DateTimeParseException e) {
        errors.add("issueDate", "La fecha de expedición debe tener el formato AAAA-MM-DD.");
      }
    }
    errors.throwIfAny();
    VirtualTokenCase c = at(id, VirtualTokenStep.AWAITING_IDENTITY);
    if (!c.getHolder().hasIdentity(idType, request.idNumber())) {
      errors.add("idNumber", "La identificación no corresponde al titular de esta solicitud.")
          .throwIfAny();
    }
    c.identityVerified(issueDate, clock.instant());
    correlate(c, IDENTITY_VERIFIED, Map.of());
    return view(c);
  }

  private VirtualTokenView view(VirtualTokenCase c) {
    return VirtualTokenView.of(c, lockText(), windowText());
  }

  private String lockText() {
    return settings.lockText();
  }

  private String windowText() {
    return settings.windowText();
  }

  /** R-T4: the questions, while the questionnaire is open (409 with lockedUntil when locked). */
  @Transactional(readOnly = true)
  public List<IdentityQuestionnaire.Question> questions(String id) {
    VirtualTokenCase c = get(id);
    if (c.getStep() == VirtualTokenStep.QUESTIONNAIRE_LOCKED) {
      throw new LockedException("El cuestionario está bloqueado hasta el "
          + BankTime.display(c.getLockedUntil()) + ". Un intento antes de esa hora reinicia el"
          + " bloqueo por " + lockText() + ".", List.of(id), c.getLockedUntil());
    }
    return questionnaire.questionsFor(holder(at(id, VirtualTokenStep.AWAITING_QUESTIONNAIRE)));
  }

  /**
   * R-T4: an attempt at the questionnaire. A failure counts although the answer is an error (hence
   * no rollback for these answers): the third locks the questionnaire for 24 hours, and an attempt
   * during the lock restarts the 24 hours (the process' timer is re-armed).
   */
  @Transactional(noRollbackFor = {InvalidInputException.class, LockedException.class})
  public VirtualTokenView answer(String id, VirtualTokenRequests.Answers request) {
    if (request.answers() == null || request.answers().isEmpty()) {
      throw InvalidInputException.of("answers", "Conteste las preguntas de validación de identidad.");
    }
    VirtualTokenCase c = get(id);
    Instant now = clock.instant();
    if (c.getStep() == VirtualTokenStep.QUESTIONNAIRE_LOCKED) {
      if (now.isBefore(c.getLockedUntil())) {
        Instant until = now.plus(settings.getLock());
        c.lock(until, now);
        correlate(c, LOCKED_ATTEMPT,
            Map.of(QUESTIONNAIRE_LOCKED_UNTIL.variableName(), Date.from(until)));
        throw new LockedException("El cuestionario estaba bloqueado: este intento reinició el"
            + " bloqueo por " + lockText() + ", hasta el " + BankTime.display(until) + ".", List.of(id), until);
      }
      throw new LockedException("El bloqueo terminó y el cuestionario se está habilitando;"
          + " intente de nuevo en un momento.", List.of(id), c.getLockedUntil());
    }
    c = at(id, VirtualTokenStep.AWAITING_QUESTIONNAIRE);
    if (questionnaire.passes(holder(c), request.answers())) {
      c.moveTo(VirtualTokenStep.AWAITING_CERTIFICATE, now);
      correlate(c, QUESTIONNAIRE_PASSED, Map.of());
      return view(c);
    }
    Instant until = now.plus(settings.getLock());
    if (c.failedQuestionnaire(now, until)) {
      correlate(c, QUESTIONNAIRE_LOCKED, Map.of(
          QUESTIONNAIRE_LOCKED_UNTIL.variableName(), Date.from(until),
          LOCK_COUNT.variableName(), c.getLockCount(),
          LOCKED_UNTIL_TEXT.variableName(), BankTime.display(until)));
      throw new LockedException("Las respuestas no coinciden y completó 3 intentos fallidos: el"
          + " cuestionario quedó bloqueado por " + lockText() + ", hasta el " + BankTime.display(until)
          + ". Un intento antes de esa hora reinicia el bloqueo.", List.of(id), until);
    }
    int left = c.remainingAttempts();
    throw InvalidInputException.of("answers", "Las respuestas no coinciden con la validación de"
        + " identidad. Le " + (left == 1 ? "queda 1 intento" : "quedan " + left + " intentos")
        + " antes de que el cuestionario se bloquee por " + lockText() + ".");
  }

  /** Task_UnlockQuestionnaire: the 24 hours passed without an attempt; 3 new attempts. */
  public void unlockQuestionnaire(String id) {
    VirtualTokenCase c = get(id);
    if (c.getStep() == VirtualTokenStep.QUESTIONNAIRE_LOCKED) {
      c.unlock(clock.instant());
    }
  }

  /** R-T6: "Obtener certificado"; the process creates the signing user (Task_CreateSigningUser). */
  public VirtualTokenView obtainCertificate(String id) {
    VirtualTokenCase c = at(id, VirtualTokenStep.AWAITING_CERTIFICATE);
    correlate(c, CERTIFICATE_REQUESTED, Map.of());
    return view(c);
  }

  /**
   * Task_CreateSigningUser (in the certificate step's transaction), R-T6: the signing user, user
   * name = the holder's id number (kept for RENEWAL/REPLACEMENT, with its first password), and the
   * certificate in the device registry as a VIRTUAL device, issued but not installed.
   */
  public void createSigningUser(String id) {
    VirtualTokenCase c = get(id);
    BankUser holder = c.getHolder();
    Instant now = clock.instant();
    signingUsers.findByIdTypeAndUserName(holder.getIdType(), holder.getIdNumber())
        .orElseGet(() -> signingUsers.save(new SigningUser(holder, now)));
    Device certificate = devices.save(new Device(newVirtualSerial(), holder, DeviceType.VIRTUAL,
        DeviceState.DELIVERED, VirtualTokenSettings.plus(now, settings.getCertificateValidity()),
        TotpDynamicCodeVerifier.newSecret()));
    c.certificateIssued(certificate, now);
  }

  private String newVirtualSerial() {
    String serial;
    do {
      serial = String.format("V%09d", RANDOM.nextInt(1_000_000_000));
    } while (devices.existsBySerial(serial));
    return serial;
  }

  /** R-T7: NEW only; the password's hash reaches the signing user, nothing else does. */
  public VirtualTokenView createPassword(String id, VirtualTokenRequests.Password request) {
    VirtualTokenCase c = get(id);
    if (!c.getKind().createsPassword()) {
      throw new ConflictException("En una renovación o reposición no se asigna contraseña: la firma"
          + " conserva la contraseña asignada por primera vez al token virtual.", List.of(id));
    }
    FieldErrors errors = new FieldErrors();
    CertificatePasswordPolicy.check(errors, "password", request.password(),
        c.getHolder().getIdNumber());
    if (request.passwordConfirmation() == null
        || !request.passwordConfirmation().equals(request.password())) {
      errors.add("passwordConfirmation", "La confirmación no coincide con la contraseña.");
    }
    errors.throwIfAny();
    c = at(id, VirtualTokenStep.AWAITING_PASSWORD);
    BankUser holder = c.getHolder();
    Instant now = clock.instant();
    SigningUser signingUser = signingUsers.findByIdTypeAndUserName(holder.getIdType(),
        holder.getIdNumber()).orElseThrow();
    signingUser.setPasswordHash(hasher.encode(request.password()), now);
    c.moveTo(VirtualTokenStep.AWAITING_INSTALLATION, now);
    correlate(c, PASSWORD_CREATED, Map.of());
    return view(c);
  }

  /** R-T9: the holder sees the certificate in the Certifirma store; the case ends. */
  public VirtualTokenView confirmInstallation(String id, VirtualTokenRequests.Installation request) {
    if (!Boolean.TRUE.equals(request.certificateInStore())) {
      throw InvalidInputException.of("certificateInStore", "Confirme que el certificado aparece en"
          + " el almacén de Certifirma; si no aparece, comuníquese con los canales de atención.");
    }
    VirtualTokenCase c = at(id, VirtualTokenStep.AWAITING_INSTALLATION);
    installed(c, HOLDER);
    correlate(c, INSTALLATION_CONFIRMED, Map.of());
    return view(c);
  }

  private void installed(VirtualTokenCase c, String by) {
    Device certificate = c.getDevice();
    devices.findByHolderInAndStateIn(List.of(c.getHolder()), List.of(DeviceState.ACTIVE)).stream()
        .filter(d -> d.getType() == DeviceType.VIRTUAL && !d.getId().equals(certificate.getId()))
        .forEach(Device::deactivate);
    certificate.activate();
    c.installed(by, clock.instant());
  }

  /**
   * Task_RecordSupport, R-T9: the analyst's note; with {@code installationConfirmed} (the holder
   * confirmed by phone that the certificate shows in the store) the case ends. Refused (the task
   * stays open) unless the certificate was obtained and waits for installation.
   */
  public void recordSupport(String id, String analyst, String notes, boolean installationConfirmed) {
    new FieldErrors().text("supportNotes", notes, 3, 500).throwIfAny();
    VirtualTokenCase c = get(id);
    if (installationConfirmed && c.getStep() != VirtualTokenStep.AWAITING_INSTALLATION) {
      throw new RuleRefusedException("R-T9", "No se puede confirmar la instalación: el titular aún"
          + " no ha obtenido el certificado. Registre la ayuda sin marcar la confirmación.");
    }
    Instant now = clock.instant();
    c.supportNote(BankTime.display(now) + " " + analyst + ": " + notes, now);
    if (installationConfirmed) {
      installed(c, "soporte: " + analyst);
    }
  }

  /** Task_ExpireCase, R-T5: the window closed before the installation was confirmed. */
  public void expire(String id) {
    VirtualTokenCase c = get(id);
    if (c.getStep().isClosed()) {
      return;
    }
    if (c.getDevice() != null && c.getDevice().getState() == DeviceState.DELIVERED) {
      c.getDevice().deactivate();
    }
    c.moveTo(VirtualTokenStep.EXPIRED, clock.instant());
  }

  @Transactional(readOnly = true)
  public VirtualTokenView view(String id) {
    return view(get(id));
  }

  private IdentityQuestionnaire.Holder holder(VirtualTokenCase c) {
    return new IdentityQuestionnaire.Holder(c.getHolder(), c.getIdIssueDate(),
        c.getCompany().getName());
  }

  VirtualTokenCase get(String id) {
    return Optional.ofNullable(id).filter(VirtualTokenService::isUuid).flatMap(cases::findById)
        .orElseThrow(() -> new NotFoundException("No existe la solicitud de token virtual " + id + "."));
  }

  private static boolean isUuid(String id) {
    return id.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  }

  /** The case, when it waits for {@code expected}; 409 otherwise (with lockedUntil when locked). */
  private VirtualTokenCase at(String id, VirtualTokenStep expected) {
    VirtualTokenCase c = get(id);
    if (c.getStep() == expected) {
      return c;
    }
    // The holder reads this: the step as the portal words it, never the enum's name.
    String message = (c.getStep().isClosed() ? "La solicitud está cerrada: "
        : "Este paso no corresponde al estado de la solicitud: ")
        + c.getStep().message(lockText(), windowText()) + " Siguiente paso: "
        + c.getStep().next(lockText(), windowText());
    if (c.getStep() == VirtualTokenStep.QUESTIONNAIRE_LOCKED) {
      throw new LockedException(message + " Bloqueado hasta el "
          + BankTime.display(c.getLockedUntil()) + ".", List.of(id), c.getLockedUntil());
    }
    throw new ConflictException(message, List.of(id));
  }

  private void correlate(VirtualTokenCase c, String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(c.getId())
        .setVariables(variables)
        .correlate();
  }
}
