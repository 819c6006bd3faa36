package co.bank.enterprisetoken.documents;

import static co.bank.enterprisetoken.documents.PdfTestSupport.keep;
import static co.bank.enterprisetoken.documents.PdfTestSupport.isTicked;
import static co.bank.enterprisetoken.documents.PdfTestSupport.marks;
import static co.bank.enterprisetoken.documents.PdfTestSupport.oneLine;
import static co.bank.enterprisetoken.documents.PdfTestSupport.read;
import static co.bank.enterprisetoken.documents.PdfTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.documents.Econ084FormData.Section;
import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Econ084FormPdfTest {

  static final FormIssue ISSUE = new FormIssue("7KD2MXQ9PA", 1);

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private final Econ084FormPdf pdf = new Econ084FormPdf();

  @Test
  @DisplayName("R-S1 DESASIGNACIÓN DE TOKEN: only \"Sin Renovar\" is ticked")
  void situation1TicksWithoutRenewal() {
    byte[] bytes = pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, authorizedPerson()), ISSUE);
    PdfTestSupport.keep(bytes, "ECON-084-S1.pdf");

    assertThat(isTicked(bytes, "Sin Renovar")).isTrue();
    assertThat(isTicked(bytes, "Activación Token por Renovación")).isFalse();
    assertThat(isTicked(bytes, "Serial nuevo")).isFalse();
    assertThat(marks(bytes)).isEqualTo(1);
  }

  @Test
  @DisplayName("R-S2 RENOVACIÓN DE TOKEN: \"Activación Token por Renovación\" and \"Serial nuevo\""
      + " ticked, the new serial printed")
  void situation2TicksActivationAndNewSerial() {
    byte[] bytes = pdf.build(data(Section.RENEWAL_ACTIVATION, "4987654321", null), ISSUE);
    PdfTestSupport.keep(bytes, "ECON-084-S2.pdf");

    assertThat(isTicked(bytes, "Activación Token por Renovación")).isTrue();
    assertThat(isTicked(bytes, "Serial nuevo")).isTrue();
    assertThat(isTicked(bytes, "Sin Renovar")).isFalse();
    assertThat(marks(bytes)).isEqualTo(2);
    assertThat(textOf(bytes)).contains("Serial nuevo N.º", "4987654321");
  }

  @Test
  @DisplayName("R-S2 without a known new serial the form leaves a line to write it by hand")
  void situation2UnknownSerial() {
    String text = textOf(pdf.build(data(Section.RENEWAL_ACTIVATION, null, null), ISSUE));

    assertThat(text).contains("Serial nuevo N.º", "______");
  }

  @Test
  @DisplayName("R-S1 a new serial belongs only to the renewal section")
  void newSerialOnlyForRenewal() {
    assertThatThrownBy(() -> data(Section.UNASSIGN_WITHOUT_RENEWAL, "4987654321", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RENEWAL_ACTIVATION");
  }

  @Test
  @DisplayName("R-S1 R-S2 title, code ECON-084, both sections, office and date, with accents")
  void titlesOfficeAndDate() {
    for (Section section : Section.values()) {
      String text = textOf(pdf.build(data(section, null, null), ISSUE));

      assertThat(text)
          .contains("MODIFICACIÓN CLAVES TOKEN / INTERNET EMPRESARIAL ADMINISTRADOR")
          .contains("Código de formato", "ECON-084")
          .contains("ECO-2025-000456")
          .contains("DESASIGNACIÓN DE TOKEN", "RENOVACIÓN DE TOKEN")
          .contains("OFICINA Y FECHA", "0456 — Usaquén", "Bogotá D.C.", "05/08/2025");
    }
  }

  @Test
  @DisplayName("R-S1 company data and current admin data")
  void companyAndAdmin() {
    String text = textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, null), ISSUE));

    assertThat(text)
        .contains("DATOS DE LA EMPRESA")
        .contains("Razón social", "Compañía Andina de Café Ñuñoa S.A.S.")
        .contains("NIT", "860012345-1")
        .contains("Correo registrado", "gerencia@cafenunoa.com.co")
        .contains("DATOS DEL ADMINISTRADOR ACTUAL")
        .contains("Nombres y apellidos", "Sofía Beltrán Ocampo")
        .contains("CC 52123456")
        .contains("sofia.beltran@cafenunoa.com.co")
        .contains("Celular", "3105551234");
  }

  @Test
  @DisplayName("R-S1 the person authorized to receive the token, or a sentence saying there is none")
  void authorizedPersonOrNone() {
    String with = textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null,
        authorizedPerson()), ISSUE));
    String without = textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, null), ISSUE));

    assertThat(with)
        .contains("DATOS DEL AUTORIZADO PARA RECIBIR TOKEN")
        .contains("CC 79876543", "Julián Andrés", "Quiñones Pérez")
        .doesNotContain(Econ084FormPdf.NO_AUTHORIZED_PERSON);
    assertThat(without)
        .contains("DATOS DEL AUTORIZADO PARA RECIBIR TOKEN")
        .contains("No se autorizó a otra persona para recibir el token.");
  }

  @Test
  @DisplayName("R-S1 the expired token: holder, id, serial, expiry in Colombian time, and the case")
  void expiredToken() {
    String text = textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, null), ISSUE));

    assertThat(text)
        .contains("TOKEN VENCIDO")
        .contains("Titular", "Sofía Beltrán Ocampo")
        .contains("Serial", "4123000111")
        .contains("Fecha de vencimiento", "31/07/2025 23:59 (hora de Colombia)")
        .contains("Número de confirmación", "ECO-2025-000456");
  }

  @Test
  @DisplayName("R-S1 instructions: legal representative signs, nearest branch, 24 h, form e-mailed")
  void situation1Instructions() {
    String text = oneLine(textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, null), ISSUE)));

    assertThat(text)
        .contains("firmado por el representante legal de la empresa y llevado a la oficina más"
            + " cercana")
        .contains("tiempo estimado de atención de 24 horas")
        .contains("“Solicitud Token y Autorización de Entrega”")
        .contains("correo de la empresa registrado en el Banco y a la oficina")
        .contains("visación de la firma")
        .doesNotContain("claves que venía manejando");
  }

  @Test
  @DisplayName("R-S2 instructions: legal representative signs, log in with the old credentials 24 h"
      + " later")
  void situation2Instructions() {
    String text = oneLine(textOf(pdf.build(data(Section.RENEWAL_ACTIVATION, null, null), ISSUE)));

    assertThat(text)
        .contains("firmado por el representante legal de la empresa y llevado a la oficina más"
            + " cercana")
        .contains("con las claves que venía manejando, 24 horas después de haber entregado este"
            + " formato en la oficina")
        .doesNotContain("tiempo estimado de atención");
  }

  @Test
  @DisplayName("R-S1a signature of the legal representative and the branch reception box")
  void signatureAndReception() {
    String text = textOf(pdf.build(data(Section.UNASSIGN_WITHOUT_RENEWAL, null, null), ISSUE));

    assertThat(text)
        .contains("Firma del representante legal")
        .contains("Ramiro Echeverri Gómez", "CC 19456789")
        .contains("RECIBIDO EN OFICINA — USO EXCLUSIVO DE LA OFICINA")
        .contains("Funcionario", "Firma y sello");
  }

  @Test
  @DisplayName("R-S1 R-S2 one A4 page each, footer with confirmation and page count; deterministic")
  void oneA4Page() throws IOException {
    for (Section section : Section.values()) {
      for (AuthorizedPerson person : new AuthorizedPerson[] {authorizedPerson(), null}) {
        byte[] bytes = pdf.build(data(section,
            section == Section.RENEWAL_ACTIVATION ? "4987654321" : null, person), ISSUE);
        try (PdfDocument document = read(bytes)) {
          assertThat(document.getNumberOfPages()).isEqualTo(1);
          assertThat(document.getPage(1).getPageSize().getWidth())
              .isEqualTo(PageSize.A4.getWidth());
          assertThat(document.getPage(1).getPageSize().getHeight())
              .isEqualTo(PageSize.A4.getHeight());
          assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1)))
              .contains("Confirmación N.º ECO-2025-000456", "Página 1 de 1");
        }
        ArchivalPdf.assertSameDocument(pdf.build(data(section, null, person), ISSUE),
            pdf.build(data(section, null, person), ISSUE));
      }
    }
  }

  @Test
  @DisplayName("R-S2 the same data gives the same document, run after run, also with three fonts in use")
  void deterministicWithItalicNote() {
    Econ084FormData data = data(Section.RENEWAL_ACTIVATION, null, null);
    byte[] first = pdf.build(data, ISSUE);
    for (int run = 0; run < 40; run++) {
      ArchivalPdf.assertSameDocument(pdf.build(data, ISSUE), first);
    }
  }

  @Test
  @DisplayName("the file name of the stored ECON-084")
  void fileName() {
    assertThat(DocumentType.ECON_084.fileName("ECO-2025-000456"))
        .isEqualTo("ECON-084-ECO-2025-000456.pdf");
  }

  @Test
  @DisplayName("R-S1a R-S2 the windows printed are the configured ones (12 horas), never a fixed 24")
  void windowsFromSettings() {
    for (Section section : Section.values()) {
      Econ084FormData d = data(section, null, null);
      Econ084FormData twelve = new Econ084FormData(d.section(), d.confirmationNumber(), d.date(),
          d.officeCode(), d.officeName(), d.officeCity(), d.companyName(), d.companyNit(),
          d.companyEmail(), d.adminNames(), d.adminIdType(), d.adminIdNumber(), d.adminEmail(),
          d.adminMobile(), d.authorizedPerson(), d.holderName(), d.holderIdType(),
          d.holderIdNumber(), d.deviceSerial(), d.deviceExpiresAt(), d.newDeviceSerial(),
          d.legalRepresentativeName(), d.legalRepresentativeIdType(),
          d.legalRepresentativeIdNumber(), "12 horas", "12 horas");
      assertThat(textOf(pdf.build(twelve, ISSUE)).replaceAll("\\s+", " "))
          .contains("12 horas").doesNotContain("24 horas", "24 h");
    }
  }

  private static AuthorizedPerson authorizedPerson() {
    return new AuthorizedPerson("CC", "79876543", "Julián Andrés", "Quiñones Pérez");
  }

  private static Econ084FormData data(Section section, String newSerial, AuthorizedPerson person) {
    return new Econ084FormData(
        section,
        "ECO-2025-000456",
        ZonedDateTime.of(2025, 8, 5, 10, 15, 0, 0, BOGOTA),
        "0456",
        "Usaquén",
        "Bogotá D.C.",
        "Compañía Andina de Café Ñuñoa S.A.S.",
        "860012345-1",
        "gerencia@cafenunoa.com.co",
        "Sofía Beltrán Ocampo",
        "CC",
        "52123456",
        "sofia.beltran@cafenunoa.com.co",
        "3105551234",
        person,
        "Sofía Beltrán Ocampo",
        "CC",
        "52123456",
        "4123000111",
        ZonedDateTime.of(2025, 7, 31, 23, 59, 0, 0, BOGOTA),
        newSerial,
        "Ramiro Echeverri Gómez",
        "CC",
        "19456789",
        "24 horas",
        "24 horas");
  }

  @Test
  @DisplayName("R-S1, R-S2 both sections of ECON-084 are PDF/A-2b (veraPDF) with the verification"
      + " code printed and in the QR code, and a date line by the signature box")
  void archivalWithVerificationCode() {
    for (Section section : Section.values()) {
      byte[] bytes = pdf.build(data(section, null, authorizedPerson()), ISSUE);
      keep(bytes, "econ-084-" + section + "-pdfa.pdf");
      ArchivalPdf.assertArchivalWithCode(bytes, ISSUE, "ECO-2025-000456");
      assertThat(textOf(bytes)).contains("Fecha:");
    }
  }
}
