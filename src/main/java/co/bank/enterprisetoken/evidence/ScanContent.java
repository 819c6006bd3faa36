package co.bank.enterprisetoken.evidence;

import co.bank.enterprisetoken.errors.InvalidInputException;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * Decides whether uploaded bytes are a scan the bank keeps: the type comes from the content (Apache
 * Tika's magic-number detection; the file name and the browser's type are ignored), and the file
 * must open as what it claims (iText reads every page of a PDF, ImageIO decodes the whole image),
 * so a renamed executable or a damaged file is refused before anything is stored.
 */
final class ScanContent {

  static final String FIELD = "scanIds";
  static final String PDF = "application/pdf";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  private static final Map<String, String> IMAGE_FORMATS = Map.of(JPEG, "jpeg", PNG, "png");
  /** A 600 dpi A4 page is about 35 million pixels; beyond this a "scan" is a decompression bomb. */
  private static final long MAX_PIXELS = 80_000_000L;
  private static final Tika TIKA = new Tika();

  record Checked(String mediaType, String sha256, int pages) {}

  private ScanContent() {}

  static Checked check(String fileName, byte[] bytes) {
    String name = "«" + fileName + "»";
    if (bytes.length == 0) {
      throw refused("El archivo " + name + " está vacío. Escanee de nuevo el formato firmado.");
    }
    String type = TIKA.detect(bytes);
    int pages;
    if (PDF.equals(type)) {
      pages = pdfPages(name, bytes);
    } else if (IMAGE_FORMATS.containsKey(type)) {
      pages = decodeImage(name, IMAGE_FORMATS.get(type), bytes);
    } else {
      throw refused("El archivo " + name + " no es un PDF, JPEG ni PNG: su contenido no corresponde"
          + " a ninguno de esos formatos, aunque su nombre lo diga. Adjunte el escaneo del formato.");
    }
    return new Checked(type, sha256(bytes), pages);
  }

  private static int pdfPages(String name, byte[] bytes) {
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
      int pages = pdf.getNumberOfPages();
      for (int i = 1; i <= pages; i++) {
        pdf.getPage(i).getContentBytes();
      }
      if (pages == 0) {
        throw damaged(name);
      }
      return pages;
    } catch (BadPasswordException e) {
      throw refused("El PDF " + name + " está protegido con contraseña: escanéelo sin protección.");
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw damaged(name);
    }
  }

  private static int decodeImage(String name, String format, byte[] bytes) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No ImageIO reader for " + format);
    }
    ImageReader reader = readers.next();
    List<String> warnings = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
        throw refused("La imagen " + name + " tiene demasiados píxeles para un escaneo; escanéela"
            + " a 300 ppp.");
      }
      // Every byte is decoded (a truncated or damaged image fails or warns); subsampling keeps the
      // decoded raster, not the work, small.
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(4, 4, 0, 0);
      reader.read(0, param);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw damaged(name);
    } finally {
      reader.dispose();
    }
    if (!warnings.isEmpty()) {
      throw damaged(name);
    }
    return 1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidInputException damaged(String name) {
    return refused("El archivo " + name + " está dañado o incompleto y no se puede abrir."
        + " Escanee de nuevo el formato firmado.");
  }

  static InvalidInputException gone() {
    return refused("Uno de los escaneos adjuntos ya no está disponible: adjúntelo de nuevo.");
  }

  static InvalidInputException refused(String message) {
    return InvalidInputException.of(FIELD, message);
  }
}
