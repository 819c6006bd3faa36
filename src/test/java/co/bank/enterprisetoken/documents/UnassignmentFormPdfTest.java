package co.bank.enterprisetoken.documents;

import static co.bank.enterprisetoken.documents.PdfTestSupport.keep;
import static co.bank.enterprisetoken.documents.PdfTestSupport.isTicked;
import static co.bank.enterprisetoken.documents.PdfTestSupport.marks;
import static co.bank.enterprisetoken.documents.PdfTestSupport.oneLine;
import static co.bank.enterprisetoken.documents.PdfTestSupport.read;
import static co.bank.enterprisetoken.documents.PdfTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnassignmentFormPdfTest {

  static final FormIssue ISSUE = new FormIssue("7KD2MXQ9PA", 1);

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private final UnassignmentFormPdf pdf = new UnassignmentFormPdf();

  @Test
  @DisplayName("R-S3 title, made-up code TE-DES-01, confirmation number and date of the unassignment")
  void header() {
    byte[] bytes = pdf.build(data(ZonedDateTime.of(2025, 8, 6, 16, 40, 0, 0, BOGOTA)), ISSUE);
    PdfTestSupport.keep(bytes, "Desasignacion-Dispositivo-S3.pdf");

    assertThat(textOf(bytes))
        .contains("DESASIGNACIÓN DE DISPOSITIVO — TOKEN EMPRESARIAL")
        .contains("Código de formato", "TE-DES-01")
        .contains("DES-2025-000789")
        .contains("Fecha (hora de Colombia)", "06/08/2025 16:40");
  }

  @Test
  @DisplayName("R-S3 the date is printed in Colombian time, whatever zone it comes in")
  void dateInBogotaTime() {
    String text = textOf(pdf.build(data(ZonedDateTime.of(2025, 8, 7, 2, 5, 0, 0,
        ZoneId.of("UTC"))), ISSUE));

    assertThat(text).contains("06/08/2025 21:05");
  }

  @Test
  @DisplayName("R-S3 company, the admin who unassigned, the operator and the unassigned device")
  void companyAdminOperatorDevice() {
    String text = textOf(pdf.build(data(unassignedAt()), ISSUE));

    assertThat(text)
        .contains("Razón social", "Compañía Andina de Café Ñuñoa S.A.S.", "NIT", "860012345-1")
        .contains("DESASIGNADO POR (USUARIO ADMINISTRADOR)")
        .contains("Sofía Beltrán Ocampo", "CC 52123456")
        .contains("USUARIO OPERADOR Y DISPOSITIVO DESASIGNADO")
        .contains("Héctor Iván Zúñiga", "CE 456789")
        .contains("Serial del token", "4123000222")
        .contains("Fecha de vencimiento", "31/07/2025 23:59 (hora de Colombia)");
  }

  @Test
  @DisplayName("R-S3 the reason \"Pérdida, falla o Robo\" is ticked")
  void reason() {
    byte[] bytes = pdf.build(data(unassignedAt()), ISSUE);

    assertThat(textOf(bytes)).contains("Motivo", "Pérdida, falla o Robo");
    assertThat(isTicked(bytes, "Pérdida, falla o Robo")).isTrue();
    assertThat(marks(bytes)).isEqualTo(1);
  }

  @Test
  @DisplayName("R-S3 the person who will collect the new token and the office where")
  void collectorAndOffice() {
    String text = textOf(pdf.build(data(unassignedAt()), ISSUE));

    assertThat(text)
        .contains("PERSONA QUE RECLAMARÁ EL NUEVO TOKEN")
        .contains("CC 1032456789", "Valentina", "Ríos Agudelo")
        .contains("OFICINA DONDE SE RECLAMA EL TOKEN", "0789 — Envigado", "Envigado");
    assertThatThrownBy(() -> withCollector(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("collector");
  }

  @Test
  @DisplayName("R-S3 instructions: legal representative signs, collect at once, no 24 h wait, visa")
  void instructions() {
    String text = oneLine(textOf(pdf.build(data(unassignedAt()), ISSUE)));

    assertThat(text)
        .contains("firmado por el representante legal de la empresa")
        .contains("puede acercarse de inmediato a la oficina indicada: no es necesario esperar 24"
            + " horas")
        .contains("ORIGINAL de su documento de identificación")
        .contains("visación de la firma del representante legal");
  }

  @Test
  @DisplayName("R-S3 R-S1c signature of the legal representative and the branch visa box")
  void signatureAndVisa() {
    String text = textOf(pdf.build(data(unassignedAt()), ISSUE));

    assertThat(text)
        .contains("Firma del representante legal", "Ramiro Echeverri Gómez", "CC 19456789")
        .contains("VISADO DE FIRMA — USO EXCLUSIVO DE LA OFICINA")
        .contains("Resultado", "Conforme", "No conforme")
        .contains("Funcionario", "Referencia de evidencia", "Firma y sello");
  }

  @Test
  @DisplayName("R-S3 one A4 page, footer with confirmation and page count; deterministic")
  void oneA4Page() throws IOException {
    byte[] bytes = pdf.build(data(unassignedAt()), ISSUE);
    try (PdfDocument document = read(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(1).getPageSize().getWidth()).isEqualTo(PageSize.A4.getWidth());
      assertThat(document.getPage(1).getPageSize().getHeight())
          .isEqualTo(PageSize.A4.getHeight());
      assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1)))
          .contains("Confirmación N.º DES-2025-000789", "Página 1 de 1");
    }
    ArchivalPdf.assertSameDocument(pdf.build(data(unassignedAt()), ISSUE), bytes);
  }

  @Test
  @DisplayName("R-S3 the file name of the stored unassignment form")
  void fileName() {
    assertThat(DocumentType.UNASSIGNMENT_FORM.fileName("DES-2025-000789"))
        .isEqualTo("Desasignacion-Dispositivo-DES-2025-000789.pdf");
  }

  private static ZonedDateTime unassignedAt() {
    return ZonedDateTime.of(2025, 8, 6, 16, 40, 0, 0, BOGOTA);
  }

  @Test
  @DisplayName("R-S3 the wait this path skips is the configured one (12 horas), never a fixed 24")
  void waitFromSettings() {
    UnassignmentFormData d = data(unassignedAt());
    UnassignmentFormData twelve = new UnassignmentFormData(d.confirmationNumber(), d.unassignedAt(),
        d.companyName(), d.companyNit(), d.adminName(), d.adminIdType(), d.adminIdNumber(),
        d.operatorName(), d.operatorIdType(), d.operatorIdNumber(), d.deviceSerial(),
        d.deviceExpiresAt(), d.collector(), d.officeCode(), d.officeName(), d.officeCity(),
        d.legalRepresentativeName(), d.legalRepresentativeIdType(),
        d.legalRepresentativeIdNumber(), "12 horas");
    assertThat(textOf(pdf.build(twelve, ISSUE)).replaceAll("\\s+", " "))
        .contains("no es necesario esperar 12 horas").doesNotContain("24 horas");
  }

  private static UnassignmentFormData data(ZonedDateTime unassignedAt) {
    UnassignmentFormData d = withCollector(
        new AuthorizedPerson("CC", "1032456789", "Valentina", "Ríos Agudelo"));
    return new UnassignmentFormData(d.confirmationNumber(), unassignedAt, d.companyName(),
        d.companyNit(), d.adminName(), d.adminIdType(), d.adminIdNumber(), d.operatorName(),
        d.operatorIdType(), d.operatorIdNumber(), d.deviceSerial(), d.deviceExpiresAt(),
        d.collector(), d.officeCode(), d.officeName(), d.officeCity(),
        d.legalRepresentativeName(), d.legalRepresentativeIdType(),
        d.legalRepresentativeIdNumber(), d.loginWait());
  }

  private static UnassignmentFormData withCollector(AuthorizedPerson collector) {
    return new UnassignmentFormData(
        "DES-2025-000789",
        unassignedAt(),
        "Compañía Andina de Café Ñuñoa S.A.S.",
        "860012345-1",
        "Sofía Beltrán Ocampo",
        "CC",
        "52123456",
        "Héctor Iván Zúñiga",
        "CE",
        "456789",
        "4123000222",
        ZonedDateTime.of(2025, 7, 31, 23, 59, 0, 0, BOGOTA),
        collector,
        "0789",
        "Envigado",
        "Envigado",
        "Ramiro Echeverri Gómez",
        "CC",
        "19456789",
        "24 horas");
  }

  @Test
  @DisplayName("R-S3 the unassignment form is PDF/A-2b (veraPDF) with its verification code"
      + " printed and in the QR code, and a date line by the signature box")
  void archivalWithVerificationCode() {
    byte[] bytes = pdf.build(data(unassignedAt()), ISSUE);
    keep(bytes, "desasignacion-pdfa.pdf");
    ArchivalPdf.assertArchivalWithCode(bytes, ISSUE, "DES-2025-000789");
    assertThat(textOf(bytes)).contains("Fecha:");
  }
}
