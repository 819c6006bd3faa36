package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.ACTIVATED_BY;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.AUTHORIZED_PERSON_NAME;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.BRANCH_OFFICE;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.CONFIRMATION_NUMBER;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.DEVICE_EXPIRES_AT;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.DEVICE_SERIAL;
import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.HOLDER_NAME;

import co.bank.enterprisetoken.documents.DocumentType.PaperForm;
import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
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
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import co.bank.enterprisetoken.stock.TokenStock;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the renewal before expiry (SPEC.md Process 1). Every public method runs in one
 * transaction with the engine, so a refused request leaves no row, no process instance, no e-mail.
 */
@Service
@Transactional
public class RenewalService {

  public static final String PROCESS_KEY = "token-renewal-before-expiry";
  public static final String ACTIVATION_MESSAGE = "TokenRenewalActivationRequested";
  /** Caught by {@code Event_DeliveryUndone} in both renewal processes. */
  static final String DELIVERY_UNDONE_MESSAGE = "TokenDeliveryUndone";
  static final int MAX_DEVICES_PER_REQUEST = 50;

  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final BranchOfficeRepository offices;
  private final RenewalCaseRepository cases;
  private final RenewalEventRepository events;
  private final SignatureVisaRepository visas;
  private final ClientAuthorization authorization;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final RenewalSettings settings;
  private final EntityManager entityManager;
  private final CaseNumbers caseNumbers;
  private final FormVerification forms;
  private final ExpiryRouting routing;
  private final Clock clock;
  private final TokenStock stock;

  public RenewalService(CompanyRepository companies, BankUserRepository users,
      DeviceRepository devices, BranchOfficeRepository offices, RenewalCaseRepository cases,
      RenewalEventRepository events, SignatureVisaRepository visas,
      ClientAuthorization authorization, RuntimeService runtimeService,
      IdentityService identityService, RenewalSettings settings, EntityManager entityManager,
      CaseNumbers caseNumbers, FormVerification forms, ExpiryRouting routing, Clock clock,
      TokenStock stock) {
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.offices = offices;
    this.cases = cases;
    this.events = events;
    this.visas = visas;
    this.authorization = authorization;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.settings = settings;
    this.entityManager = entityManager;
    this.caseNumbers = caseNumbers;
    this.forms = forms;
    this.routing = routing;
    this.clock = clock;
    this.stock = stock;
  }

  /** R-B2, R-B3, R-B4: opens one case per device and starts its process; all or nothing. */
  public List<RenewalCase> request(RenewalRequest request) {
    Instant now = clock.instant();
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "companyNit", request.companyNit());
    IdType adminIdType = InputRules.idType(errors, "adminIdType", request.adminIdType());
    InputRules.idNumber(errors, "adminIdNumber", adminIdType, request.adminIdNumber());
    InputRules.dynamicCode(errors, "dynamicCode", request.dynamicCode());
    InputRules.branchOffice(errors, "branchOffice", request.branchOffice());
    List<RenewalRequest.Item> items = request.renewals() == null ? List.of() : request.renewals();
    if (items.isEmpty() || items.size() > MAX_DEVICES_PER_REQUEST) {
      errors.add("renewals", "Indique entre 1 y " + MAX_DEVICES_PER_REQUEST + " tokens a renovar.");
    }
    var serials = new HashSet<String>();
    for (int i = 0; i < items.size(); i++) {
      String field = "renewals[" + i + "]";
      RenewalRequest.Item item = items.get(i);
      if (item == null) {
        errors.add(field, "Es obligatorio.");
        continue;
      }
      InputRules.serial(errors, field + ".deviceSerial", item.deviceSerial());
      if (item.deviceSerial() != null && !serials.add(item.deviceSerial())) {
        errors.add(field + ".deviceSerial", "El token está repetido en la solicitud.");
      }
      authorization.validateAuthorizedPerson(errors, field + ".authorizedPerson",
          item.authorizedPerson());
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
    List<Device> toRenew = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String serial = items.get(i).deviceSerial();
      Optional<Device> device = devices.findBySerial(serial)
          .filter(d -> d.getType() == DeviceType.PHYSICAL && d.getState() == DeviceState.ACTIVE)
          .filter(d -> d.getHolder().getCompany().getId().equals(company.getId()));
      device.ifPresent(toRenew::add);
      if (device.isEmpty()) {
        errors.add("renewals[" + i + "].deviceSerial",
            "No es un token físico vigente de un usuario de la empresa.");
      }
    }
    errors.throwIfAny();

