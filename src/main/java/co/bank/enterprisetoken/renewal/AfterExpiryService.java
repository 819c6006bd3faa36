package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.DocumentType.PaperForm;
import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.registry.Profile;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the renewal after expiry (SPEC.md Process 2). As in {@link RenewalService}, each
 * step validates everything before it changes anything, in the transaction of the user's action.
 */
@Service
@Transactional
public class AfterExpiryService {

  public static final String PROCESS_KEY = "token-renewal-after-expiry";

  private final RenewalService renewals;
  private final ClientAuthorization authorization;
  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final BranchOfficeRepository offices;
  private final RenewalCaseRepository cases;
  private final CaseNumbers caseNumbers;
  private final EntityManager entityManager;
  private final AfterExpirySettings settings;
  private final FormVerification forms;
  private final ExpiryRouting routing;
  private final SlaEscalationActionRepository escalations;
  private final Clock clock;

  public AfterExpiryService(RenewalService renewals, ClientAuthorization authorization,
      CompanyRepository companies, BankUserRepository users, DeviceRepository devices,
      BranchOfficeRepository offices, RenewalCaseRepository cases, CaseNumbers caseNumbers,
      EntityManager entityManager, AfterExpirySettings settings, FormVerification forms,
      ExpiryRouting routing, SlaEscalationActionRepository escalations, Clock clock) {
    this.renewals = renewals;
    this.authorization = authorization;
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.offices = offices;
    this.cases = cases;
    this.caseNumbers = caseNumbers;
    this.entityManager = entityManager;
    this.settings = settings;
    this.forms = forms;
    this.routing = routing;
    this.escalations = escalations;
    this.clock = clock;
  }

  /** The inputs of the DMN {@code expiry-situation} for a case, from the registry. */
  @Transactional(readOnly = true)
  public ExpiryFacts facts(String confirmationNumber) {
    return routing.facts(renewals.get(confirmationNumber));
  }

