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

class RenewalRequestFormPdfTest {

  static final FormIssue ISSUE = new FormIssue("7KD2MXQ9PA", 1);

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private final RenewalRequestFormPdf pdf = new RenewalRequestFormPdf();

  @Test
  @DisplayName("R-B6 the form carries title, confirmation number, company, holder, token and office")
  void showsTheRequest() {
    byte[] bytes = pdf.build(data(authorizedPerson()), ISSUE);
    PdfTestSupport.keep(bytes, "Solicitud-Token.pdf");
    String text = textOf(bytes);

    assertThat(text)
        .contains("SOLICITUD TOKEN Y AUTORIZACIÓN DE ENTREGA")
        .contains("REN-2025-000123")
        .contains("Fecha (hora de Colombia)", "14/07/2025 09:30")
        .contains("Ferretería Núñez S.A.S.")
        .contains("900123456-8")
        .contains("tesoreria@ferreterianunez.com.co")
        .contains("María José Peña Ibáñez")
        .contains("Solicitado por", "Andrés Gómez Rincón")
        .contains("Camilo Ángel Suárez")
        .contains("CC 1020304050")
        .contains("4123456789")
        .contains("OFICINA DE ENTREGA", "0123", "Chapinero", "Bogotá D.C.");
  }

  @Test
  @DisplayName("R-B6 the expiry date is printed in Colombian time, whatever zone it comes in")
  void expiryInBogotaTime() {
    ZonedDateTime expiryUtc = ZonedDateTime.of(2025, 8, 1, 4, 59, 0, 0, ZoneId.of("UTC"));
    RenewalRequestFormData data = data(null);
    RenewalRequestFormData utc = new RenewalRequestFormData(data.confirmationNumber(),
        data.requestedAt(), data.companyName(), data.companyNit(), data.companyEmail(),
        data.legalRepresentativeName(), data.requestedByName(), data.holderName(),
        data.holderIdType(), data.holderIdNumber(), data.holderProfile(), data.deviceSerial(),
        expiryUtc, null, data.branchOfficeCode(), data.branchOfficeName(), data.branchOfficeCity());

    assertThat(textOf(pdf.build(utc, ISSUE))).contains("31/07/2025 23:59 (hora de Colombia)");
  }

  @Test
  @DisplayName("R-B3 the authorized person's id and names are on the form")
  void authorizedPersonPrinted() {
    String text = textOf(pdf.build(data(authorizedPerson()), ISSUE));

    assertThat(text)
        .contains("PERSONA AUTORIZADA PARA RECLAMAR EL TOKEN")
        .contains("CE 987654")
        .contains("Luz Ángela")
        .contains("Muñoz Castaño")
        .doesNotContain("No se autorizó");
  }

  @Test
  @DisplayName("R-B3 without an authorized person the form says the holder collects the token")
  void noAuthorizedPerson() {
    String text = textOf(pdf.build(data(null), ISSUE));

    assertThat(text)
        .contains("PERSONA AUTORIZADA PARA RECLAMAR EL TOKEN")
        .contains("No se autorizó a otra persona: el token lo reclama el titular.");
  }

  @Test
  @DisplayName("R-B6 R-B5 instructions from the seed: who signs, ORIGINAL id, current token keeps working")
  void instructions() {
    String text = oneLine(textOf(pdf.build(data(null), ISSUE)));

    assertThat(text)
        .contains("firmado por el representante legal de la empresa o por el administrador del portal")
        .contains("ORIGINAL de su documento de identificación")
        .contains("NO inactiva el token actual")
        .contains("administrador conjuntamente con el titular");
  }

  @Test
  @DisplayName("R-B6 R-B7 signature boxes of the signer and of whoever receives the token")
  void signatureBoxes() {
    String text = textOf(pdf.build(data(authorizedPerson()), ISSUE));

    assertThat(text)
        .contains("Firma del representante legal o administrador del portal")
        .contains("Firma de quien recibe el token");
  }

  @Test
  @DisplayName("R-S1c visa box for the branch: result, official, date, evidence reference, signature")
  void branchVisaBox() {
    String text = textOf(pdf.build(data(authorizedPerson()), ISSUE));

    assertThat(text)
        .contains("VISADO DE FIRMA — USO EXCLUSIVO DE LA OFICINA")
        .contains("Resultado", "Conforme", "No conforme")
        .contains("Funcionario", "Referencia de evidencia", "Firma y sello");
  }

