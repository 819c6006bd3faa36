package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.IdType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The person the admin authorized to collect the token at the branch (R-B3). */
@Embeddable
public class AuthorizedPerson {

  @Enumerated(EnumType.STRING)
  @Column(name = "authorized_id_type")
  private IdType idType;

  @Column(name = "authorized_id_number")
  private String idNumber;

  @Column(name = "authorized_names")
  private String names;

  @Column(name = "authorized_surnames")
  private String surnames;

  protected AuthorizedPerson() {}

  public AuthorizedPerson(IdType idType, String idNumber, String names, String surnames) {
    this.idType = idType;
    this.idNumber = idNumber;
    this.names = names;
    this.surnames = surnames;
  }

  public String fullName() {
    return names + " " + surnames;
  }

  public boolean hasIdentity(IdType type, String number) {
    return idType == type && idNumber.equals(number);
  }

  public IdType getIdType() { return idType; }
  public String getIdNumber() { return idNumber; }
  public String getNames() { return names; }
  public String getSurnames() { return surnames; }
}
