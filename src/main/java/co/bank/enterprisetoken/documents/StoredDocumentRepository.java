package co.bank.enterprisetoken.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {
  Optional<StoredDocument> findByBusinessKeyAndType(String businessKey, DocumentType type);

  /** Every document of a case, oldest first. */
  List<StoredDocument> findByBusinessKeyOrderByIdAsc(String businessKey);

  Optional<StoredDocument> findByVerificationCode(String verificationCode);

  @Modifying
  @Query("DELETE FROM StoredDocument d WHERE d.createdAt < :cutoff")
  int deleteIssuedBefore(@Param("cutoff") Instant cutoff);
}
