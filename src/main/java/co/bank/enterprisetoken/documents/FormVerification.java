package co.bank.enterprisetoken.documents;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.documents.DocumentType.PaperForm;
import co.bank.enterprisetoken.errors.FieldErrors;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a verification code typed at the counter (or typed by a USB QR reader) against the forms
 * the product issued: only the code of the current version of the case's paper form is accepted.
 * The one place where a code is judged, for the branch's visa and for back office's ECON-084 check.
 */
@Service
@Transactional(readOnly = true)
public class FormVerification {

  /** The process variable and form field the clerk fills in. */
  public static final String FIELD = "verificationCode";

  /** How a typed code compares with the case's current form. */
  public enum Verdict {
    /** The code of the current version of the form. */
    VALID,
    /** The case got this form before codes existed: there is nothing to compare with. */
    ISSUED_WITHOUT_CODE,
    /** The product never issued this form for the case (e.g. an ECON-084 the branch brought in). */
    NOT_ISSUED,
    MISSING,
    MALFORMED,
    UNKNOWN,
    OTHER_CASE,
    OTHER_FORM,
    SUPERSEDED
  }

  private final StoredDocumentRepository documents;

  public FormVerification(StoredDocumentRepository documents) {
    this.documents = documents;
  }

  /** The case's current version of {@code form}, if the product issued one. */
  public Optional<StoredDocument> current(String businessKey, PaperForm form) {
    return documents.findByBusinessKeyOrderByIdAsc(businessKey).stream()
        .filter(d -> d.getType().form() == form && d.isCurrent())
        .max(Comparator.comparingInt(StoredDocument::getFormVersion));
  }

  public Verdict check(String businessKey, PaperForm form, String typed) {
    Optional<StoredDocument> current = current(businessKey, form);
    if (current.isEmpty()) {
      return Verdict.NOT_ISSUED;
    }
    if (current.get().getVerificationCode() == null) {
      return Verdict.ISSUED_WITHOUT_CODE;
    }
    if (typed == null || typed.isBlank()) {
      return Verdict.MISSING;
    }
    String code = VerificationCode.normalize(typed);
    if (code == null) {
      return Verdict.MALFORMED;
    }
    Optional<StoredDocument> match = documents.findByVerificationCode(code);
    if (match.isEmpty()) {
      return Verdict.UNKNOWN;
    }
    StoredDocument document = match.get();
    if (!document.getBusinessKey().equals(businessKey)) {
      return Verdict.OTHER_CASE;
    }
    if (document.getType().form() != form) {
      return Verdict.OTHER_FORM;
    }
    return document.isCurrent() ? Verdict.VALID : Verdict.SUPERSEDED;
  }

  /**
   * Adds to {@code errors}, under {@link #FIELD}, why {@code typed} is not the code of the case's
   * current {@code form}. {@code mustBeIssued}: whether a case without such a form is refused too
   * (the delivery form always comes from the product; an ECON-084 may come from the branch).
   */
  public void verify(FieldErrors errors, String businessKey, PaperForm form, String typed,
      boolean mustBeIssued) {
    Verdict verdict = check(businessKey, form, typed);
    String message = switch (verdict) {
      case VALID, ISSUED_WITHOUT_CODE -> null;
      case NOT_ISSUED -> mustBeIssued ? "El Banco no ha emitido " + form.spanishName()
          + " de este caso: no hay código con qué compararlo." : null;
      case MISSING -> "Digite o lea con el lector el código de verificación impreso en el"
          + " formato, bajo el código QR.";
      case MALFORMED -> "El código de verificación tiene 10 letras y números (por ejemplo"
          + " 7KD2M-XQ9PA): revise lo digitado.";
      case UNKNOWN -> "El código de verificación no corresponde a ningún formato emitido por el"
          + " Banco: el formato presentado no es válido.";
      case OTHER_CASE -> "El código de verificación es de un formato de otro caso: el formato"
          + " presentado no corresponde a este caso.";
      case OTHER_FORM -> "El código de verificación es de otro formato del caso; aquí se pide "
          + form.spanishName() + ".";
      case SUPERSEDED -> superseded(businessKey, form);
    };
    if (message != null) {
      errors.add(FIELD, message);
    }
  }

  private String superseded(String businessKey, PaperForm form) {
    StoredDocument current = current(businessKey, form).orElseThrow();
    return "El código de verificación es de una versión reemplazada del formato: solo vale la"
        + " versión " + current.getFormVersion() + ", emitida el "
        + BankTime.display(current.getCreatedAt()) + ". Solicite al cliente el formato vigente.";
  }
}
