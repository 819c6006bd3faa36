package co.bank.enterprisetoken.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A scan of signed paper, kept byte for byte with its SHA-256, who uploaded it and when. Pending
 * (no {@code attachedAt}) until the task or start form that received it is completed.
 */
@Entity
@Table(name = "evidence_scan")
public class EvidenceScan {

  @Id
  private String id;

  @Column(name = "business_key")
  private String businessKey;

  @Enumerated(EnumType.STRING)
  private ScanPurpose purpose;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] content;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  /** The office whose staff uploaded it (null for back office): the only branch that may read it. */
  @Column(name = "branch_office")
  private String branchOffice;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "attached_at")
  private Instant attachedAt;

  protected EvidenceScan() {}

  EvidenceScan(String businessKey, ScanPurpose purpose, String taskId, String fileName,
      ScanContent.Checked checked, byte[] content, String uploadedBy, String branchOffice,
      Instant uploadedAt) {
    this.id = UUID.randomUUID().toString();
    this.businessKey = businessKey;
    this.purpose = purpose;
    this.taskId = taskId;
    this.fileName = fileName;
    this.mediaType = checked.mediaType();
    this.sizeBytes = content.length;
    this.sha256 = checked.sha256();
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.branchOffice = branchOffice;
    this.uploadedAt = uploadedAt;
  }

  void attach(String businessKey, Instant at) {
    this.businessKey = businessKey;
    this.attachedAt = at;
  }

  public String getId() { return id; }
  public String getBusinessKey() { return businessKey; }
  public ScanPurpose getPurpose() { return purpose; }
  public String getTaskId() { return taskId; }
  public String getFileName() { return fileName; }
  public String getMediaType() { return mediaType; }
  public long getSizeBytes() { return sizeBytes; }
  public String getSha256() { return sha256; }
  public byte[] getContent() { return content; }
  public String getUploadedBy() { return uploadedBy; }
  public String getBranchOffice() { return branchOffice; }
  public Instant getUploadedAt() { return uploadedAt; }
  public Instant getAttachedAt() { return attachedAt; }
  public boolean isPending() { return attachedAt == null; }
}
