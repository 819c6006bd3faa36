package co.bank.enterprisetoken.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A generated PDF, kept so the e-mail, the portal's "Imprimir formato" and audits see one file. */
@Entity
@Table(name = "document")
public class StoredDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key")
  private String businessKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type")
  private DocumentType type;

  @Column(name = "file_name")
  private String fileName;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] content;

  private String sha256;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Normalized (see {@link VerificationCode}); null only for forms issued before codes existed. */
  @Column(name = "verification_code")
  private String verificationCode;

  @Column(name = "form_version")
  private int formVersion;

  /** When a later version of the same paper form was issued for the case; null while current. */
  @Column(name = "superseded_at")
  private Instant supersededAt;

  protected StoredDocument() {}

  StoredDocument(String businessKey, DocumentType type, FormIssue issue, byte[] content,
      String sha256, Instant createdAt) {
    this.businessKey = businessKey;
    this.type = type;
    this.fileName = type.fileName(businessKey);
    this.verificationCode = issue.verificationCode();
    this.formVersion = issue.version();
    this.content = content;
    this.sha256 = sha256;
    this.createdAt = createdAt;
  }

  void supersede(Instant at) {
    if (supersededAt == null) {
      supersededAt = at;
    }
  }

  public String getBusinessKey() { return businessKey; }
  public DocumentType getType() { return type; }
  public String getFileName() { return fileName; }
  public byte[] getContent() { return content; }
  public String getSha256() { return sha256; }
  public Instant getCreatedAt() { return createdAt; }
  public String getVerificationCode() { return verificationCode; }
  public int getFormVersion() { return formVersion; }
  public Instant getSupersededAt() { return supersededAt; }
  public boolean isCurrent() { return supersededAt == null; }
}
