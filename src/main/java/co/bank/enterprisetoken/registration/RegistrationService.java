package co.bank.enterprisetoken.registration;

import static co.bank.enterprisetoken.registration.ActivationProcessVariables.COMPANY_NAME;
import static co.bank.enterprisetoken.registration.ActivationProcessVariables.DATA_CORRECT;
import static co.bank.enterprisetoken.registration.ActivationProcessVariables.DEVICE_SERIAL;
import static co.bank.enterprisetoken.registration.ActivationProcessVariables.HOLDER_NAME;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
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
import co.bank.enterprisetoken.registry.DynamicCodeGuard;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.renewal.TokenActivations;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the registration (SPEC.md Process 3, R-A1..R-A6, R-V6). Every step runs in one
 * transaction with the engine: it is validated here, then its message is correlated by business key,
 * so a refused step changes nothing. The code and the password never leave this class except as
 * hashes (and the code in its own e-mail and SMS).
 */
@Service
@Transactional
public class RegistrationService {

  public static final String PROCESS_KEY = "token-activation-after-expiry";
  static final String DATA_CONFIRMED = "RegistrationDataConfirmed";
  static final String CODE_VERIFIED = "RegistrationCodeVerified";
  static final String CODE_REJECTED = "RegistrationCodeRejected";
  static final String TERMS_ACCEPTED = "RegistrationTermsAccepted";
  static final String SERIAL_ENTERED = "RegistrationSerialEntered";
  static final String PASSWORD_SET = "RegistrationPasswordSet";
  private static final String CODE_MAIL_TEMPLATE = "registration-code";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RegistrationRepository registrations;
  private final OnlineBankingCredentialRepository credentials;
  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final DynamicCodeGuard codeGuard;
  private final TokenActivations activations;
  private final PasswordEncoder hasher;
  private final SmsSender sms;
  private final SecretMail secretMail;
  private final RuntimeService runtimeService;
  private final RegistrationSettings settings;
  private final Clock clock;

