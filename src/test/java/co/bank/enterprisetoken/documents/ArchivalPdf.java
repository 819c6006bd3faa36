package co.bank.enterprisetoken.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What an archive and a branch see of a generated form: veraPDF's PDF/A-2b verdict, its XMP and
 * language, the verification code as printed text and as the QR code a reader decodes.
 */
public final class ArchivalPdf {

  private static final Pattern PRINTED_CODE =
      Pattern.compile("Código de verificación\\s+(?:[^\\n]*\\n)?[^0-9A-Z]*([0-9A-Z]{5}-[0-9A-Z]{5})");

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private ArchivalPdf() {}

  /** Fails naming every rule veraPDF finds broken (clause, test number, description). */
  public static void assertPdfA2b(byte[] pdf) {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance()
            .createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
              + a.getMessage())
          .distinct().collect(Collectors.joining("\n"));
      assertThat(failures).as("veraPDF, PDF/A-2b").isEmpty();
      assertThat(result.isCompliant()).as("veraPDF, PDF/A-2b").isTrue();
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      throw new AssertionError("veraPDF could not validate the PDF", e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The code printed after "Código de verificación" on page 1 (header and footer), as printed;
   * fails when the two disagree.
   */
  public static String printedCode(byte[] pdf) {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      String text = PdfTextExtractor.getTextFromPage(document.getPage(1));
      Matcher m = PRINTED_CODE.matcher(text);
      assertThat(m.find()).as("\"Código de verificación\" and a code on page 1").isTrue();
      String code = m.group(1);
      assertThat(text.split(code, -1)).as("the code in the header and the footer").hasSize(3);
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Page 1 rendered as a camera or scanner would see it and searched for a QR code. The detector
   * works on the whole page, where table rules can pass for finder patterns at one resolution
   * (a random code's modules then fail to decode), so it reads at 300, 200 and 150 dpi and takes the
   * first decoded text.
   */
  public static String decodedQr(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      Exception last = null;
      for (int dpi : new int[] {300, 200, 150}) {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
        try {
          return new QRCodeReader().decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | com.google.zxing.FormatException
            | com.google.zxing.ChecksumException e) {
          last = e;
        }
      }
      throw new AssertionError("No readable QR code on page 1", last);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The XMP packet as text, and the catalog's language. */
  public static String xmp(byte[] pdf) {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return new String(document.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String language(byte[] pdf) {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return document.getCatalog().getLang().toUnicodeString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same document: the same pages (content streams), the same XMP and the same embedded font
   * programs. Not the same bytes: iText tags each embedded font subset with six random letters
   * (ABCDEF+LiberationSans), which it does not let a caller choose.
   */
  public static void assertSameDocument(byte[] actual, byte[] expected) {
    assertThat(fingerprint(actual)).isEqualTo(fingerprint(expected));
  }

  private static java.util.List<String> fingerprint(byte[] pdf) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      parts.add(new String(document.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8));
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        var p = document.getPage(page);
        parts.add(java.util.HexFormat.of().formatHex(p.getContentBytes()));
        var fonts = p.getResources().getResource(com.itextpdf.kernel.pdf.PdfName.Font);
        for (var name : new java.util.TreeSet<>(fonts.keySet())) {
          var font = fonts.getAsDictionary(name);
          var descriptor = font.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.FontDescriptor);
          parts.add(name + " " + font.getAsName(com.itextpdf.kernel.pdf.PdfName.BaseFont)
              .getValue().replaceFirst("^[A-Z]{6}\\+", "") + " " + java.util.HexFormat.of()
              .formatHex(descriptor.getAsStream(com.itextpdf.kernel.pdf.PdfName.FontFile2)
                  .getBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** Everything item 1 and 2 ask of a form, in one assertion for each kind of form. */
  public static void assertArchivalWithCode(byte[] pdf, FormIssue issue, String caseNumber) {
    assertPdfA2b(pdf);
    String display = VerificationCode.display(issue.verificationCode());
    assertThat(printedCode(pdf)).isEqualTo(display);
    assertThat(decodedQr(pdf)).isEqualTo(display);
    assertThat(language(pdf)).isEqualTo("es-CO");
    assertThat(xmp(pdf)).contains("pdfaid:part=\"2\"", "pdfaid:conformance=\"B\"",
        "dc:identifier=\"" + caseNumber + "\"", "xmpMM:VersionID=\"" + issue.version() + "\"",
        "pdf:Producer=\"iText", "<dc:title>", "<rdf:li>es-CO</rdf:li>");
  }
}
