package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.notification.MailAttachment;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's mail server: an in-process GreenMail SMTP server on 127.0.0.1 at {@code
 * spring.mail.port}, so the application's real SMTP path is exercised without an external server.
 *
 * <p>Every message received is kept in memory for {@link DemoMailboxController} and written to
 * {@code enterprise-token.demo.mail-folder} as {@code <timestamp>-<subject>.eml} plus its
 * attachments, so a user can open them without any tool.
 */
@Component
@Profile("demo")
// Off when the mail goes to another SMTP server, e.g. the reliability tests' GreenMail.
@ConditionalOnProperty(name = "enterprise-token.demo.mail-server.enabled", havingValue = "true",
    matchIfMissing = true)
public class DemoMailServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
  private static final DateTimeFormatter FILE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  /** One received message, parsed once so the mailbox page never re-reads MIME. */
  public record ReceivedMail(
      int index,
      Instant receivedAt,
      List<String> to,
      String from,
      String subject,
      String messageId,
      String html,
      String text,
      List<MailAttachment> attachments,
      Path emlFile) {}

  private final int port;
  private final Path folder;
  private final Clock clock;
  private final ZoneId zone;
  private final List<ReceivedMail> received = Collections.synchronizedList(new ArrayList<>());
  // GreenMail delivers one SMTP transaction once per recipient, always with the same
  // MovingMessage instance; an identity set (MovingMessage has no equals) records it once.
  private final Set<MovingMessage> recorded = Collections.newSetFromMap(new WeakHashMap<>());
  private GreenMail greenMail;

  public DemoMailServer(
      @Value("${spring.mail.port:2525}") int port,
      @Value("${enterprise-token.demo.mail-folder:./demo-mail}") Path folder,
      Clock clock,
      @Value("${enterprise-token.zone:America/Bogota}") ZoneId zone) {
    this.port = port;
    this.folder = folder;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    UserManager users = greenMail.getUserManager();
    MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler(
        (message, recipient) -> {
          record(message);
          return delivery.handle(message, recipient);
        });
    log.info("Demo SMTP server listening on 127.0.0.1:{}, mails also written to {}", port,
        folder.toAbsolutePath().normalize());
  }

  @Override
  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return greenMail != null && greenMail.isRunning();
  }

  /** Earliest start and latest stop: the SMTP peer must be up before any mail job runs. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE;
  }

  /** The received messages, oldest first; {@link ReceivedMail#index()} is the position here. */
  public List<ReceivedMail> messages() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  public Optional<ReceivedMail> message(int index) {
    synchronized (received) {
      return index >= 0 && index < received.size()
          ? Optional.of(received.get(index))
          : Optional.empty();
    }
  }

  private void record(MovingMessage moving) {
    synchronized (recorded) {
      if (!recorded.add(moving)) {
        return;
      }
    }
    // A demo convenience must never make the SMTP delivery fail, hence log-and-continue.
    try {
      MimeMessage message = moving.getMessage();
      Instant now = clock.instant();
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      Parts parts = new Parts();
      parts.collect(message);
      String base = FILE_TIMESTAMP.format(now.atZone(zone)) + "-" + slug(message.getSubject());
      Path eml = write(base + ".eml", raw.toByteArray());
      for (MailAttachment attachment : parts.attachments) {
        write(base + "-" + safeFileName(attachment.fileName()), attachment.content());
      }
      synchronized (received) {
        received.add(
            new ReceivedMail(
                received.size(),
                now,
                moving.getToAddresses().stream().map(MailAddress::getEmail).toList(),
                message.getFrom() == null ? "" : message.getFrom()[0].toString(),
                message.getSubject() == null ? "" : message.getSubject(),
                message.getMessageID(),
                parts.html,
                parts.text,
                List.copyOf(parts.attachments),
                eml));
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      log.warn("Demo mailbox could not record a received message", e);
    }
  }

  private Path write(String fileName, byte[] content) throws IOException {
    Files.createDirectories(folder);
    String name = fileName;
    for (int attempt = 2; ; attempt++) {
      Path file = folder.resolve(name);
      try {
        return Files.write(file, content, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        int dot = fileName.lastIndexOf('.');
        name = dot < 0
            ? fileName + "-" + attempt
            : fileName.substring(0, dot) + "-" + attempt + fileName.substring(dot);
      }
    }
  }

  static String slug(String subject) {
    String ascii =
        Normalizer.normalize(subject == null ? "" : subject, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    String cut = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
    return cut.isEmpty() ? "sin-asunto" : cut;
  }

  private static String safeFileName(String fileName) {
    return fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
  }

  /** The bodies and attachments of a MIME tree. */
  private static final class Parts {
    private String html = "";
    private String text = "";
    private final List<MailAttachment> attachments = new ArrayList<>();

    void collect(Part part) throws MessagingException, IOException {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
      } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
          || part.getFileName() != null) {
        attachments.add(
            new MailAttachment(
                part.getFileName() == null ? "adjunto" : part.getFileName(),
                new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT),
                part.getInputStream().readAllBytes()));
      } else if (part.isMimeType("text/html")) {
        html = (String) part.getContent();
      } else if (part.isMimeType("text/plain")) {
        text = (String) part.getContent();
      }
    }
  }
}