  public RegistrationService(RegistrationRepository registrations,
      OnlineBankingCredentialRepository credentials, CompanyRepository companies,
      BankUserRepository users, DeviceRepository devices, DynamicCodeGuard codeGuard,
      TokenActivations activations, PasswordEncoder registrationHasher, SmsSender sms,
      SecretMail secretMail, RuntimeService runtimeService,
      RegistrationSettings settings, Clock clock) {
    this.registrations = registrations;
    this.credentials = credentials;
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.codeGuard = codeGuard;
    this.activations = activations;
    this.hasher = registrationHasher;
    this.sms = sms;
    this.secretMail = secretMail;
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * R-A1: the user exists in the company with the profile they claim and holds a token assigned but
   * not activated. An open registration of the user that has not activated the token yet is
   * replaced (an abandoned one must not block the user); one that has is continued instead.
   */
  public RegistrationView start(RegistrationRequests.Start request) {
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "companyNit", request.companyNit());
    IdType idType = InputRules.idType(errors, "idType", request.idType());
    InputRules.idNumber(errors, "idNumber", idType, request.idNumber());
    if (request.actsAsAdmin() == null) {
      errors.add("actsAsAdmin", "Indique si va a actuar como administrador de la empresa.");
    }
    errors.throwIfAny();
    Company company = companies.findByNit(request.companyNit()).orElse(null);
    if (company == null) {
      errors.add("companyNit", "No hay una empresa registrada con este NIT.").throwIfAny();
    }
    BankUser user = users.findByCompanyAndIdTypeAndIdNumber(company, idType, request.idNumber())
        .orElse(null);
    if (user == null) {
      errors.add("idNumber", "No es un usuario de la empresa: el administrador debe crearlo.")
          .throwIfAny();
    }
    if (user.isAdmin() != request.actsAsAdmin()) {
      errors.add("actsAsAdmin", user.isAdmin()
          ? "El usuario es administrador de la empresa: marque que va a actuar como administrador."
          : "El usuario es operador: no marque que va a actuar como administrador.").throwIfAny();
    }
    List<Device> delivered = devices.findByHolderInAndStateIn(List.of(user),
            List.of(DeviceState.DELIVERED)).stream()
        .filter(d -> d.getType() == DeviceType.PHYSICAL).toList();
    Device token = delivered.stream().filter(activations::activatableByHolder).findFirst()
        .orElse(null);
    if (token == null) {
      // A token delivered before expiry is the admin's to activate (R-B8): say so, not "none".
      delivered.forEach(activations::requireActivatableByHolder);
      throw new RuleRefusedException("R-A1", "El usuario no tiene un token asignado"
          + " pendiente de activar: debe reclamarlo en la oficina o solicitarlo a su"
          + " administrador.");
    }
    Instant now = clock.instant();
    List<Registration> open = registrations.findByUserAndStepIn(user,
        EnumSet.complementOf(EnumSet.of(RegistrationStep.COMPLETED, RegistrationStep.DATA_INCORRECT,
            RegistrationStep.CODE_EXPIRED, RegistrationStep.TOO_MANY_TRIES,
            RegistrationStep.SUPERSEDED)));
    for (Registration older : open) {
      if (older.getStep() == RegistrationStep.AWAITING_PASSWORD) {
        throw new ConflictException("El usuario ya activó su token en un registro que espera la"
            + " clave: continúe ese registro.", List.of(older.getId()));
      }
      older.moveTo(RegistrationStep.SUPERSEDED, now);
      runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(older.getId()).list()
          .forEach(p -> runtimeService.deleteProcessInstance(p.getId(),
              "Reemplazado por un registro más reciente"));
    }
    Registration registration = registrations.save(
        new Registration(user, token, request.actsAsAdmin(), now));
    runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(registration.getId())
        .setVariables(Variables.createVariables()
            .putValue(COMPANY_NAME.variableName(), company.getName())
            .putValue(HOLDER_NAME.variableName(), user.fullName())
            .putValue(DEVICE_SERIAL.variableName(), token.getSerial()))
        .execute();
    return RegistrationView.of(registration);
  }

  /** R-A2: "Es correcto" sends the code (an async step of the process); otherwise it ends here. */
  public RegistrationView confirm(String id, RegistrationRequests.Confirmation request) {
    if (request.dataCorrect() == null) {
      throw InvalidInputException.of("dataCorrect", "Indique si su correo y su celular son correctos.");
    }
    Registration registration = at(id, RegistrationStep.AWAITING_CONFIRMATION);
    registration.moveTo(request.dataCorrect() ? RegistrationStep.AWAITING_CODE
        : RegistrationStep.DATA_INCORRECT, clock.instant());
    correlate(registration, DATA_CONFIRMED, Map.of(DATA_CORRECT.variableName(), request.dataCorrect()));
    return RegistrationView.of(registration);
  }

