package co.bank.enterprisetoken.evidence;

import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * Upload, list, open and take back evidence scans. The body of an upload is the file itself (one
 * file per request, any content type: the type is read from the bytes), its name in
 * {@code ?fileName=}. Errors answer {@code {"field":"scanIds","message":"…"}} in Spanish.
 */
public class ScansResource extends AbstractTasklistPluginResource {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("America/Bogota"));

  private final EvidenceScanService scans;

  ScansResource(String engineName, EvidenceScanService scans) {
    super(engineName);
    this.scans = scans;
  }

  @GET
  @Path("settings")
  @Produces(MediaType.APPLICATION_JSON)
  public Response settings() {
    return answer(() -> {
      scans.currentViewer();
      return Map.of("maxFileSizeBytes", scans.settings().getMaxFileSize().toBytes(),
          "maxFileSizeText", scans.maxSizeText(),
          "maxFiles", scans.settings().getMaxFilesPerTask());
    });
  }

  @GET
  @Path("tasks/{taskId}/scans")
  @Produces(MediaType.APPLICATION_JSON)
  public Response forTask(@PathParam("taskId") String taskId) {
    return answer(() -> {
      return scans.forTask(scans.currentViewer(), taskId).stream().map(ScansResource::view)
          .toList();
    });
  }

  @POST
  @Path("tasks/{taskId}/scans")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadForTask(@PathParam("taskId") String taskId,
      @QueryParam("fileName") String fileName, @HeaderParam("Content-Length") Long length,
      InputStream body) {
    return answer(() -> {
      Viewer viewer = scans.currentViewer();
      return view(scans.uploadForTask(viewer, taskId, fileName, read(scans, fileName, length, body)));
    });
  }

  @GET
  @Path("intake/scans")
  @Produces(MediaType.APPLICATION_JSON)
  public Response pendingIntake() {
    return answer(() -> {
      return scans.pendingIntake(scans.currentViewer()).stream().map(ScansResource::view).toList();
    });
  }

  @POST
  @Path("intake/scans")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadForIntake(@QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") Long length, InputStream body) {
    return answer(() -> {
      Viewer viewer = scans.currentViewer();
      return view(scans.uploadForIntake(viewer, fileName, read(scans, fileName, length, body)));
    });
  }

  /** The file itself, shown inline by the browser (PDF viewer or image). */
  @GET
  @Path("scans/{scanId}")
  public Response open(@PathParam("scanId") String scanId) {
    try {
      EvidenceScan scan = scans.open(scans.currentViewer(), scanId);
      return Response.ok(scan.getContent(), scan.getMediaType())
          .header("Content-Disposition", "inline; filename*=UTF-8''"
              + URLEncoder.encode(scan.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", "sandbox")
          .header("Cache-Control", "private, no-store")
          .build();
    } catch (RuntimeException e) {
      return refusal(e);
    }
  }

  @DELETE
  @Path("scans/{scanId}")
  public Response remove(@PathParam("scanId") String scanId) {
    try {
      scans.removePending(scans.currentViewer(), scanId);
      return Response.noContent().build();
    } catch (RuntimeException e) {
      return refusal(e);
    }
  }

  /** The body, counted as it is read: a file over the limit is refused at the limit. */
  static byte[] read(EvidenceScanService scans, String fileName, Long length,
      InputStream body) {
    long max = scans.settings().getMaxFileSize().toBytes();
    if (length != null) {
      scans.checkSize(fileName, length);
    }
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(
          (int) Math.min(length == null ? 64 * 1024 : length, max));
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > max) {
          scans.checkSize(fileName, out.size());
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ScanContent.refused("El archivo «" + fileName + "» no llegó completo: adjúntelo de"
          + " nuevo.");
    }
  }

  private static Response answer(Supplier<Object> work) {
    try {
      return Response.ok(work.get(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    } catch (RuntimeException e) {
      return refusal(e);
    }
  }

  private static Response refusal(RuntimeException e) {
    int status;
    String message = e.getMessage();
    if (e instanceof InvalidInputException invalid) {
      status = 400;
      message = invalid.getErrors().get(0).message();
    } else if (e instanceof ScanForbiddenException) {
      status = 403;
    } else if (e instanceof NotFoundException) {
      status = 404;
    } else {
      throw e;
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Map.of("field", ScanContent.FIELD, "message", message)).build();
  }

  private static Map<String, Object> view(ScanInfo scan) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", scan.id());
    view.put("fileName", scan.fileName());
    view.put("mediaType", scan.mediaType());
    view.put("sizeBytes", scan.sizeBytes());
    view.put("sha256", scan.sha256());
    view.put("purpose", scan.purpose().label());
    view.put("uploadedBy", scan.uploadedBy());
    view.put("uploadedAt", SHOWN.format(scan.uploadedAt()));
    view.put("pending", scan.pending());
    return view;
  }

}
