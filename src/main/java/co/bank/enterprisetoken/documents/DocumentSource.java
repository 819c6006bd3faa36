package co.bank.enterprisetoken.documents;

/** Builds one kind of document from the case it belongs to; implemented by the owning capability. */
public interface DocumentSource {

  DocumentType type();

  /** The PDF of the case's document, printing {@code issue} (its verification code and version). */
  byte[] render(String businessKey, FormIssue issue);
}
