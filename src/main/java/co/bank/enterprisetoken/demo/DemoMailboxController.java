package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.demo.DemoMailServer.ReceivedMail;
import co.bank.enterprisetoken.notification.MailAttachment;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The demo profile's web mailbox: what the company and the branches would have received. */
@Controller
@Profile("demo")
// Off when the mail goes to another SMTP server, e.g. the reliability tests' GreenMail.
@ConditionalOnProperty(name = "enterprise-token.demo.mail-server.enabled", havingValue = "true",
    matchIfMissing = true)
public class DemoMailboxController {

  private final DemoMailServer server;
  private final ZoneId zone;

  public DemoMailboxController(
      DemoMailServer server, @Value("${enterprise-token.zone:America/Bogota}") ZoneId zone) {
    this.server = server;
    this.zone = zone;
  }

  @GetMapping("/demo/mail")
  public String mailbox(Model model) {
    List<ReceivedMail> newestFirst = new ArrayList<>(server.messages());
    Collections.reverse(newestFirst);
    model.addAttribute("mails", newestFirst);
    model.addAttribute("zone", zone);
    return "demo/mailbox";
  }

  @GetMapping("/demo/mail/{index}")
  public String message(@PathVariable int index, Model model) {
    model.addAttribute("mail", find(index));
    model.addAttribute("zone", zone);
    return "demo/message";
  }

  @GetMapping("/demo/mail/{index}/attachments/{n}")
  public ResponseEntity<byte[]> attachment(@PathVariable int index, @PathVariable int n) {
    List<MailAttachment> attachments = find(index).attachments();
    if (n < 0 || n >= attachments.size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such attachment");
    }
    MailAttachment attachment = attachments.get(n);
    return ResponseEntity.ok()
        .contentType(mediaType(attachment.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(attachment.content());
  }

  private ReceivedMail find(int index) {
    return server
        .message(index)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mail"));
  }

  private static MediaType mediaType(String contentType) {
    try {
      return MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
