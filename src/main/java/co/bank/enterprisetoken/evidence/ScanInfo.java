package co.bank.enterprisetoken.evidence;

import java.time.Instant;

/** A scan without its bytes: what lists show (the content is read only when the scan is opened). */
public record ScanInfo(String id, String businessKey, ScanPurpose purpose, String taskId,
    String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
    String branchOffice, Instant uploadedAt, Instant attachedAt) {

  public boolean pending() {
    return attachedAt == null;
  }
}
