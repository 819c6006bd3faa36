package co.bank.enterprisetoken.bench;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;

/** Scans of a signed form for the harness, written by iText (the bench has no test classes). */
final class ScanFiles {

  private ScanFiles() {}

  static byte[] pdf(int pages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
      for (int i = 1; i <= pages; i++) {
        if (i > 1) {
          document.add(new AreaBreak());
        }
        document.add(new Paragraph("Formato firmado, página " + i));
      }
    }
    return out.toByteArray();
  }
}