    if (!admin.isAdmin()) {
      throw new RuleRefusedException("R-B2", "Solo el usuario administrador de la empresa puede"
          + " solicitar la renovación; el usuario operador debe apoyarse en su administrador.");
    }
    List<RenewalCase> open = cases.findOpenFor(toRenew);
    if (!open.isEmpty()) {
      throw new ConflictException("Ya existe un caso de renovación abierto para "
          + (open.size() == 1 ? "este token." : "estos tokens."),
          open.stream().map(RenewalCase::getConfirmationNumber).toList());
    }
    for (Device device : toRenew) {
      if (device.isExpiredAt(now)) {
        // The same answer the branch gets for this token at its ECON-084 intake (DMN).
        throw new RuleRefusedException("R-B4", "El token " + device.getSerial() + " ya venció y no"
            + " se renueva con esta solicitud. " + routing.situationWithoutCase(device).whatToDo());
      }
    }
    authorization.verifyAdminCode(admin, request.dynamicCode(), now);

    List<RenewalCase> created = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      RenewalCase renewal = new RenewalCase(caseNumbers.nextId(), toRenew.get(i), admin, office,
          authorization.authorizedPerson(items.get(i).authorizedPerson()), now);
      entityManager.persist(renewal);
      record(renewal, now, "SOLICITUD_REGISTRADA", "Administrador " + admin.fullName(),
          "Token " + renewal.getDevice().getSerial() + ", reclamo en oficina " + office.getCode());
      startProcess(renewal);
      created.add(renewal);
    }
    return created;
  }

  private void startProcess(RenewalCase renewal) {
    startProcess(PROCESS_KEY, renewal, Map.of());
  }

  /** Starts {@code processKey} for the case with the variables every renewal process shows. */
  void startProcess(String processKey, RenewalCase renewal, Map<String, Object> more) {
    Device device = renewal.getDevice();
    // The after-expiry schema declares these from the before-expiry one.
    var variables = Variables.createVariables()
        .putValue(CONFIRMATION_NUMBER.variableName(), renewal.getConfirmationNumber())
        .putValue(BRANCH_OFFICE.variableName(), renewal.getBranchOffice().getCode())
        .putValue(DEVICE_SERIAL.variableName(), device.getSerial())
        .putValue(DEVICE_EXPIRES_AT.variableName(), Date.from(device.getExpiresAt()))
        .putValue(COMPANY_NAME.variableName(), renewal.getCompany().getName())
        .putValue(HOLDER_NAME.variableName(), renewal.holder().fullName())
        .putValue(AUTHORIZED_PERSON_NAME.variableName(),
            renewal.authorizedPerson().map(AuthorizedPerson::fullName).orElse(null));
    variables.putAll(more);
    runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(renewal.getConfirmationNumber())
        .setVariables(variables)
        .execute();
  }

  @Transactional(readOnly = true)
  public RenewalCase get(String confirmationNumber) {
    return cases.findByConfirmationNumber(confirmationNumber)
        .orElseThrow(() -> new NotFoundException("No existe el caso " + confirmationNumber + "."));
  }

  @Transactional(readOnly = true)
  public List<RenewalEvent> history(RenewalCase renewal) {
    return events.findByCaseIdOrderByIdAsc(renewal.getId());
  }

  @Transactional(readOnly = true)
  public Optional<SignatureVisa> lastVisa(RenewalCase renewal) {
    return visas.findFirstByCaseIdOrderByIdDesc(renewal.getId());
  }

  /** R-S1c, R-B7: the branch's visa of the signature, with evidence; returns whether it passed. */
  public boolean recordVisa(String confirmationNumber, String actor, VisaInput visa) {
    RenewalCase renewal = get(confirmationNumber);
    RenewalTransition.VISA_APPROVED.requireFrom(renewal);
    FieldErrors errors = new FieldErrors();
    boolean approved = VisaInput.APPROVED.equals(visa.result());
    if (!approved && !VisaInput.REJECTED.equals(visa.result())) {
      errors.add("visaResult", "Indique si la firma es conforme o no.");
    }
    errors.text("visaEvidenceReference", visa.evidenceReference(), 3, 100);
    if (VisaInput.REJECTED.equals(visa.result())) {
      errors.text("visaObservations", visa.observations(), 3, 500);
    } else if (visa.observations() != null && visa.observations().length() > 500) {
      errors.add("visaObservations", "Máximo 500 caracteres.");
    }
    if (approved) {
      // R-S1c: the paper presented must be the case's current delivery form, by its printed code.
      forms.verify(errors, confirmationNumber, PaperForm.DELIVERY_AUTHORIZATION,
          visa.verificationCode(), true);
    }
    errors.throwIfAny();
    Instant now = clock.instant();
    visas.save(new SignatureVisa(renewal, actor, now, approved, visa.evidenceReference().strip(),
        blankToNull(visa.observations())));
    move(renewal, approved ? RenewalTransition.VISA_APPROVED : RenewalTransition.VISA_REJECTED,
        now, actor,
        "Evidencia " + visa.evidenceReference().strip()
            + (approved ? "" : ": " + visa.observations().strip()));
    return approved;
  }

  /** R-B7: hands the new token to the holder or the authorized person, after a positive visa. */
  public void recordDelivery(String confirmationNumber, String actor, DeliveryInput delivery) {
    RenewalCase renewal = get(confirmationNumber);
    RenewalTransition.DELIVER.requireFrom(renewal);
    // After an unassignment a new form was issued: only a visa of that form counts.
    Instant formIssuedAt = renewal.getUnassignedAt();
    if (lastVisa(renewal).filter(SignatureVisa::isApproved)
        .filter(v -> formIssuedAt == null || !v.getVisaAt().isBefore(formIssuedAt)).isEmpty()) {
      throw new RuleRefusedException("R-S1c", "No se puede entregar el token sin un visado"
          + " positivo de la firma registrada en el formato.");
    }
    FieldErrors errors = new FieldErrors();
    // Where the form names nobody else, the delivery form does not ask: the holder receives it.
    boolean toHolder = "HOLDER".equals(delivery.recipient())
        || delivery.recipient() == null && renewal.authorizedPerson().isEmpty();
    if (!toHolder && !"AUTHORIZED".equals(delivery.recipient())) {
      errors.add("deliveryRecipient", "Indique si recibe el titular o la persona autorizada.");
    }
    IdType idType = InputRules.idType(errors, "presentedIdType", delivery.presentedIdType());
    InputRules.idNumber(errors, "presentedIdNumber", idType, delivery.presentedIdNumber());
    if (!Boolean.TRUE.equals(delivery.identityDocumentChecked())) {
      errors.add("identityDocumentChecked", "Debe verificar el documento de identidad original.");
    }
    InputRules.serial(errors, "newDeviceSerial", delivery.newDeviceSerial());
    errors.throwIfAny();
    if ("AUTHORIZED".equals(delivery.recipient()) && renewal.authorizedPerson().isEmpty()) {
      errors.add("deliveryRecipient", "El formato no autoriza a otra persona: solo el titular"
          + " puede recibir el token.");
    } else if (toHolder ? !renewal.holder().hasIdentity(idType, delivery.presentedIdNumber())
        : !renewal.authorizedPerson().get().hasIdentity(idType, delivery.presentedIdNumber())) {
      errors.add("presentedIdNumber", "El documento presentado no coincide con el del "
          + (toHolder ? "titular del token." : "autorizado en el formato."));
    }
    if (devices.existsBySerial(delivery.newDeviceSerial())) {
      errors.add("newDeviceSerial", "Este serial ya está registrado en otro token.");
    }
    errors.throwIfAny();
    stock.takeForDelivery(renewal.getBranchOffice().getCode(), delivery.newDeviceSerial(),
        confirmationNumber, actor);

    Instant now = clock.instant();
    BankUser holder = renewal.holder();
    Device newDevice = devices.save(new Device(delivery.newDeviceSerial(), holder,
        DeviceType.PHYSICAL, DeviceState.DELIVERED,
        now.atZone(ZoneOffset.UTC).plus(settings.getNewDeviceValidity()).toInstant(),
        TotpDynamicCodeVerifier.newSecret()));
    renewal.markDelivered(newDevice, now);
    move(renewal, RenewalTransition.DELIVER, now, actor, "Serial nuevo " + newDevice.getSerial()
        + ", recibido por " + (toHolder ? "el titular" : "la persona autorizada"));
  }

  /**
   * R-B7: back office returns a token to its office's stock, with the reason. The new token of a
   * case in progress undoes that case's delivery in the same transaction: the serial is back in
   * stock, the token it became is gone, the case is back in the status it was delivered from and
   * its process back at the delivery task. Any other token only goes back to stock. Returns the
   * confirmation number of the case whose delivery was undone, if any.
   */
  public Optional<String> returnToStock(String serial, String actor, String reason) {
    Optional<RenewalCase> delivering = cases.findOpenWithNewDevice(serial);
    if (delivering.isEmpty()) {
      stock.returnToStock(serial, actor, reason);
      return Optional.empty();
    }
    RenewalCase renewal = delivering.get();
    String number = renewal.getConfirmationNumber();
    RenewalTransition undo = renewal.deliveryUndo();
    if (!undo.allowedFrom(renewal.getStatus())) {
      throw InvalidInputException.of("serial", "El token " + serial + " se entregó en el caso "
          + number + ", que ya no espera la activación del token: su entrega no se puede anular.");
    }
    Device delivered = renewal.newDevice().orElseThrow();
    // The registration (process 3) refers to the token it activates; renewal cannot import it.
    Number registrations = (Number) entityManager.createNativeQuery("select count(*) from"
        + " registration where device_id = :device").setParameter("device", delivered.getId())
        .getSingleResult();
    if (registrations.longValue() > 0) {
      throw InvalidInputException.of("serial", "El titular ya empezó en el portal el registro con"
          + " este token: no puede volver al inventario.");
    }
    stock.returnUndoneDelivery(serial, number, actor, reason);
    renewal.markDeliveryUndone();
    devices.delete(delivered);
    move(renewal, undo, clock.instant(), actor, "Token " + serial + " devuelto al inventario de"
        + " la oficina " + renewal.getBranchOffice().getCode() + ": " + reason.strip());
    // The endpoint decided who may return a token; back office holds no engine permission on
    // process instances, so the case's process moves as the product, not as the clerk.
    var clerk = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      // The delivery form opens again without the returned serial (the clerk types the right one).
      runtimeService.createMessageCorrelation(DELIVERY_UNDONE_MESSAGE)
          .processInstanceBusinessKey(number)
          .setVariable(BeforeExpiryProcessVariables.NEW_DEVICE_SERIAL.variableName(), null)
          .correlate();
    } finally {
      if (clerk != null) {
        identityService.setAuthentication(clerk);
      }
    }
    return Optional.of(number);
  }

  /**
   * R-B8: checks the admin's request to activate the delivered token and hands it to the process,
   * which activates it in this same transaction ({@link #activate}).
   */
  public RenewalCase requestActivation(String confirmationNumber, ActivationRequest request) {
    FieldErrors errors = new FieldErrors();
    IdType adminIdType = InputRules.idType(errors, "adminIdType", request.adminIdType());
    InputRules.idNumber(errors, "adminIdNumber", adminIdType, request.adminIdNumber());
    InputRules.serial(errors, "newDeviceSerial", request.newDeviceSerial());
    InputRules.dynamicCode(errors, "dynamicCode", request.dynamicCode());
    errors.throwIfAny();
    RenewalCase renewal = get(confirmationNumber);
    if (renewal.getStatus() == RenewalStatus.ENTREGADO_EN_OFICINA
        && !renewal.awaitsAdminActivation()) {
      throw new RuleRefusedException("R-A5", "El token se entregó en la renovación después del"
          + " vencimiento: lo activa el titular al registrarse en el portal (Registre aquí su"
          + " usuario banca empresas).");
    }
    if (renewal.getStatus() != RenewalStatus.ENTREGADO_EN_OFICINA) {
      throw new ConflictException("El caso está en estado " + renewal.getStatus() + ": solo se"
          + " activa un token en estado ENTREGADO_EN_OFICINA.",
          List.of(renewal.getConfirmationNumber()));
    }
    BankUser admin = users.findByCompanyAndIdTypeAndIdNumber(renewal.getCompany(), adminIdType,
        request.adminIdNumber()).orElse(null);
    if (admin == null) {
      errors.add("adminIdNumber", "No es un usuario de la empresa.");
    }
    if (!renewal.newDevice().map(Device::getSerial).orElse("").equals(request.newDeviceSerial())) {
      errors.add("newDeviceSerial", "El serial no corresponde al token entregado en la oficina.");
    }
    errors.throwIfAny();
    if (!admin.isAdmin()) {
      throw new RuleRefusedException("R-B8", "La activación la realiza el usuario administrador"
          + " de la empresa junto con el titular.");
    }
    Instant now = clock.instant();
    authorization.verifyAdminCode(admin, request.dynamicCode(), now);
    runtimeService.createMessageCorrelation(ACTIVATION_MESSAGE)
        .processInstanceBusinessKey(confirmationNumber)
        .setVariable(ACTIVATED_BY.variableName(), "Administrador " + admin.fullName())
        .correlate();
    return renewal;
  }

  /** R-B5, R-B9: the new token becomes active and only now the old one stops working. */
  public void activate(String confirmationNumber, String actor) {
    RenewalCase renewal = get(confirmationNumber);
    if (renewal.getStatus() == RenewalStatus.ACTIVADO) {
      return;
    }
    RenewalTransition.ACTIVATE.requireFrom(renewal);
    Instant now = clock.instant();
    renewal.newDevice().orElseThrow().activate();
    renewal.getDevice().deactivate();
    renewal.markActivated(now);
    move(renewal, RenewalTransition.ACTIVATE, now, actor, "Token " + renewal.newDevice().get().getSerial()
        + " activo; token " + renewal.getDevice().getSerial() + " inactivo");
  }

  /**
   * R-B10: the old device expired before activation. Not collected: {@code VENCIDO_SIN_RECLAMAR};
   * collected but not activated: {@code VENCIDO_SIN_ACTIVAR}. The situation the case continues
   * with is the DMN's ({@link ExpiryRouting}). Repeated calls return the same situation.
   */
  public int recordExpiry(String confirmationNumber) {
    RenewalCase renewal = get(confirmationNumber);
    switch (renewal.getStatus()) {
      case VENCIDO_SIN_RECLAMAR, VENCIDO_SIN_ACTIVAR:
        return renewal.getSituation();
      case SOLICITADO, ENTREGADO_EN_OFICINA:
        break;
      default:
        throw new ConflictException("El caso " + confirmationNumber + " ya está en estado "
            + renewal.getStatus() + ".");
    }
    boolean collected = renewal.getStatus() == RenewalStatus.ENTREGADO_EN_OFICINA;
    int situation = routing.situationOf(renewal).number();
    renewal.decideSituation(situation);
    move(renewal, collected ? RenewalTransition.EXPIRE_UNACTIVATED
        : RenewalTransition.EXPIRE_UNCLAIMED, clock.instant(), "Sistema", (collected
        ? "Venció entregado sin activar" : "Venció sin reclamar")
        + ": pasa a renovación después del vencimiento, situación " + situation);
    return situation;
  }

  /** A declared step of the case ({@link RenewalTransition}) and its history event. */
  void move(RenewalCase renewal, RenewalTransition transition, Instant at, String actor,
      String detail) {
    events.save(renewal.move(transition, at, actor, detail));
  }

  /** A fact that neither needs nor changes a status (request, situation, SLA, escalation). */
  void record(RenewalCase renewal, Instant at, String action, String actor, String detail) {
    events.save(new RenewalEvent(renewal, at, action, actor, detail));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Latest case per device of a company, keyed by device id (the portal's list of users). */
  @Transactional(readOnly = true)
  public Map<Long, RenewalCase> latestCasesByDevice(Company company) {
    return cases.findLatestPerDevice(company).stream()
        .collect(java.util.stream.Collectors.toMap(c -> c.getDevice().getId(), c -> c));
  }

}
