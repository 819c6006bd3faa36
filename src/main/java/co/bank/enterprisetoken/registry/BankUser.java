package co.bank.enterprisetoken.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user of a company's online banking (Internet Empresarial), ADMIN or OPERATOR. */
@Entity
@Table(name = "bank_user")
public class BankUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Enumerated(EnumType.STRING)
  private Profile profile;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type")
  private IdType idType;

  @Column(name = "id_number")
  private String idNumber;

  private String names;
  private String surnames;
  private String email;
  private String mobile;

  protected BankUser() {}

  public BankUser(Company company, Profile profile, IdType idType, String idNumber, String names,
      String surnames, String email, String mobile) {
    this.company = company;
    this.profile = profile;
    this.idType = idType;
    this.idNumber = idNumber;
    this.names = names;
    this.surnames = surnames;
    this.email = email;
    this.mobile = mobile;
  }

  public boolean isAdmin() {
    return profile == Profile.ADMIN;
  }

  public String fullName() {
    return names + " " + surnames;
  }

  public boolean hasIdentity(IdType type, String number) {
    return idType == type && idNumber.equals(number);
  }

  public Long getId() { return id; }
  public Company getCompany() { return company; }
  public Profile getProfile() { return profile; }
  public IdType getIdType() { return idType; }
  public String getIdNumber() { return idNumber; }
  public String getNames() { return names; }
  public String getSurnames() { return surnames; }
  public String getEmail() { return email; }
  public String getMobile() { return mobile; }
}
