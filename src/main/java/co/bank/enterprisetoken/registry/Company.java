package co.bank.enterprisetoken.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company with Internet Empresarial; {@code email} is the address registered at the bank. */
@Entity
@Table(name = "company")
public class Company {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nit;
  private String name;
  private String email;

  @Column(name = "legal_rep_names")
  private String legalRepresentativeNames;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_rep_id_type")
  private IdType legalRepresentativeIdType;

  @Column(name = "legal_rep_id_number")
  private String legalRepresentativeIdNumber;

  protected Company() {}

  public Company(String nit, String name, String email, String legalRepresentativeNames,
      IdType legalRepresentativeIdType, String legalRepresentativeIdNumber) {
    this.nit = nit;
    this.name = name;
    this.email = email;
    this.legalRepresentativeNames = legalRepresentativeNames;
    this.legalRepresentativeIdType = legalRepresentativeIdType;
    this.legalRepresentativeIdNumber = legalRepresentativeIdNumber;
  }

  public Long getId() { return id; }
  public String getNit() { return nit; }
  public String getName() { return name; }
  public String getEmail() { return email; }
  public String getLegalRepresentativeNames() { return legalRepresentativeNames; }
  public IdType getLegalRepresentativeIdType() { return legalRepresentativeIdType; }
  public String getLegalRepresentativeIdNumber() { return legalRepresentativeIdNumber; }
}
