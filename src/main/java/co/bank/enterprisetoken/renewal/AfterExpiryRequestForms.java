package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.documents.DocumentSource;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.documents.FormIssue;
import co.bank.enterprisetoken.documents.RenewalRequestFormPdf;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-S1b: the delivery form issued after the unassignment, for the company and the branch. */
@Component
class AfterExpiryRequestForms implements DocumentSource {

  private final RenewalService renewals;
  private final RenewalRequestFormPdf pdf;

  AfterExpiryRequestForms(RenewalService renewals, RenewalRequestFormPdf pdf) {
    this.renewals = renewals;
    this.pdf = pdf;
  }

  @Override
  public DocumentType type() {
    return DocumentType.AFTER_EXPIRY_REQUEST_FORM;
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] render(String confirmationNumber, FormIssue issue) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    return pdf.build(RenewalRequestForms.data(renewal, renewal.getUnassignedAt()), issue);
  }
}
