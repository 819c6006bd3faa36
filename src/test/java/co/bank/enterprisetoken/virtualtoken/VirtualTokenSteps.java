package co.bank.enterprisetoken.virtualtoken;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.PortalClient;
import co.bank.enterprisetoken.support.PortalClient.Response;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The portal's calls of a virtual-token case, for the tests of process 4 and CaseModelTest. */
public class VirtualTokenSteps {

  private static final Pattern LINK_TOKEN = Pattern.compile("[?&]t=([A-Za-z0-9_-]{43})");

  private final PortalClient portal;

  public VirtualTokenSteps(PortalClient portal) {
    this.portal = portal;
  }

  public Response start(String nit, String idNumber, String kind) {
    return portal.post("/virtual-tokens", Map.of("companyNit", nit, "idType", "CC",
        "idNumber", idNumber, "kind", kind));
  }

  public String started(String nit, String idNumber, String kind) {
    Response started = start(nit, idNumber, kind);
    assertThat(started.status()).as(started.raw()).isEqualTo(201);
    return started.body().path("id").asText();
  }

  public Response get(String id) {
    return portal.get("/virtual-tokens/" + id);
  }

  public String step(String id) {
    return get(id).body().path("step").asText();
  }

  public Response post(String id, String step, Object body) {
    return portal.post("/virtual-tokens/" + id + "/" + step, body);
  }

  public Response contract(String id, String linkToken) {
    return post(id, "contract", Map.of("linkToken", linkToken, "accepted", true));
  }

  public Response identity(String id, String idNumber, String issueDate) {
    return post(id, "identity", Map.of("idType", "CC", "idNumber", idNumber,
        "issueDate", issueDate));
  }

  public Response answers(String id, Map<String, String> answers) {
    return post(id, "questionnaire", Map.of("answers", answers));
  }

  public Response certificate(String id) {
    return post(id, "certificate", Map.of());
  }

  public Response password(String id, String password) {
    return post(id, "password", Map.of("password", password, "passwordConfirmation", password));
  }

  public Response installation(String id) {
    return post(id, "installation", Map.of("certificateInStore", true));
  }

  /** The one-time token of the last link e-mail among {@code mails}. */
  public static String linkToken(List<MimeMessage> mails) {
    String token = null;
    for (MimeMessage mail : mails) {
      Matcher m = LINK_TOKEN.matcher(text(mail));
      while (m.find()) {
        token = m.group(1);
      }
    }
    assertThat(token).as("link token in the e-mails").isNotNull();
    return token;
  }

  /** The one-time token of the last link e-mail of case {@code id} among {@code mails}, if any. */
  public static java.util.Optional<String> linkToken(List<MimeMessage> mails, String id) {
    Pattern ofCase = Pattern.compile("caso=" + Pattern.quote(id) + "&(?:amp;)?t=([A-Za-z0-9_-]{43})");
    String token = null;
    for (MimeMessage mail : mails) {
      Matcher m = ofCase.matcher(text(mail));
      while (m.find()) {
        token = m.group(1);
      }
    }
    return java.util.Optional.ofNullable(token);
  }

  /** The decoded text of every text part (plain and HTML) of an e-mail. */
  public static String text(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        return String.valueOf(part.getContent());
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
          all.append(text(multipart.getBodyPart(i))).append('\n');
        }
        return all.toString();
      }
      return "";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** File names of the attachments of an e-mail. */
  public static List<String> attachments(Part part) {
    try {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < multipart.getCount(); i++) {
          names.addAll(attachments(multipart.getBodyPart(i)));
        }
        return names;
      }
      return part.getFileName() == null ? List.of() : List.of(part.getFileName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
