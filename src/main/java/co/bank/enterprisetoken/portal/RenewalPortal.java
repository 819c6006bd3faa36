package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.documents.DocumentService;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.documents.StoredDocument;
import co.bank.enterprisetoken.renewal.ActivationRequest;
import co.bank.enterprisetoken.renewal.AfterExpiryService;
import co.bank.enterprisetoken.renewal.ExpiryRouting;
import co.bank.enterprisetoken.renewal.UnassignmentRequest;
import co.bank.enterprisetoken.renewal.RenewalCase;
import co.bank.enterprisetoken.renewal.RenewalRequest;
import co.bank.enterprisetoken.renewal.RenewalService;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's use cases, each one transaction, answered as views (no entity leaves it). */
@Service
@Transactional
class RenewalPortal {

  private static final String CONFIRMATION_NUMBER = "^RT-\\d{8}$";

  private final RenewalService renewals;
  private final AfterExpiryService afterExpiry;
  private final CompanyRepository companies;
  private final BankUserRepository users;
  private final DeviceRepository devices;
  private final DocumentService documents;
  private final ExpiryRouting routing;
  private final Clock clock;

  RenewalPortal(RenewalService renewals, AfterExpiryService afterExpiry,
      CompanyRepository companies, BankUserRepository users, DeviceRepository devices,
      DocumentService documents, ExpiryRouting routing, Clock clock) {
    this.renewals = renewals;
    this.afterExpiry = afterExpiry;
    this.companies = companies;
    this.users = users;
    this.devices = devices;
    this.documents = documents;
    this.routing = routing;
    this.clock = clock;
  }

  /** Not read-only: the next step of an expired token is a DMN evaluation, kept in history. */
  @Transactional
  public CompanyUsersView companyUsers(String nit) {
    InputRules.nit(new FieldErrors(), "nit", nit).throwIfAny();
    Company company = companies.findByNit(nit)
        .orElseThrow(() -> new NotFoundException("No hay una empresa registrada con el NIT " + nit + "."));
    List<BankUser> companyUsers = users.findByCompanyOrderBySurnamesAscNamesAsc(company);
    Map<Long, List<Device>> devicesByUser = devices
        .findByHolderInAndStateIn(companyUsers, List.of(DeviceState.ACTIVE, DeviceState.DELIVERED))
        .stream().collect(Collectors.groupingBy(d -> d.getHolder().getId()));
    Map<Long, RenewalCase> latest = renewals.latestCasesByDevice(company);
    var now = clock.instant();
    return new CompanyUsersView(company.getNit(), company.getName(), companyUsers.stream()
        .map(u -> new CompanyUsersView.User(u.getIdType(), u.getIdNumber(), u.getNames(),
            u.getSurnames(), u.getProfile(), devicesByUser.getOrDefault(u.getId(), List.of())
                .stream().sorted(Comparator.comparing(Device::getExpiresAt))
                .map(d -> new CompanyUsersView.UserDevice(d.getSerial(), d.getType(), d.getState(),
                    Times.local(d.getExpiresAt()), d.isExpiredAt(now),
                    latest.containsKey(d.getId()) ? new CompanyUsersView.Renewal(
                        latest.get(d.getId()).getConfirmationNumber(),
                        latest.get(d.getId()).getStatus()) : null,
                    nextStep(d, latest.get(d.getId()), now)))
                .toList()))
        .toList());
  }

  /** For an expired token no open case works on: what the DMN says the company must do. */
  private String nextStep(Device device, RenewalCase latest, java.time.Instant now) {
    boolean openCase = latest != null && latest.getClosedAt() == null;
    if (!device.isExpiredAt(now) || device.getState() != DeviceState.ACTIVE || openCase) {
      return null;
    }
    return routing.situationWithoutCase(device).whatToDo();
  }

  public RenewalsCreatedView request(RenewalRequest request) {
    return new RenewalsCreatedView(renewals.request(request).stream().map(this::view).toList());
  }

  public RenewalView unassign(UnassignmentRequest request) {
    return view(afterExpiry.unassign(request));
  }

  @Transactional(readOnly = true)
  public RenewalView get(String confirmationNumber) {
    return view(find(confirmationNumber));
  }

  public RenewalView activate(String confirmationNumber, ActivationRequest request) {
    checkNumber(confirmationNumber);
    return view(renewals.requestActivation(confirmationNumber, request));
  }

  public StoredDocument requestForm(String confirmationNumber) {
    RenewalCase renewal = find(confirmationNumber);
    return documents.generate(DocumentType.RENEWAL_REQUEST_FORM, renewal.getConfirmationNumber());
  }

  private RenewalCase find(String confirmationNumber) {
    checkNumber(confirmationNumber);
    return renewals.get(confirmationNumber);
  }

  private static void checkNumber(String confirmationNumber) {
    if (!confirmationNumber.matches(CONFIRMATION_NUMBER)) {
      new FieldErrors().add("confirmationNumber",
          "El número de confirmación tiene la forma RT-00000001.").throwIfAny();
    }
  }

  private RenewalView view(RenewalCase c) {
    return RenewalView.of(c, renewals.history(c));
  }
}
