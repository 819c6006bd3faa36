package co.bank.enterprisetoken.documents;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Layout pieces shared by the bank's PDF forms ("Solicitud Token y Autorización de Entrega",
 * ECON-084, the unassignment form): A4 portrait, bank header, confirmation box, label/value
 * sections, checkbox lines, signature boxes, the branch's signature-visa and reception boxes and a
 * footer on every page. A form describes only its content in {@link #render}; the look lives here, once.
 *
 * <p>Standard Helvetica with WinAnsi encoding: nothing is embedded (small, fast PDFs) and Spanish
 * letters (á é í ó ú ñ ¿ ¡) are in the encoding. Same input gives the same bytes: the document ids
 * and dates are derived from the header instead of random values and the clock.
 *
 * <p>Speed (JMH {@code ComponentBenchmarks.pdf*}): tables have a fixed layout, so iText takes the
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

  /** Identifies the form: shown in the header, the confirmation box and every page's footer. */
  public record FormHeader(
      String title, String formCode, String confirmationNumber, ZonedDateTime date) {
    public FormHeader {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(formCode, "formCode");
      Objects.requireNonNull(confirmationNumber, "confirmationNumber");
      Objects.requireNonNull(date, "date");
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
            .setCompressionLevel(CompressionConstants.BEST_SPEED);
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties));
        // No immediate flush: it would flush finished pages, and the footers need every page (and
        // the page count, known once the body is laid out). Each block is drawn right after its
        // layout instead (see add).
        Document document = new Document(pdf, PageSize.A4, false)) {
      describe(pdf.getDocumentInfo(), header);
      document.setMargins(30, 36, 42, 36);
      BankFormLayout layout = new BankFormLayout(document, header);
      layout.header();
      body.accept(layout);
      layout.footers(pdf);
      document.flush();
      layout.flushFonts();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not build the PDF " + header.formCode(), e);
    }
    return out.toByteArray();
  }

  private final Document document;
  private final FormHeader form;
  // Standard fonts are bound to one PdfDocument: created once per form, reused by every element.
  private final PdfFont regular;
  private final PdfFont bold;
  private final PdfFont italic;

  private BankFormLayout(Document document, FormHeader form) throws IOException {
    this.document = document;
    this.form = form;
    this.regular = PdfFontFactory.createFont(StandardFonts.HELVETICA, PdfEncodings.WINANSI);
    this.bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD, PdfEncodings.WINANSI);
    this.italic = PdfFontFactory.createFont(StandardFonts.HELVETICA_OBLIQUE, PdfEncodings.WINANSI);
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
    table.addCell(valueCell().add(new Paragraph("____/____/________  ____:____")));
    table.addCell(labelCell("Funcionario"));
    table.addCell(valueCell());
    table.addCell(labelCell("Referencia de evidencia"));
    table.addCell(valueCell());
    table.addCell(labelCell("Firma y sello").setHeight(36));
    table.addCell(valueCell(3));
    add(table);
    return this;
  }

  private Table receptionTable() {
    Table table = fullWidth(30, 70).setKeepTogether(true);
    table.addHeaderCell(titleCell("RECIBIDO EN OFICINA — USO EXCLUSIVO DE LA OFICINA", 2));
    table.addCell(labelCell("Fecha"));
    table.addCell(valueCell().add(new Paragraph("____/____/________  ____:____")));
    table.addCell(labelCell("Funcionario"));
    table.addCell(valueCell().setHeight(16));
    table.addCell(labelCell("Firma y sello").setHeight(38));
    table.addCell(valueCell());
    return table;
  }

  private Cell signatureCell(SignatureBox box) {
    Cell cell = new Cell().setBorder(border()).setPadding(6).setPaddingTop(30);
    cell.add(new Paragraph(box.caption()).setFont(bold).setFontSize(SMALL + 0.5f)
        .setTextAlignment(TextAlignment.CENTER).setMargin(0).setPaddingTop(2)
        .setBorderTop(new SolidBorder(ColorConstants.BLACK, 0.75f)));
    cell.add(handwrittenLine("Nombre", box.name()));
    cell.add(handwrittenLine("Identificación", box.idNumber()));
    return cell;
  }

  private void header() {
    Table table = fullWidth(74, 26);
    table.addCell(new Cell().setBorder(Border.NO_BORDER).setBackgroundColor(BRAND).setPadding(8)
        .add(new Paragraph(PRODUCT_LINE).setFontSize(SMALL).setFontColor(DeviceGray.WHITE)
            .setCharacterSpacing(0.6f).setMargin(0))
        .add(new Paragraph(form.title()).setFont(bold).setFontSize(13)
            .setFontColor(DeviceGray.WHITE).setMargin(0).setMarginTop(3)));
    table.addCell(new Cell().setBorder(new SolidBorder(BRAND, 1)).setPadding(6)
        .setVerticalAlignment(VerticalAlignment.MIDDLE).setTextAlignment(TextAlignment.CENTER)
        .add(new Paragraph("Código de formato").setFontSize(SMALL).setFontColor(MUTED).setMargin(0))
        .add(new Paragraph(form.formCode()).setFont(bold).setFontSize(12).setFontColor(BRAND)
            .setMargin(0)));
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

  private void footers(PdfDocument pdf) {
    int pages = pdf.getNumberOfPages();
    for (int page = 1; page <= pages; page++) {
      Rectangle size = pdf.getPage(page).getPageSize();
      float y = 24;
      document.showTextAligned(footerText("Confirmación N.º " + form.confirmationNumber()),
          36, y, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
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
              .setMargin(0)));
    }
    return line;
  }

  // A label and a ruled line to write on, or the value when the form already knows it.
  private Table handwrittenLine(String label, String value) {
    Table line = fullWidth(24, 76).setFontSize(SMALL + 0.5f).setMarginTop(5);
    line.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingTop(4)
        .add(new Paragraph(label + ":").setFontColor(MUTED).setMargin(0)));
    line.addCell(new Cell().setBorder(Border.NO_BORDER).setBorderBottom(border()).setPadding(0)
        .setPaddingTop(4).add(new Paragraph(value == null ? "" : value).setMargin(0)));
    return line;
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

  private static void describe(PdfDocumentInfo info, FormHeader header) {
    info.setTitle(header.title() + " " + header.confirmationNumber());
    info.setSubject(header.formCode());
    info.setCreator("Token Empresarial");
    // The form is dated by its request, not by the moment it is printed: same data, same bytes.
    String date = new PdfDate(GregorianCalendar.from(header.date().withZoneSameInstant(COLOMBIA)))
        .getPdfObject().getValue();
    info.setMoreInfo(PdfName.CreationDate.getValue(), date);
    info.setMoreInfo(PdfName.ModDate.getValue(), date);
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
