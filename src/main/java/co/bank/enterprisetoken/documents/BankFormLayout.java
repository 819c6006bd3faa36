package co.bank.enterprisetoken.documents;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.options.SerializeOptions;
import com.itextpdf.kernel.xmp.options.PropertyOptions;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Layout pieces shared by the bank's PDF forms ("Solicitud Token y Autorización de Entrega",
 * ECON-084, the unassignment form): A4 portrait, bank header, confirmation box, label/value
 * sections, checkbox lines, signature boxes, the branch's signature-visa and reception boxes and a
 * footer on every page. A form describes only its content in {@link #render}; the look lives here, once.
 *
 * <p>Archival: every form is PDF/A-2b (ISO 19005-2, level B, checked by veraPDF in the tests for
 * every kind of form), so it still renders the same when the bank opens it years later: the
 * fonts are embedded (Liberation Sans, SIL Open Font License, metric-compatible with Helvetica, so
 * the layout is the one the standard font gave; only the glyphs used are embedded, WinAnsi
 * encoding, which has every Spanish letter), the colours are tied to an sRGB output intent (the
 * Java runtime's own sRGB profile), and the XMP metadata carries the title, the case, the form's
 * version and the producer; the document language is es-CO.
 *
 * <p>Every form carries its {@link FormIssue}: the verification code under "Código de
 * verificación" with its QR code, and the version. Same input (data and issue) gives the same
 * bytes: the document ids and dates are derived from the header instead of random values and the
 * clock.
 *
 * <p>Written by a plain {@link PdfDocument} with what {@code PdfADocument} would add (the PDF/A
 * identification in the XMP, PDF 1.7, the output intent), not by {@code PdfADocument}: its checker
 * re-parses every content stream at close (about a tenth of a form's CPU), and it refuses to flush
 * a font before the close, so the fonts written early in a fixed order (see {@link #flushFonts})
 * were written a second time at close: every subset twice, half of each file dead bytes. Every
 * form is built by this class from the same pieces, and veraPDF checks each kind in the tests.
 *
 * <p>Speed (per-thread CPU, {@code benchmark/run --pdf-cpu}; JMH {@code ComponentBenchmarks.pdf*}): tables have a fixed layout, so iText takes the
 * declared column percentages instead of measuring every cell's content first; each block is drawn
 * as soon as it is laid out; streams are deflated at {@link CompressionConstants#BEST_SPEED}.
 */
public final class BankFormLayout {

  private static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String PRODUCT_LINE = "INTERNET EMPRESARIAL · TOKEN EMPRESARIAL";

  private static final Color BRAND = new DeviceRgb(0, 59, 113);
  private static final Color LABEL_FILL = new DeviceGray(0.93f);
  private static final Color LINE = new DeviceGray(0.55f);
  private static final Color MUTED = new DeviceGray(0.35f);
  private static final float BODY = 8.5f;
  private static final float SMALL = 7f;
  private static final String LANGUAGE = "es-CO";
  private static final String BLANK_DATE = "____/____/________";

  // Parsed once: a FontProgram is immutable and shared by every document (a PdfFont is not).
  private static final FontProgram REGULAR = font("LiberationSans-Regular.ttf");
  private static final FontProgram BOLD = font("LiberationSans-Bold.ttf");
  private static final FontProgram ITALIC = font("LiberationSans-Italic.ttf");
  // The runtime's built-in sRGB profile (IEC 61966-2.1): part of every Java runtime, so nothing to
  // license or keep up to date in the repository.
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final SerializeOptions XMP_SERIALIZATION =
      new SerializeOptions().setReadOnlyPacket(true);

  /** Identifies the form: shown in the header, the confirmation box and every page's footer. */
  public record FormHeader(String title, String formCode, String confirmationNumber,
      ZonedDateTime date, FormIssue issue) {
    public FormHeader {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(confirmationNumber, "confirmationNumber");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(issue, "issue");
    }
  }

  /** One line of a section: a label with a text value or with a row of checkboxes. */
  public sealed interface Row permits TextRow, ChoiceRow {
    String label();
  }

  public record TextRow(String label, String value) implements Row {}

  public record ChoiceRow(String label, List<Choice> choices) implements Row {}

  /** A checkbox with its caption; {@code checked} prints the mark. */
  public record Choice(String caption, boolean checked) {}

  /**
   * A box for a handwritten signature. {@code name} and {@code idNumber} are pre-printed under the
   * line when known; when null, blank lines are left to be filled in by hand.
   */
  public record SignatureBox(String caption, String name, String idNumber) {}

  public static Row text(String label, String value) {
    return new TextRow(label, value);
  }

  public static Row choices(String label, Choice... choices) {
    return new ChoiceRow(label, List.of(choices));
  }

  public static Choice choice(String caption, boolean checked) {
    return new Choice(caption, checked);
  }

  /** Date and time as the forms print it, in Colombian time whatever the zone it comes in. */
  public static String formatDateTime(ZonedDateTime dateTime) {
    return DATE_TIME.format(dateTime.withZoneSameInstant(COLOMBIA));
  }

  /** Date only, in Colombian time whatever the zone it comes in. */
  public static String formatDate(ZonedDateTime dateTime) {
    return DATE.format(dateTime.withZoneSameInstant(COLOMBIA));
  }

  /** Builds one form: header and confirmation box, then {@code body}, then the page footers. */
  public static byte[] render(FormHeader header, Consumer<BankFormLayout> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    PdfString documentId = documentId(header);
    WriterProperties properties =
        new WriterProperties()
            .setInitialDocumentId(documentId)
            .setModifiedDocumentId(documentId)
            .setFullCompressionMode(true)
            // The same content in about 15% more bytes than the default level, about 6% less CPU.
            .setCompressionLevel(CompressionConstants.BEST_SPEED)
            // PDF/A-2b as PdfADocument writes it (identification in the XMP, PDF 1.7, the output
            // intent below), without its conformance checker; see the class comment.
            .addPdfAXmpMetadata(PdfAConformance.PDF_A_2B)
            .setPdfVersion(PdfVersion.PDF_1_7);
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties));
        // No immediate flush: it would flush finished pages, and the footers need every page (and
        // the page count, known once the body is laid out). Each block is drawn right after its
        // layout instead (see add).
        Document document = new Document(pdf, PageSize.A4, false)) {
      pdf.addOutputIntent(outputIntent());
      describe(pdf, header);
      document.setMargins(30, 36, 42, 36);
      BankFormLayout layout = new BankFormLayout(document, header);
      layout.header();
      body.accept(layout);
      layout.footers(pdf);
      document.flush();
      layout.flushFonts();
    } catch (XMPException e) {
      throw new IllegalStateException("Could not write the XMP metadata of " + header.formCode(),
          e);
    }
    return out.toByteArray();
  }

  private final Document document;
  private final FormHeader form;
  // Standard fonts are bound to one PdfDocument: created once per form, reused by every element.
  private final PdfFont regular;
  private final PdfFont bold;
  private final PdfFont italic;

  private BankFormLayout(Document document, FormHeader form) {
    this.document = document;
    this.form = form;
    this.regular = embedded(REGULAR);
    this.bold = embedded(BOLD);
    this.italic = embedded(ITALIC);
    document.setFont(regular).setFontSize(BODY);
  }

  /** A titled section rendered as a two-column label/value table. */
  public BankFormLayout section(String title, List<Row> rows) {
    Table table = sectionTable(title);
    for (Row row : rows) {
      table.addCell(labelCell(row.label()));
      table.addCell(fill(valueCell(), row));
    }
    add(table);
    return this;
  }

  public BankFormLayout section(String title, Row... rows) {
    return section(title, List.of(rows));
  }

  /**
   * A titled section with two label/value pairs per line: half the height of {@link #section} for
   * short values, so a dense form still fits one page. A row of checkboxes, and a last row left
   * alone on its line, take the whole line.
   */
  public BankFormLayout sectionInPairs(String title, List<Row> rows) {
    Table table = fullWidth(17, 33, 17, 33).setMarginTop(6).setKeepTogether(true);
    table.addHeaderCell(titleCell(title, 4));
    boolean lineStarted = false;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      boolean wide = row instanceof ChoiceRow || (!lineStarted && i == rows.size() - 1);
      if (wide && lineStarted) {
        table.addCell(labelCell(""));
        table.addCell(valueCell());
      }
      table.addCell(labelCell(row.label()));
      table.addCell(fill(valueCell(wide ? 3 : 1), row));
      lineStarted = !wide && !lineStarted;
    }
    if (lineStarted) {
      table.addCell(labelCell(""));
      table.addCell(valueCell());
    }
    add(table);
    return this;
  }

  public BankFormLayout sectionInPairs(String title, Row... rows) {
    return sectionInPairs(title, List.of(rows));
  }

  /** A titled section that holds a single sentence instead of fields. */
  public BankFormLayout sectionNote(String title, String note) {
    Table table = sectionTable(title);
    table.addCell(valueCell(2).add(new Paragraph(note).setFont(italic)));
    add(table);
    return this;
  }

  /** Numbered instructions under a heading, in small print. */
  public BankFormLayout instructions(String title, List<String> items) {
    Div box = new Div().setBorder(border()).setPadding(5).setMarginTop(6).setKeepTogether(true);
    box.add(new Paragraph(title).setFont(bold).setFontColor(BRAND).setMargin(0).setMarginBottom(3));
    com.itextpdf.layout.element.List list =
        new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL)
            .setSymbolIndent(4)
            .setFontSize(7.8f);
    for (String item : items) {
      list.add((ListItem) new ListItem().add(new Paragraph(item).setMargin(0).setMarginBottom(1.5f)
          .setMultipliedLeading(1.15f)));
    }
    box.add(list);
    add(box);
    return this;
  }

  /** Signature boxes side by side, each with a blank area, a signature line and its captions. */
  public BankFormLayout signatures(SignatureBox... boxes) {
    Table table = fullWidth(boxes.length).setMarginTop(8).setKeepTogether(true);
    for (SignatureBox box : boxes) {
      table.addCell(signatureCell(box));
    }
    add(table);
    return this;
  }

  /**
   * A signature box and, beside it, the box the branch fills in when it receives the signed paper
   * form ("Recibido en oficina", R-S1a): date, official, signature and stamp.
   */
  public BankFormLayout signatureAndBranchReception(SignatureBox signature) {
    Table table = fullWidth(50, 50).setMarginTop(8).setKeepTogether(true);
    table.addCell(signatureCell(signature));
    table.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(6)
        .add(receptionTable()));
    add(table);
    return this;
  }

  /**
   * The box the branch fills in before handing over a device (R-S1c): the visa of the signature
   * registered in the form, with who, when, the result and the evidence reference.
   */
  public BankFormLayout branchVisa() {
    Table table = fullWidth(18, 30, 21, 31).setMarginTop(8).setKeepTogether(true);
    table.addHeaderCell(titleCell("VISADO DE FIRMA — USO EXCLUSIVO DE LA OFICINA", 4));
    table.addCell(labelCell("Resultado"));
    table.addCell(valueCell().add(choiceLine(List.of(
        choice("Conforme", false), choice("No conforme", false)))));
    table.addCell(labelCell("Fecha"));
    table.addCell(valueCell().add(new Paragraph(BLANK_DATE + "  ____:____")));
    table.addCell(labelCell("Funcionario"));
    table.addCell(valueCell());
    table.addCell(labelCell("Referencia de evidencia"));
    table.addCell(valueCell());
    table.addCell(labelCell("Firma y sello").setHeight(30));
    table.addCell(valueCell(3));
    add(table);
    return this;
  }

  private Table receptionTable() {
    Table table = fullWidth(30, 70).setKeepTogether(true);
    table.addHeaderCell(titleCell("RECIBIDO EN OFICINA — USO EXCLUSIVO DE LA OFICINA", 2));
    table.addCell(labelCell("Fecha"));
    table.addCell(valueCell().add(new Paragraph(BLANK_DATE + "  ____:____")));
    table.addCell(labelCell("Funcionario"));
    table.addCell(valueCell().setHeight(16));
    table.addCell(labelCell("Firma y sello").setHeight(38));
    table.addCell(valueCell());
    return table;
  }

  private Cell signatureCell(SignatureBox box) {
    Cell cell = new Cell().setBorder(border()).setPadding(6).setPaddingTop(26);
    cell.add(new Paragraph(box.caption()).setFont(bold).setFontSize(SMALL + 0.5f)
        .setTextAlignment(TextAlignment.CENTER).setMargin(0).setPaddingTop(2)
        .setBorderTop(new SolidBorder(ColorConstants.BLACK, 0.75f)));
    cell.add(handwrittenLine("Nombre", box.name()));
    // The date the signer writes, next to their identification (one line: the forms stay one page).
    Table line = fullWidth(24, 32, 11, 33).setFontSize(SMALL + 0.5f).setMarginTop(5);
    handwritten(line, "Identificación", box.idNumber());
    handwritten(line, "Fecha", BLANK_DATE);
    cell.add(line);
    return cell;
  }

  private void header() {
    Table table = fullWidth(70, 30);
    table.addCell(new Cell().setBorder(Border.NO_BORDER).setBackgroundColor(BRAND).setPadding(8)
        .add(new Paragraph(PRODUCT_LINE).setFontSize(SMALL).setFontColor(DeviceGray.WHITE)
            .setCharacterSpacing(0.6f).setMargin(0))
        .add(new Paragraph(form.title()).setFont(bold).setFontSize(13)
            .setFontColor(DeviceGray.WHITE).setMargin(0).setMarginTop(3)));
    table.addCell(codesCell());
    add(table);

    Table confirmation = fullWidth(24, 26, 24, 26).setMarginTop(6);
    confirmation.addCell(labelCell("Número de confirmación"));
    confirmation.addCell(valueCell().add(new Paragraph(form.confirmationNumber()).setFont(bold)
        .setFontSize(10)));
    confirmation.addCell(labelCell("Fecha (hora de Colombia)"));
    confirmation.addCell(valueCell().add(new Paragraph(formatDateTime(form.date())).setFont(bold)
        .setFontSize(10)));
    add(confirmation);
  }

  /** The label printed above the code; the branch's visa form asks for the same words. */
  public static final String VERIFICATION_LABEL = "Código de verificación";
  static final String VERIFICATION_NOTE = "la oficina lo digita o lee al visar el formato;"
      + " solo vale el de la versión vigente del formato de este caso.";

  // The form's code; the verification code under its label with the form's version; and the
  // verification code as a QR code (alphanumeric mode, error correction M) for the branch's reader.
  private Cell codesCell() {
    String code = VerificationCode.display(form.issue().verificationCode());
    BarcodeQRCode qr = new BarcodeQRCode(code, Map.of(
        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
        EncodeHintType.CHARACTER_SET, "ISO-8859-1"));
    PdfFormXObject symbol = qr.createFormXObject(ColorConstants.BLACK, document.getPdfDocument());
    Table inside = fullWidth(72, 28);
    inside.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(4)
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .add(new Paragraph().setFontSize(6f).setFontColor(MUTED).setMargin(0).setMarginBottom(2)
            .add("Código de formato ").add(new Text(form.formCode())
                .setFont(bold).setFontSize(8f).setFontColor(BRAND)))
        .add(new Paragraph(VERIFICATION_LABEL).setFontSize(6.5f).setFontColor(MUTED).setMargin(0))
        .add(new Paragraph(code).setFont(bold).setFontSize(9.5f).setFontColor(BRAND)
            .setMargin(0).setMarginTop(1))
        .add(new Paragraph("Versión " + form.issue().version() + " del formato").setFontSize(6.5f)
            .setFontColor(MUTED).setMargin(0)));
    inside.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0)
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .add(new Image(symbol).setWidth(42).setHeight(42)
            .setHorizontalAlignment(HorizontalAlignment.RIGHT)));
    return new Cell().setBorder(new SolidBorder(BRAND, 1)).setPadding(2)
        .setVerticalAlignment(VerticalAlignment.MIDDLE).add(inside);
  }

  private void footers(PdfDocument pdf) {
    int pages = pdf.getNumberOfPages();
    for (int page = 1; page <= pages; page++) {
      Rectangle size = pdf.getPage(page).getPageSize();
      float y = 24;
      document.showTextAligned(footerText("Confirmación N.º " + form.confirmationNumber()),
          36, y, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
      document.showTextAligned(footerText(VERIFICATION_LABEL + " "
              + VerificationCode.display(form.issue().verificationCode()) + " (versión "
              + form.issue().version() + "): " + VERIFICATION_NOTE),
          36, y - 9, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
      document.showTextAligned(footerText(form.formCode() + " · " + form.title()),
          size.getWidth() / 2, y, page, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
      document.showTextAligned(footerText("Página " + page + " de " + pages),
          size.getWidth() - 36, y, page, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
    }
  }

  // At close iText writes the fonts in the order of a hash map: with three fonts in use that order,
  // and so the bytes, changed from one run to the next. Once the pages are drawn (document.flush()),
  // the fonts in use are written here in a fixed order, and iText skips them at close.
  private void flushFonts() {
    for (PdfFont font : List.of(regular, bold, italic)) {
      if (font.getPdfObject().getIndirectReference() != null) {
        font.flush();
      }
    }
  }

  private Paragraph footerText(String text) {
    return new Paragraph(text).setFont(regular).setFontSize(6.5f).setFontColor(MUTED);
  }

  private Table sectionTable(String title) {
    Table table = fullWidth(34, 66).setMarginTop(6).setKeepTogether(true);
    table.addHeaderCell(titleCell(title, 2));
    return table;
  }

  private Cell titleCell(String title, int colspan) {
    return new Cell(1, colspan).setBackgroundColor(BRAND).setBorder(new SolidBorder(BRAND, 0.5f))
        .setPaddingTop(2.5f).setPaddingBottom(2.5f).setPaddingLeft(6)
        .add(new Paragraph(title.toUpperCase(Locale.ROOT)).setFont(bold).setFontSize(8)
            .setFontColor(DeviceGray.WHITE).setCharacterSpacing(0.3f).setMargin(0));
  }

  private Cell labelCell(String label) {
    return new Cell().setBackgroundColor(LABEL_FILL).setBorder(border()).setPaddingLeft(6)
        .setPaddingTop(2).setPaddingBottom(2).setVerticalAlignment(VerticalAlignment.MIDDLE)
        .add(new Paragraph(label).setFontSize(8).setFontColor(MUTED).setMargin(0));
  }

  private Cell valueCell() {
    return valueCell(1);
  }

  private Cell valueCell(int colspan) {
    return new Cell(1, colspan).setBorder(border()).setPaddingLeft(6).setPaddingTop(2)
        .setPaddingBottom(2).setVerticalAlignment(VerticalAlignment.MIDDLE);
  }

  private Cell fill(Cell value, Row row) {
    if (row instanceof ChoiceRow choiceRow) {
      return value.add(choiceLine(choiceRow.choices()));
    }
    String text = ((TextRow) row).value();
    return value.add(new Paragraph(text == null ? "" : text).setFont(bold));
  }

  // The standard fonts have no ☐/☒ glyphs: each box is drawn as a small bordered square, marked X.
  private Table choiceLine(List<Choice> choices) {
    Table line = new Table(choices.size() * 2).setBorder(Border.NO_BORDER);
    for (Choice choice : choices) {
      // A fixed-size Div, not the cell itself: a cell would stretch to the height of the row.
      line.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0)
          .setVerticalAlignment(VerticalAlignment.MIDDLE)
          .add(new Div().setWidth(8).setHeight(8)
              .setBorder(new SolidBorder(ColorConstants.BLACK, 0.75f))
              .add(new Paragraph(choice.checked() ? "X" : "").setFont(bold).setFontSize(7)
                  .setTextAlignment(TextAlignment.CENTER).setFixedLeading(7.5f).setMargin(0))));
      line.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(3)
          .setPaddingRight(14).setVerticalAlignment(VerticalAlignment.MIDDLE)
          .add(new Paragraph(choice.caption()).setFont(choice.checked() ? bold : regular)
              .setFontSize(8).setMargin(0)));
    }
    return line;
  }

  // A label and a ruled line to write on, or the value when the form already knows it.
  private Table handwrittenLine(String label, String value) {
    Table line = fullWidth(24, 76).setFontSize(SMALL + 0.5f).setMarginTop(5);
    handwritten(line, label, value);
    return line;
  }

  private void handwritten(Table line, String label, String value) {
    line.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingTop(4)
        .add(new Paragraph(label + ":").setFontColor(MUTED).setMargin(0)));
    line.addCell(new Cell().setBorder(Border.NO_BORDER).setBorderBottom(border()).setPadding(0)
        .setPaddingTop(4).add(new Paragraph(value == null ? "" : value).setMargin(0)));
  }

  // Draws the block right after its layout instead of keeping every block's renderers until the end:
  // the same drawing in the same order (same bytes), about 9% less CPU per form. Pages stay open
  // for the footers.
  private void add(IBlockElement element) {
    document.add(element);
    document.flush();
  }

  // A table across the page whose columns are these percentages. Fixed layout: iText takes the
  // percentages as they are instead of first measuring the min/max width of every cell's content
  // (automatic layout: about a fifth of a form's CPU). The same bytes for values that fit their
  // column; a single word too long for its column now wraps inside its cell instead of widening
  // that column and narrowing the others.
  private static Table fullWidth(float... percentages) {
    return new Table(UnitValue.createPercentArray(percentages)).useAllAvailableWidth()
        .setFixedLayout();
  }

  private static Table fullWidth(int columns) {
    return new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth()
        .setFixedLayout();
  }

  private static SolidBorder border() {
    return new SolidBorder(LINE, 0.5f);
  }

  private static void describe(PdfDocument pdf, FormHeader header) throws XMPException {
    PdfDocumentInfo info = pdf.getDocumentInfo();
    info.setTitle(header.title() + " " + header.confirmationNumber());
    info.setSubject(header.formCode());
    info.setKeywords(header.confirmationNumber());
    info.setCreator("Token Empresarial");
    // The form is dated by its request, not by the moment it is printed: same data, same bytes.
    String date = new PdfDate(GregorianCalendar.from(header.date().withZoneSameInstant(COLOMBIA)))
        .getPdfObject().getValue();
    info.setMoreInfo(PdfName.CreationDate.getValue(), date);
    info.setMoreInfo(PdfName.ModDate.getValue(), date);
    pdf.getCatalog().setLang(new PdfString(LANGUAGE));
    // XMP: iText fills title, dates, producer and the PDF/A identification from the info
    // dictionary; added here, in schemas PDF/A predefines (no extension schema needed): the case
    // (dc:identifier), the form's version (xmpMM:VersionID) and the language (dc:language).
    // Built here rather than with pdf.getXmpMetadata(true), which serialises a fresh packet and
    // parses it back (a new XML parser per form): about a tenth of a form's CPU. A read-only
    // packet, without the 2 KB of padding spaces for editing in place: nobody edits these files.
    XMPMeta xmp = XMPMetaFactory.create();
    xmp.setProperty(XMPConst.NS_DC, "format", "application/pdf");
    xmp.setProperty(XMPConst.NS_DC, "identifier", header.confirmationNumber());
    xmp.appendArrayItem(XMPConst.NS_DC, "language", new PropertyOptions().setArray(true),
        LANGUAGE, null);
    xmp.setProperty(XMPConst.NS_XMP_MM, "VersionID",
        String.valueOf(header.issue().version()));
    pdf.setXmpMetadata(xmp, XMP_SERIALIZATION);
  }

  private static PdfOutputIntent outputIntent() {
    return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
        new ByteArrayInputStream(SRGB));
  }

  private static FontProgram font(String file) {
    try (InputStream in = BankFormLayout.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is missing from the classpath");
      }
      return FontProgramFactory.createFont(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the font " + file, e);
    }
  }

  private static PdfFont embedded(FontProgram program) {
    return PdfFontFactory.createFont(program, PdfEncodings.WINANSI,
        EmbeddingStrategy.FORCE_EMBEDDED);
  }

  // One id per form and case: a reprint of the same case's form is the same document.
  private static PdfString documentId(FormHeader header) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(
          (header.formCode() + '|' + header.confirmationNumber()).getBytes(StandardCharsets.UTF_8));
      return new PdfString(digest).setHexWriting(true);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
