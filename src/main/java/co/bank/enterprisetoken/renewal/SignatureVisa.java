package co.bank.enterprisetoken.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evidence of the branch's visa of the signature on the signed form (R-S1c): who, when, result. */
@Entity
@Table(name = "signature_visa")
public class SignatureVisa {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "branch_office_code")
  private String branchOfficeCode;

  @Column(name = "visa_by")
  private String visaBy;

  @Column(name = "visa_at")
  private Instant visaAt;

  private boolean approved;

  @Column(name = "evidence_reference")
  private String evidenceReference;

  private String observations;

  protected SignatureVisa() {}

  SignatureVisa(RenewalCase renewal, String visaBy, Instant visaAt, boolean approved,
      String evidenceReference, String observations) {
    this.caseId = renewal.getId();
    this.branchOfficeCode = renewal.getBranchOffice().getCode();
    this.visaBy = visaBy;
    this.visaAt = visaAt;
    this.approved = approved;
    this.evidenceReference = evidenceReference;
    this.observations = observations;
  }

  public String getBranchOfficeCode() { return branchOfficeCode; }
  public String getVisaBy() { return visaBy; }
  public Instant getVisaAt() { return visaAt; }
  public boolean isApproved() { return approved; }
  public String getEvidenceReference() { return evidenceReference; }
  public String getObservations() { return observations; }
}
