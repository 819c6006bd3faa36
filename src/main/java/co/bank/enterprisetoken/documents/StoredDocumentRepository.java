package co.bank.enterprisetoken.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {
  Optional<StoredDocument> findByBusinessKeyAndType(String businessKey, DocumentType type);
}
