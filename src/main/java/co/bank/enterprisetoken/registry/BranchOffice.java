package co.bank.enterprisetoken.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A branch office where tokens are collected; its staff form the group {@code branch-<code>}. */
@Entity
@Table(name = "branch_office")
public class BranchOffice {

  /** Staff of office NNNN form the Camunda group {@code branch-NNNN}. */
  public static final String STAFF_GROUP_PREFIX = "branch-";

  @Id private String code;
  private String name;
  private String city;
  private String mailbox;

  protected BranchOffice() {}

  public BranchOffice(String code, String name, String city, String mailbox) {
    this.code = code;
    this.name = name;
    this.city = city;
    this.mailbox = mailbox;
  }

  /** The Camunda group of this office's staff: candidate group of its visa and delivery tasks. */
  public String staffGroup() {
    return staffGroup(code);
  }

  public static String staffGroup(String code) {
    return STAFF_GROUP_PREFIX + code;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public String getCity() { return city; }
  public String getMailbox() { return mailbox; }
}