  /**
   * Task_SendCode (async job): a fresh code, its hash stored, sent by SMS and e-mail. Not through the
   * idempotent e-mail log on purpose: if any part fails the job rolls back the hash and its retry
   * sends a new code to both channels, so the code the user holds last is always the valid one.
   * Returns when the code expires (the boundary timer's date).
   */
  public Instant sendCode(String id) {
    Registration registration = get(id);
    if (registration.getStep() != RegistrationStep.AWAITING_CODE) {
      throw new IllegalStateException("Registration " + id + " is not waiting for a code");
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    Instant now = clock.instant();
    Instant expiresAt = now.plus(settings.getCodeLife());
    registration.codeSent(hasher.encode(code), expiresAt, now);
    BankUser user = registration.getUser();
    String life = co.bank.enterprisetoken.SpanishDurations.of(settings.getCodeLife());
    sms.send(user.getMobile(), "Banco - Token Empresarial: su codigo de registro es " + code
        + ". Vence en " + life + ". No lo comparta con nadie.");
    secretMail.send(CODE_MAIL_TEMPLATE, Map.of(
        "holderName", user.fullName(), "companyName", registration.getCompany().getName(),
        "code", code, "codeLifeText", life, "expiresAt", BankTime.display(expiresAt)),
        user.getEmail());
    return expiresAt;
  }

  /**
   * R-A3: the code, before it expires, with at most 3 wrong tries. A wrong try is counted even
   * though the answer is an error (hence no rollback for these answers); the third closes the
   * registration.
   */
  @Transactional(noRollbackFor = {InvalidInputException.class, RuleRefusedException.class})
  public RegistrationView verifyCode(String id, RegistrationRequests.Code request) {
    InputRules.dynamicCode(new FieldErrors(), "code", request.code()).throwIfAny();
    Registration registration = at(id, RegistrationStep.AWAITING_CODE);
    if (registration.getCodeHash() == null) {
      throw new ConflictException("El código se está enviando; espere el mensaje e intente de"
          + " nuevo.", List.of(id));
    }
    Instant now = clock.instant();
    if (!now.isBefore(registration.getCodeExpiresAt())) {
      throw new RuleRefusedException("R-A3", "El código venció: inicie un nuevo registro.");
    }
    if (hasher.matches(request.code(), registration.getCodeHash())) {
      registration.moveTo(RegistrationStep.AWAITING_TERMS, now);
      correlate(registration, CODE_VERIFIED, Map.of());
      return RegistrationView.of(registration);
    }
    if (registration.wrongCode(now)) {
      registration.moveTo(RegistrationStep.TOO_MANY_TRIES, now);
      correlate(registration, CODE_REJECTED, Map.of());
      throw new RuleRefusedException("R-A3", "El código no es correcto y superó los 3 intentos:"
          + " el registro se cerró; inicie un nuevo registro.");
    }
    int left = registration.remainingTries();
    throw InvalidInputException.of("code", "El código no es correcto. Le "
        + (left == 1 ? "queda 1 intento." : "quedan " + left + " intentos."));
  }

  /** Event_CodeExpired: the code life ran out before the right code came. */
  public void expireCode(String id) {
    Registration registration = get(id);
    if (registration.getStep() == RegistrationStep.AWAITING_CODE) {
      registration.moveTo(RegistrationStep.CODE_EXPIRED, clock.instant());
    }
  }

  /** R-A4. */
  public RegistrationView acceptTerms(String id, RegistrationRequests.Terms request) {
    if (!Boolean.TRUE.equals(request.accepted())) {
      throw InvalidInputException.of("accepted",
          "Debe aceptar el reglamento de uso del portal empresarial para continuar.");
    }
    Registration registration = at(id, RegistrationStep.AWAITING_TERMS);
    registration.moveTo(RegistrationStep.AWAITING_SERIAL, clock.instant());
    correlate(registration, TERMS_ACCEPTED, Map.of());
    return RegistrationView.of(registration);
  }

  /** R-A5, R-V4: the serial of the token assigned to the user; the process activates it (R-A6). */
  public RegistrationView enterSerial(String id, RegistrationRequests.Serial request) {
    InputRules.serial(new FieldErrors(), "serial", request.serial()).throwIfAny();
    Registration registration = at(id, RegistrationStep.AWAITING_SERIAL);
    Device token = registration.getDevice();
    if (!token.getSerial().equals(request.serial()) || token.getState() != DeviceState.DELIVERED) {
      new FieldErrors().add("serial", "El serial no corresponde al token asignado a este usuario.")
          .throwIfAny();
    }
    activations.requireActivatableByHolder(token);
    registration.moveTo(RegistrationStep.AWAITING_PASSWORD, clock.instant());
    correlate(registration, SERIAL_ENTERED, Map.of());
    return RegistrationView.of(registration);
  }

  /**
   * Task_ActivateToken (in the serial step's transaction): the token becomes active, the user's
   * other physical tokens inactive, and an after-expiry case that delivered it is completed.
   */
  public void activateToken(String id) {
    Registration registration = get(id);
    Device token = registration.getDevice();
    BankUser user = registration.getUser();
    devices.findByHolderInAndStateIn(List.of(user), List.of(DeviceState.ACTIVE)).stream()
        .filter(d -> d.getType() == DeviceType.PHYSICAL && !d.getId().equals(token.getId()))
        .forEach(Device::deactivate);
    token.activate();
    activations.activated(token.getSerial(), "Usuario " + user.fullName() + " (registro en el portal)");
  }

  /**
   * R-A6, R-V6, R-V5: the password (only its hash is stored), confirmed by the dynamic code of the
   * company admin's working token; for an admin registering, that is the token just activated.
   */
  public RegistrationView setPassword(String id, RegistrationRequests.Password request) {
    FieldErrors errors = new FieldErrors();
    PasswordPolicy.check(errors, "password", request.password());
    InputRules.dynamicCode(errors, "adminDynamicCode", request.adminDynamicCode());
    errors.throwIfAny();
    Registration registration = at(id, RegistrationStep.AWAITING_PASSWORD);
    Instant now = clock.instant();
    List<Device> adminTokens = adminTokens(registration, now);
    if (adminTokens.isEmpty()) {
      throw new RuleRefusedException("R-A6", "La empresa no tiene un administrador con token"
          + " vigente para confirmar la clave: el administrador debe registrarse primero.");
    }
    if (!codeGuard.verifyAny(adminTokens, request.adminDynamicCode(), now)) {
      errors.add("adminDynamicCode", "El número dinámico del token administrador no es válido o ya"
          + " fue usado.").throwIfAny();
    }
    BankUser user = registration.getUser();
    OnlineBankingCredential credential = credentials.findById(user.getId())
        .orElseGet(() -> new OnlineBankingCredential(user.getId()));
    credential.setPasswordHash(hasher.encode(request.password()), now);
    credentials.save(credential);
    registration.moveTo(RegistrationStep.COMPLETED, now);
    correlate(registration, PASSWORD_SET, Map.of());
    return RegistrationView.of(registration);
  }

  private List<Device> adminTokens(Registration registration, Instant now) {
    Stream<BankUser> admins = registration.isActsAsAdmin() ? Stream.of(registration.getUser())
        : users.findByCompanyOrderBySurnamesAscNamesAsc(registration.getCompany()).stream()
            .filter(BankUser::isAdmin);
    return admins.map(a -> devices.findFirstByHolderAndTypeAndState(a, DeviceType.PHYSICAL,
            DeviceState.ACTIVE))
        .flatMap(Optional::stream)
        .filter(d -> d.isWorkingAt(now))
        .toList();
  }

  @Transactional(readOnly = true)
  public RegistrationView view(String id) {
    return RegistrationView.of(get(id));
  }

  Registration get(String id) {
    return Optional.ofNullable(id).filter(RegistrationService::isUuid).flatMap(registrations::findById)
        .orElseThrow(() -> new NotFoundException("No existe el registro " + id + "."));
  }

  private static boolean isUuid(String id) {
    return id.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  }

  /** The registration, when it waits for {@code expected}; 409 otherwise (step out of order). */
  private Registration at(String id, RegistrationStep expected) {
    Registration registration = get(id);
    if (registration.getStep() != expected) {
      throw new ConflictException("El registro está en el paso " + registration.getStep()
          + (registration.getStep().isClosed() ? " (cerrado)" : "") + " y este paso requiere "
          + expected + ". " + registration.getStep().next(), List.of(id));
    }
    return registration;
  }

  private void correlate(Registration registration, String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(registration.getId())
        .setVariables(variables)
        .correlate();
  }
}
