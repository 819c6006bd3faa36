package co.bank.enterprisetoken.evidence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceScanRepository extends JpaRepository<EvidenceScan, String> {

  String INFO = "select new co.bank.enterprisetoken.evidence.ScanInfo(s.id, s.businessKey,"
      + " s.purpose, s.taskId, s.fileName, s.mediaType, s.sizeBytes, s.sha256, s.uploadedBy,"
      + " s.branchOffice, s.uploadedAt, s.attachedAt) from EvidenceScan s ";

  /** The case's evidence, plus what was uploaded for this task and not yet attached. */
  @Query(INFO + "where (s.businessKey = ?1 and s.attachedAt is not null)"
      + " or (s.taskId = ?2 and s.attachedAt is null) order by s.uploadedAt")
  List<ScanInfo> forCaseAndTask(String businessKey, String taskId);

  @Query(INFO + "where s.businessKey = ?1 and s.attachedAt is not null order by s.uploadedAt")
  List<ScanInfo> attachedTo(String businessKey);

  @Query("select count(s) from EvidenceScan s where s.taskId = ?1 and s.attachedAt is null")
  long pendingForTask(String taskId);

  @Query("select count(s) from EvidenceScan s where s.taskId is null and s.uploadedBy = ?1"
      + " and s.attachedAt is null")
  long pendingIntakeOf(String userId);

  @Query(INFO + "where s.taskId is null and s.uploadedBy = ?1 and s.attachedAt is null"
      + " order by s.uploadedAt")
  List<ScanInfo> pendingIntakeList(String userId);

  @Modifying
  @Query("delete from EvidenceScan s where s.attachedAt is null and s.uploadedAt < ?1")
  int deletePendingBefore(Instant before);

  @Modifying
  @Query("delete from EvidenceScan s where s.attachedAt is not null and s.attachedAt < ?1")
  int deleteAttachedBefore(Instant before);
}
