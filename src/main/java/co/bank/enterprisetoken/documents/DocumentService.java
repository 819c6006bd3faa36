package co.bank.enterprisetoken.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates each document of a case once and serves the stored copy afterwards. */
@Service
@Transactional
public class DocumentService {

  private final StoredDocumentRepository documents;
  private final Map<DocumentType, DocumentSource> sources = new EnumMap<>(DocumentType.class);
  private final Clock clock;

  public DocumentService(StoredDocumentRepository documents, List<DocumentSource> sources,
      Clock clock) {
    this.documents = documents;
    this.clock = clock;
    sources.forEach(s -> this.sources.put(s.type(), s));
  }

  /**
   * The stored document, generated now if it is not there yet (idempotent). A new document gets a
   * fresh verification code and the next version of its paper form; the case's earlier versions
   * of that form are superseded in the same transaction, so their codes stop being accepted.
   */
  public StoredDocument generate(DocumentType type, String businessKey) {
    return documents.findByBusinessKeyAndType(businessKey, type).orElseGet(() -> {
      DocumentSource source = sources.get(type);
      if (source == null) {
        throw new IllegalStateException("No builder for document type " + type);
      }
      List<StoredDocument> earlier = documents.findByBusinessKeyOrderByIdAsc(businessKey).stream()
          .filter(d -> d.getType().form() == type.form()).toList();
      FormIssue issue = new FormIssue(VerificationCode.next(), earlier.size() + 1);
      byte[] pdf = source.render(businessKey, issue);
      Instant now = clock.instant();
      earlier.forEach(d -> d.supersede(now));
      return documents.save(new StoredDocument(businessKey, type, issue, pdf, sha256(pdf), now));
    });
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
