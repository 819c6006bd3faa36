package co.bank.enterprisetoken.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {
  Optional<StoredDocument> findByBusinessKeyAndType(String businessKey, DocumentType type);

  /** Every document of a case, oldest first. */
  List<StoredDocument> findByBusinessKeyOrderByIdAsc(String businessKey);

  Optional<StoredDocument> findByVerificationCode(String verificationCode);
}
