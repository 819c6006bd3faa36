package co.bank.enterprisetoken.support;

import co.bank.enterprisetoken.evidence.EvidenceScanService;
import co.bank.enterprisetoken.evidence.Viewer;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Real scans made in the test (a PDF written by iText, images by ImageIO): no binaries committed. */
public final class TestScans {

  private TestScans() {}

  /** A PDF of {@code pages} pages, padded with text to about {@code approxBytes} if larger. */
  public static byte[] pdf(int pages, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
      for (int i = 1; i <= pages; i++) {
        if (i > 1) {
          document.add(new com.itextpdf.layout.element.AreaBreak());
        }
        document.add(new Paragraph(text + " — página " + i));
      }
    }
    return out.toByteArray();
  }

  public static byte[] pdf() {
    return pdf(1, "Solicitud Token y Autorización de Entrega firmada");
  }

  public static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.drawString("Firma del representante legal", 20, height / 2);
    g.drawLine(20, height / 2 + 10, width - 20, height / 2 + 10);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Uploads a one-page PDF to the task as a member of {@code group}; returns its id. */
  public static String uploadFor(EvidenceScanService scans, String taskId, String user,
      String group) {
    return scans.uploadForTask(new Viewer(user, List.of(group)), taskId, "formato-firmado.pdf",
        pdf()).id();
  }

  public static String uploadForIntake(EvidenceScanService scans, String user, String group) {
    return scans.uploadForIntake(new Viewer(user, List.of(group)), "econ-084.pdf", pdf()).id();
  }
}
