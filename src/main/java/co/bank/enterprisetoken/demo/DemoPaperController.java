package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.documents.DocumentType.PaperForm;
import co.bank.enterprisetoken.documents.FormVerification;
import co.bank.enterprisetoken.documents.VerificationCode;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: what the printed forms of a case show under "Código de verificación", standing in for
 * the signed paper the client brings to the branch (as {@link DemoTokenController} stands in for
 * the physical token), so a walkthrough script can type the code a clerk would read off the paper.
 * Operators only, like the timer fast-forward ({@link DemoSecurity}).
 */
@RestController
@Profile("demo")
class DemoPaperController {

  /** One current form of the case as printed: which form, its version and its code. */
  record PrintedForm(PaperForm form, int version, String verificationCode) {}

  private final FormVerification forms;

  DemoPaperController(FormVerification forms) {
    this.forms = forms;
  }

  @GetMapping("/demo/cases/{businessKey}/paper-forms")
  @Transactional(readOnly = true)
  List<PrintedForm> paperForms(@PathVariable String businessKey) {
    return Arrays.stream(PaperForm.values())
        .flatMap(form -> forms.current(businessKey, form).stream()
            .filter(doc -> doc.getVerificationCode() != null)
            .map(doc -> new PrintedForm(form, doc.getFormVersion(),
                VerificationCode.display(doc.getVerificationCode()))))
        .toList();
  }
}
