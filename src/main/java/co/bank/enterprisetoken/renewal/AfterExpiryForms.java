package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.SpanishDurations;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.documents.DocumentSource;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.documents.FormIssue;
import co.bank.enterprisetoken.documents.Econ084FormData;
import co.bank.enterprisetoken.documents.Econ084FormPdf;
import co.bank.enterprisetoken.documents.RenewalRequestFormData;
import co.bank.enterprisetoken.documents.UnassignmentFormData;
import co.bank.enterprisetoken.documents.UnassignmentFormPdf;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.Device;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The forms of the after-expiry path, filled from the case: ECON-084 (R-S1, R-S2) and R-S3's. */
class AfterExpiryForms {

  private AfterExpiryForms() {}

  static RenewalRequestFormData.AuthorizedPerson person(RenewalCase renewal) {
    return renewal.authorizedPerson().map(p -> new RenewalRequestFormData.AuthorizedPerson(
        p.getIdType().name(), p.getIdNumber(), p.getNames(), p.getSurnames())).orElse(null);
  }

  /** ECON-084 pre-filled: "Sin Renovar" when not collected (1), else renewal activation (2). */
  @Component
  static class Econ084 implements DocumentSource {

    private final RenewalService renewals;
    private final BankUserRepository users;
    private final Econ084FormPdf pdf;
    private final Clock clock;
    private final AfterExpirySettings settings;

    Econ084(RenewalService renewals, BankUserRepository users, Econ084FormPdf pdf, Clock clock,
        AfterExpirySettings settings) {
      this.settings = settings;
      this.renewals = renewals;
      this.users = users;
      this.pdf = pdf;
      this.clock = clock;
    }

    @Override
    public DocumentType type() {
      return DocumentType.ECON_084;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] render(String confirmationNumber, FormIssue issue) {
      RenewalCase renewal = renewals.get(confirmationNumber);
      var company = renewal.getCompany();
      BankUser holder = renewal.holder();
      // "Datos del Administrador Actual": the company's admin (the holder when none is registered).
      BankUser admin = users.findByCompanyOrderBySurnamesAscNamesAsc(company).stream()
          .filter(BankUser::isAdmin).findFirst().orElse(holder);
      boolean collected = renewal.newDevice().isPresent();
      var office = renewal.getBranchOffice();
      return pdf.build(new Econ084FormData(
          collected ? Econ084FormData.Section.RENEWAL_ACTIVATION
              : Econ084FormData.Section.UNASSIGN_WITHOUT_RENEWAL,
          renewal.getConfirmationNumber(), BankTime.local(clock.instant()),
          office.getCode(), office.getName(), office.getCity(),
          company.getName(), company.getNit(), company.getEmail(),
          admin.fullName(), admin.getIdType().name(), admin.getIdNumber(), admin.getEmail(),
          admin.getMobile(), person(renewal),
          holder.fullName(), holder.getIdType().name(), holder.getIdNumber(),
          renewal.getDevice().getSerial(), BankTime.local(renewal.getDevice().getExpiresAt()),
          renewal.newDevice().map(Device::getSerial).orElse(null),
          company.getLegalRepresentativeNames(), company.getLegalRepresentativeIdType().name(),
          company.getLegalRepresentativeIdNumber(),
          SpanishDurations.of(settings.getBackOfficeSla()),
          SpanishDurations.of(settings.getLoginWait())), issue);
    }
  }

  /** R-S3: the form the admin prints after unassigning the operator's device in the portal. */
  @Component
  static class Unassignment implements DocumentSource {

    private final RenewalService renewals;
    private final UnassignmentFormPdf pdf;
    private final AfterExpirySettings settings;

    Unassignment(RenewalService renewals, UnassignmentFormPdf pdf, AfterExpirySettings settings) {
      this.settings = settings;
      this.renewals = renewals;
      this.pdf = pdf;
    }

    @Override
    public DocumentType type() {
      return DocumentType.UNASSIGNMENT_FORM;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] render(String confirmationNumber, FormIssue issue) {
      RenewalCase renewal = renewals.get(confirmationNumber);
      var company = renewal.getCompany();
      BankUser admin = renewal.requestedBy().orElseThrow();
      BankUser operator = renewal.holder();
      var office = renewal.getBranchOffice();
      return pdf.build(new UnassignmentFormData(renewal.getConfirmationNumber(),
          BankTime.local(renewal.getUnassignedAt()), company.getName(), company.getNit(),
          admin.fullName(), admin.getIdType().name(), admin.getIdNumber(),
          operator.fullName(), operator.getIdType().name(), operator.getIdNumber(),
          renewal.getDevice().getSerial(), BankTime.local(renewal.getDevice().getExpiresAt()),
          person(renewal), office.getCode(), office.getName(), office.getCity(),
          company.getLegalRepresentativeNames(), company.getLegalRepresentativeIdType().name(),
          company.getLegalRepresentativeIdNumber(),
          SpanishDurations.of(settings.getLoginWait())), issue);
    }
  }
}
