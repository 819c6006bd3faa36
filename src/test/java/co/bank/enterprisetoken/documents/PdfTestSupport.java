package co.bank.enterprisetoken.documents;

import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the generated PDFs back: their text, and which checkboxes carry the mark. */
final class PdfTestSupport {

  private PdfTestSupport() {}

  static PdfDocument read(byte[] bytes) throws IOException {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
  }

  static String textOf(byte[] bytes) {
    try (PdfDocument document = read(bytes)) {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Wrapped lines of a paragraph come back with line breaks; join them to match whole sentences.
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ");
  }

  /**
   * Whether the checkbox of {@code caption} on page 1 is ticked. The checkbox is a drawn square
   * with an "X" in it, on the caption's line and just left of it.
   */
  static boolean isTicked(byte[] bytes, String caption) {
    List<Chunk> chunks = chunks(bytes);
    List<Chunk> captions = chunks.stream().filter(c -> c.text().equals(caption)).toList();
    if (captions.isEmpty()) {
      throw new AssertionError("No caption \"" + caption + "\" in " + chunks);
    }
    return chunks.stream().filter(c -> c.text().equals("X")).anyMatch(mark -> captions.stream()
        .anyMatch(c -> Math.abs(c.y() - mark.y()) < 5 && c.x() - mark.x() > 0
            && c.x() - mark.x() < 20));
  }

  /** Number of "X" marks on page 1: the ticked checkboxes. */
  static long marks(byte[] bytes) {
    return chunks(bytes).stream().filter(c -> c.text().equals("X")).count();
  }

  /**
   * Keeps a copy under target/ to render and look at ({@code pdftoppm -png -r 60}); the build does
   * not depend on it.
   */
  static void keep(byte[] bytes, String fileName) {
    try {
      Path dir = Path.of("target", "generated-pdfs");
      Files.createDirectories(dir);
      Files.write(dir.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Chunk(String text, float x, float y) {}

  private static List<Chunk> chunks(byte[] bytes) {
    List<Chunk> chunks = new ArrayList<>();
    try (PdfDocument document = read(bytes)) {
      new PdfCanvasProcessor(new IEventListener() {
        @Override
        public void eventOccurred(IEventData data, EventType type) {
          TextRenderInfo info = (TextRenderInfo) data;
          Vector start = info.getBaseline().getStartPoint();
          chunks.add(new Chunk(info.getText(), start.get(0), start.get(1)));
        }

        @Override
        public Set<EventType> getSupportedEvents() {
          return Set.of(EventType.RENDER_TEXT);
        }
      }).processPageContent(document.getPage(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chunks;
  }
}
