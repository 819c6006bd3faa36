package co.bank.enterprisetoken.documents;

import static co.bank.enterprisetoken.process.TaskVariable.DOCUMENT_TYPE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generates the document named by the input parameter {@code documentType} for the case. */
@Component
public class GenerateDocumentDelegate implements JavaDelegate {

  private final DocumentService documents;

  public GenerateDocumentDelegate(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DocumentType type = DocumentType.valueOf(DOCUMENT_TYPE.localValueIn(execution));
    documents.generate(type, execution.getProcessBusinessKey());
  }
}
