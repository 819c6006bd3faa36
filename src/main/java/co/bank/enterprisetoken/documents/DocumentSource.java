package co.bank.enterprisetoken.documents;

/** Builds one kind of document from the case it belongs to; implemented by the owning capability. */
public interface DocumentSource {

  DocumentType type();

  byte[] render(String businessKey);
}
