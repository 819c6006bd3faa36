package co.bank.enterprisetoken.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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

  /** The stored document, generated now if it is not there yet (idempotent). */
  public StoredDocument generate(DocumentType type, String businessKey) {
    return documents.findByBusinessKeyAndType(businessKey, type).orElseGet(() -> {
      DocumentSource source = sources.get(type);
      if (source == null) {
        throw new IllegalStateException("No builder for document type " + type);
      }
      byte[] pdf = source.render(businessKey);
      return documents.save(new StoredDocument(businessKey, type, pdf, sha256(pdf),
          clock.instant()));
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