  /**
   * Entry (b): a branch registers the signed ECON-084 of a token that expired with no case. Returns
   * the new case's confirmation number.
   */
  public String registerFromBranch(String branchOfficeCode, String actor, Econ084Intake intake) {
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "intakeCompanyNit", intake.companyNit());
    IdType idType = InputRules.idType(errors, "intakeHolderIdType", intake.holderIdType());
    InputRules.idNumber(errors, "intakeHolderIdNumber", idType, intake.holderIdNumber());
    InputRules.serial(errors, "intakeDeviceSerial", intake.deviceSerial());
    if (!Econ084Intake.UNASSIGN_WITHOUT_RENEWAL.equals(intake.section())
        && !Econ084Intake.RENEWAL_ACTIVATION.equals(intake.section())) {
      errors.add("intakeSection", "Indique la sección marcada en el formato.");
    }
    if (!Boolean.TRUE.equals(intake.signedByLegalRepresentative())) {
      errors.add("intakeSignedByLegalRepresentative",
          "El formato debe estar firmado por el representante legal.");
    }
    errors.throwIfAny();
    Company company = companies.findByNit(intake.companyNit()).orElse(null);
    if (company == null) {
      errors.add("intakeCompanyNit", "No hay una empresa registrada con este NIT.").throwIfAny();
    }
    BankUser holder = users.findByCompanyAndIdTypeAndIdNumber(company, idType,
        intake.holderIdNumber()).orElse(null);
    if (holder == null) {
      errors.add("intakeHolderIdNumber", "No es un usuario de la empresa.").throwIfAny();
    }
    Device device = devices.findBySerial(intake.deviceSerial())
        .filter(d -> d.getHolder().getId().equals(holder.getId())).orElse(null);
    if (device == null) {
      errors.add("intakeDeviceSerial", "No es un token de este usuario.").throwIfAny();
    }
    Instant now = clock.instant();
    if (!device.isExpiredAt(now) || device.getState() != DeviceState.ACTIVE) {
      errors.add("intakeDeviceSerial", "El token no está vencido: la renovación se solicita en el"
          + " portal antes del vencimiento.").throwIfAny();
    }
    List<RenewalCase> open = cases.findOpenFor(List.of(device));
    if (!open.isEmpty()) {
      throw new ConflictException("El token ya tiene un caso abierto: registre el ECON-084 en la"
          + " tarea de ese caso.", open.stream().map(RenewalCase::getConfirmationNumber).toList());
    }
    if (Econ084Intake.RENEWAL_ACTIVATION.equals(intake.section())) {
      errors.add("intakeSection", "No hay un token nuevo entregado para activar: el formato debe"
          + " marcar DESASIGNACIÓN DE TOKEN \"Sin Renovar\".").throwIfAny();
    }
    ExpiryRouting.Situation situation = routing.situationWithoutCase(device);
    if (situation == ExpiryRouting.Situation.PORTAL_UNASSIGNMENT) {
      throw situation3AtBranch();
    }
    BranchOffice office = offices.findById(branchOfficeCode).orElseThrow(() ->
        new RuleRefusedException("R-S1a", "Solo el personal de una oficina registra un ECON-084."));
    RenewalCase renewal = RenewalCase.afterExpiry(caseNumbers.nextId(), EntryPoint.BRANCH_ECON084,
        device, null, office, null, now);
    entityManager.persist(renewal);
    renewal.decideSituation(situation.number());
    renewal.markEcon084Received(now, now.plus(settings.getBackOfficeSla()));
    renewals.move(renewal, renewal.econ084Receipt(), now, actor,
        "Formato ECON-084 \"Sin Renovar\" recibido en la oficina " + office.getCode());
    return renewal.getConfirmationNumber();
  }

  /**
   * Entry (c), R-S3: the company admin unassigns an operator's device ("Pérdida, falla o Robo").
   * The device stops working at once and the token can be collected without the 24-hour wait.
   */
  public RenewalCase unassign(UnassignmentRequest request) {
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "companyNit", request.companyNit());
    IdType adminIdType = InputRules.idType(errors, "adminIdType", request.adminIdType());
    InputRules.idNumber(errors, "adminIdNumber", adminIdType, request.adminIdNumber());
    InputRules.dynamicCode(errors, "dynamicCode", request.dynamicCode());
    InputRules.serial(errors, "deviceSerial", request.deviceSerial());
    if (!UnassignmentRequest.LOSS_FAILURE_THEFT.equals(request.reason())) {
      errors.add("reason", "El motivo de desasignación es PERDIDA_FALLA_ROBO (Pérdida, falla o Robo).");
    }
    InputRules.branchOffice(errors, "branchOffice", request.branchOffice());
    if (request.collector() == null) {
      errors.add("collector", "Indique los datos de la persona que reclamará el token.");
    } else {
      authorization.validateAuthorizedPerson(errors, "collector", request.collector());
    }
    errors.throwIfAny();
    Company company = companies.findByNit(request.companyNit()).orElse(null);
    if (company == null) {
      errors.add("companyNit", "No hay una empresa registrada con este NIT.").throwIfAny();
    }
    BankUser admin = users.findByCompanyAndIdTypeAndIdNumber(company, adminIdType,
        request.adminIdNumber()).orElse(null);
    if (admin == null) {
      errors.add("adminIdNumber", "No es un usuario de la empresa.");
    }
    BranchOffice office = offices.findById(request.branchOffice()).orElse(null);
    if (office == null) {
      errors.add("branchOffice", "No existe una oficina con este código.");
    }
    Device device = devices.findBySerial(request.deviceSerial())
        .filter(d -> d.getType() == DeviceType.PHYSICAL && d.getState() == DeviceState.ACTIVE)
        .filter(d -> d.getHolder().getCompany().getId().equals(company.getId())).orElse(null);
    if (device == null) {
      errors.add("deviceSerial", "No es un token asignado a un usuario de la empresa.");
    }
    errors.throwIfAny();
    if (!admin.isAdmin()) {
      throw new RuleRefusedException("R-S3", "Solo el usuario administrador desasigna dispositivos.");
    }
    if (device.getHolder().getProfile() != Profile.OPERATOR) {
      throw new RuleRefusedException("R-S3", "La desasignación en el portal es para tokens de"
          + " usuarios operadores; el token del administrador se renueva con el formato ECON-084.");
    }
    List<RenewalCase> open = cases.findOpenFor(List.of(device));
    if (!open.isEmpty()) {
      throw new ConflictException("El token ya tiene un caso abierto.",
          open.stream().map(RenewalCase::getConfirmationNumber).toList());
    }
    Instant now = clock.instant();
    authorization.verifyAdminCode(admin, request.dynamicCode(), now);

    var collector = request.collector();
    RenewalCase renewal = RenewalCase.afterExpiry(caseNumbers.nextId(),
        EntryPoint.PORTAL_UNASSIGNMENT, device, admin, office,
        authorization.authorizedPerson(collector), now);
    entityManager.persist(renewal);
    device.deactivate();
    renewal.markUnassigned(now, request.reason());
    renewals.move(renewal, RenewalTransition.UNASSIGN_IN_PORTAL, now,
        "Administrador " + admin.fullName(),
        "Token " + device.getSerial() + " desasignado por Pérdida, falla o Robo; reclama "
            + collector.names().strip() + " " + collector.surnames().strip());
    renewals.startProcess(PROCESS_KEY, renewal,
        Map.of(AfterExpiryProcessVariables.ENTRY_POINT.variableName(),
            EntryPoint.PORTAL_UNASSIGNMENT.name()));
    return renewal;
  }

  /**
   * Records the situation the DMN decided. A branch's ECON-084 for a token its company admin can
   * unassign in the portal is refused: that is situation 3, done in the portal (seed ch.2).
   */
  public void recordSituation(String confirmationNumber, int situation) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    if (situation == 3 && renewal.getEntryPoint() == EntryPoint.BRANCH_ECON084) {
      throw situation3AtBranch();
    }
    renewal.decideSituation(situation);
    renewals.record(renewal, clock.instant(), "SITUACION_DETERMINADA", "Sistema",
        "Situación " + situation + " después del vencimiento");
  }

  private static RuleRefusedException situation3AtBranch() {
    return new RuleRefusedException("R-S3", "El token es de un usuario operador y la empresa tiene"
        + " un administrador con token vigente: no se recibe el ECON-084. "
        + ExpiryRouting.Situation.PORTAL_UNASSIGNMENT.whatToDo());
  }

  /** R-S1, R-S2: the branch received the signed ECON-084 of the case; the 24-hour window opens. */
  public void recordEcon084Receipt(String confirmationNumber, String actor, Boolean signed,
      String notes) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    renewal.econ084Receipt().requireFrom(renewal);
    FieldErrors errors = new FieldErrors();
    if (!Boolean.TRUE.equals(signed)) {
      errors.add("receiptSignedByLegalRepresentative",
          "El formato debe estar firmado por el representante legal.");
    }
    if (notes != null && notes.length() > 500) {
      errors.add("receiptNotes", "Máximo 500 caracteres.");
    }
    errors.throwIfAny();
    Instant now = clock.instant();
    renewal.markEcon084Received(now, now.plus(settings.getBackOfficeSla()));
    renewals.move(renewal, renewal.econ084Receipt(), now, actor,
        "Formato ECON-084 firmado recibido"
        + (notes == null || notes.isBlank() ? "" : ": " + notes.strip()));
  }

  /** R-S1a: back office checks the legal representative's signature and the data. */
  public boolean recordBackOfficeCheck(String confirmationNumber, String actor, String result,
      String observations, String verificationCode) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    RenewalTransition.APPROVE_ECON084.requireFrom(renewal);
    FieldErrors errors = new FieldErrors();
    boolean approved = VisaInput.APPROVED.equals(result);
    if (!approved && !VisaInput.REJECTED.equals(result)) {
      errors.add("checkResult", "Indique si la firma y los datos son correctos.");
    }
    if (VisaInput.REJECTED.equals(result)) {
      errors.text("checkObservations", observations, 3, 500);
    } else if (observations != null && observations.length() > 500) {
      errors.add("checkObservations", "Máximo 500 caracteres.");
    }
    if (approved) {
      // The ECON-084 the bank e-mailed must be its current version; one a branch brought in
      // without a case (entry b) has no code to compare.
      forms.verify(errors, confirmationNumber, PaperForm.ECON_084, verificationCode, false);
    }
    errors.throwIfAny();
    if (!approved) {
      renewal.markRejectedByBackOffice();
    }
    renewals.move(renewal, approved ? RenewalTransition.APPROVE_ECON084
        : RenewalTransition.REJECT_ECON084, clock.instant(), actor,
        approved ? "Firma del representante legal y datos verificados" : observations.strip());
    return approved;
  }

  /** R-S1a: back office unassigns the expired token; the new one can be delivered. */
  public void recordUnassignment(String confirmationNumber, String actor, Boolean confirmed,
      String reference) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    RenewalTransition.UNASSIGN_EXPIRED.requireFrom(renewal);
    FieldErrors errors = new FieldErrors();
    if (!Boolean.TRUE.equals(confirmed)) {
      errors.add("unassignmentConfirmed", "Confirme que desasignó el token vencido.");
    }
    errors.text("unassignmentReference", reference, 3, 60).throwIfAny();
    Instant now = clock.instant();
    renewal.getDevice().deactivate();
    renewal.markUnassigned(now, "SIN_RENOVAR");
    renewals.move(renewal, RenewalTransition.UNASSIGN_EXPIRED, now, actor,
        "Referencia " + reference.strip());
  }

  /**
   * R-S2: back office activates the new serial the company collected before expiry. Returns when
   * the client can log in with the credentials they had (24 hours after handing in the form).
   */
  public Instant recordSerialActivation(String confirmationNumber, String actor, Boolean confirmed,
      String reference) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    RenewalTransition.ACTIVATE_NEW_SERIAL.requireFrom(renewal);
    FieldErrors errors = new FieldErrors();
    if (!Boolean.TRUE.equals(confirmed)) {
      errors.add("serialActivationConfirmed", "Confirme que activó el serial nuevo.");
    }
    errors.text("serialActivationReference", reference, 3, 60).throwIfAny();
    Instant now = clock.instant();
    renewal.newDevice().orElseThrow().activate();
    renewal.getDevice().deactivate();
    renewal.markActivated(now);
    renewals.move(renewal, RenewalTransition.ACTIVATE_NEW_SERIAL, now, actor, "Serial nuevo "
        + renewal.newDevice().get().getSerial() + " activado por renovación; referencia "
        + reference.strip());
    return renewal.getEcon084ReceivedAt().plus(settings.getLoginWait());
  }

  /** R-S1a: the 24-hour window passed with the back-office work open; managers are alerted. */
  public void recordSlaBreach(String confirmationNumber) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    if (renewal.getSlaBreachedAt() == null) {
      Instant now = clock.instant();
      renewal.markSlaBreached(now);
      renewals.record(renewal, now, "SLA_INCUMPLIDO", "Sistema",
          "Trámite de back office sin terminar en "
              + co.bank.enterprisetoken.SpanishDurations.of(settings.getBackOfficeSla())
              + ": escalado a gerencia");
    }
  }

  /** R-S1a: what the managers did about the missed window, kept with the case. */
  public void recordEscalationAction(String confirmationNumber, String actor, String action,
      String note) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    FieldErrors errors = new FieldErrors();
    errors.text("escalationAction", action, 3, 1000);
    if (note != null && note.length() > 1000) {
      errors.add("escalationNote", "Máximo 1000 caracteres.");
    }
    errors.throwIfAny();
    Instant now = clock.instant();
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    escalations.save(new SlaEscalationAction(renewal, now, actor, action.strip(), cleanNote));
    renewals.record(renewal, now, "ESCALAMIENTO_ATENDIDO", actor, action.strip()
        + (cleanNote == null ? "" : " (" + cleanNote + ")"));
  }
}
