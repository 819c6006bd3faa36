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

  protected StoredDocument() {}

  StoredDocument(String businessKey, DocumentType type, byte[] content, String sha256,
      Instant createdAt) {
    this.businessKey = businessKey;
    this.type = type;
    this.fileName = type.fileName(businessKey);
    this.content = content;
    this.sha256 = sha256;
    this.createdAt = createdAt;
  }

  public String getBusinessKey() { return businessKey; }
  public DocumentType getType() { return type; }
  public String getFileName() { return fileName; }
  public byte[] getContent() { return content; }
  public String getSha256() { return sha256; }
  public Instant getCreatedAt() { return createdAt; }
}
