package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.documents.ArchivalPdf;
import co.bank.enterprisetoken.documents.FormIssue;
import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.virtualtoken.VirtualTokenGuidePdf.GuideData;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VirtualTokenGuidePdfTest {

  static final FormIssue ISSUE = new FormIssue("7KD2MXQ9PA", 1);

  private static final GuideData DATA = new GuideData("3F2A9C1B",
      ZonedDateTime.of(2026, 7, 14, 9, 30, 0, 0, ZoneId.of("America/Bogota")),
      "Andrés Pérez Rojas", "Ferretería Núñez S.A.S.", "80123456",
      Instant.parse("2026-07-17T23:00:00Z"));

  @Test
  @DisplayName("R-T8 the guide carries the holder, the download deadline in Colombian time and"
      + " every step and channel of Certicámara's guide, on one page")
  void carriesTheGuide() throws IOException {
    byte[] bytes = VirtualTokenGuidePdf.build(DATA, ISSUE);
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      // Wrapped lines come back with line breaks: join them to match whole URLs and sentences.
      String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1)).replaceAll("\\s*\\n\\s*", " ");

      assertThat(text)
          .contains(VirtualTokenGuidePdf.TITLE, VirtualTokenGuidePdf.FORM_CODE, "3F2A9C1B")
          .contains("Andrés Pérez Rojas", "Ferretería Núñez S.A.S.", "80123456")
          .contains("17/07/2026 18:00 (hora de Colombia)")
          .contains("Página 1 de 1");
      VirtualTokenProcessTest.assertCarriesGuide(text);
    }
  }

  @Test
  @DisplayName("R-T8 the same case gives the same document")
  void deterministic() {
    ArchivalPdf.assertSameDocument(VirtualTokenGuidePdf.build(DATA, ISSUE),
        VirtualTokenGuidePdf.build(DATA, ISSUE));
  }

  @Test
  @DisplayName("R-T8 the guide is PDF/A-2b (veraPDF) with its verification code printed and in"
      + " the QR code")
  void archivalWithVerificationCode() {
    byte[] bytes = VirtualTokenGuidePdf.build(DATA, ISSUE);
    ArchivalPdf.assertArchivalWithCode(bytes, ISSUE, "3F2A9C1B");
  }
}