  @Test
  @DisplayName("R-B6 one A4 portrait page, with the confirmation number and page count in the footer")
  void oneA4Page() throws IOException {
    for (AuthorizedPerson person : new AuthorizedPerson[] {authorizedPerson(), null}) {
      try (PdfDocument document = read(pdf.build(data(person), ISSUE))) {
        assertThat(document.getNumberOfPages()).isEqualTo(1);
        assertThat(document.getDefaultPageSize()).isEqualTo(PageSize.A4);
        assertThat(document.getPage(1).getPageSize().getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(document.getPage(1).getPageSize().getHeight()).isEqualTo(PageSize.A4.getHeight());
        assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1)))
            .contains("Confirmación N.º REN-2025-000123", "Página 1 de 1");
      }
    }
  }

  @Test
  @DisplayName("R-B6 the same data gives the same document")
  void deterministic() {
    ArchivalPdf.assertSameDocument(pdf.build(data(authorizedPerson()), ISSUE),
        pdf.build(data(authorizedPerson()), ISSUE));
  }

  @Test
  @DisplayName("the holder profile is shown in Spanish, with the mark in the box before its caption")
  void profileInSpanish() {
    assertThat(textOf(pdf.build(data(null), ISSUE))).contains("Perfil Administrador Operador");
    assertMarkBefore(pdf.build(withProfile("OPERATOR"), ISSUE), "Operador");
    assertMarkBefore(pdf.build(withProfile("ADMIN"), ISSUE), "Administrador");
    assertThatThrownBy(() -> withProfile("SUPERVISOR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertMarkBefore(byte[] bytes, String caption) {
    assertThat(isTicked(bytes, caption)).isTrue();
    assertThat(marks(bytes)).isEqualTo(1);
  }

  private static RenewalRequestFormData withProfile(String profile) {
    RenewalRequestFormData d = data(null);
    return new RenewalRequestFormData(d.confirmationNumber(), d.requestedAt(), d.companyName(),
        d.companyNit(), d.companyEmail(), d.legalRepresentativeName(), d.requestedByName(),
        d.holderName(), d.holderIdType(), d.holderIdNumber(), profile, d.deviceSerial(),
        d.deviceExpiresAt(), null, d.branchOfficeCode(), d.branchOfficeName(),
        d.branchOfficeCity());
  }

  private static AuthorizedPerson authorizedPerson() {
    return new AuthorizedPerson("CE", "987654", "Luz Ángela", "Muñoz Castaño");
  }

  private static RenewalRequestFormData data(AuthorizedPerson authorizedPerson) {
    return new RenewalRequestFormData(
        "REN-2025-000123",
        ZonedDateTime.of(2025, 7, 14, 9, 30, 0, 0, BOGOTA),
        "Ferretería Núñez S.A.S.",
        "900123456-8",
        "tesoreria@ferreterianunez.com.co",
        "María José Peña Ibáñez",
        "Andrés Gómez Rincón",
        "Camilo Ángel Suárez",
        "CC",
        "1020304050",
        "OPERATOR",
        "4123456789",
        ZonedDateTime.of(2025, 7, 31, 23, 59, 0, 0, BOGOTA),
        authorizedPerson,
        "0123",
        "Chapinero",
        "Bogotá D.C.");
  }

  @Test
  @DisplayName("R-S1c the form is PDF/A-2b (veraPDF) with its verification code printed and in the"
      + " QR code, and a date line by each signature box")
  void archivalWithVerificationCode() {
    FormIssue second = new FormIssue("M4Q8Z0TRW2", 2);
    byte[] bytes = pdf.build(data(authorizedPerson()), second);
    keep(bytes, "solicitud-token-pdfa.pdf");
    ArchivalPdf.assertArchivalWithCode(bytes, second, "REN-2025-000123");
    assertThat(textOf(bytes)).contains("Versión 2 del formato");
    assertThat(textOf(bytes).split("Fecha:", -1)).hasSize(3);
  }
}
