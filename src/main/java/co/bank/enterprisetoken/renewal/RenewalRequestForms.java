package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.documents.DocumentSource;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.documents.FormIssue;
import co.bank.enterprisetoken.documents.RenewalRequestFormData;
import co.bank.enterprisetoken.documents.RenewalRequestFormPdf;
import co.bank.enterprisetoken.registry.BankUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Solicitud Token y Autorización de Entrega" of a renewal case: R-B6 when requested before
 * expiry, R-S1b issued again after the unassignment (dated then).
 */
@Component
class RenewalRequestForms implements DocumentSource {

  private final RenewalService renewals;
  private final RenewalRequestFormPdf pdf;

  RenewalRequestForms(RenewalService renewals, RenewalRequestFormPdf pdf) {
    this.renewals = renewals;
    this.pdf = pdf;
  }

  @Override
  public DocumentType type() {
    return DocumentType.RENEWAL_REQUEST_FORM;
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] render(String confirmationNumber, FormIssue issue) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    return pdf.build(data(renewal, renewal.getRequestedAt()), issue);
  }

  static RenewalRequestFormData data(RenewalCase renewal, java.time.Instant issuedAt) {
    BankUser holder = renewal.holder();
    var company = renewal.getCompany();
    var office = renewal.getBranchOffice();
    return new RenewalRequestFormData(
        renewal.getConfirmationNumber(),
        BankTime.local(issuedAt),
        company.getName(), company.getNit(), company.getEmail(),
        company.getLegalRepresentativeNames(),
        renewal.requestedBy().map(BankUser::fullName)
            .orElse(company.getLegalRepresentativeNames() + " (representante legal)"),
        holder.fullName(), holder.getIdType().name(), holder.getIdNumber(),
        holder.getProfile().name(),
        renewal.getDevice().getSerial(), BankTime.local(renewal.getDevice().getExpiresAt()),
        renewal.authorizedPerson().map(p -> new RenewalRequestFormData.AuthorizedPerson(
            p.getIdType().name(), p.getIdNumber(), p.getNames(), p.getSurnames())).orElse(null),
        office.getCode(), office.getName(), office.getCity());
  }
}
