package co.bank.enterprisetoken.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SMTP server of the nodes, in the test's JVM: it outlives a killed node, so it sees every
 * e-mail any node ever sent, duplicates included.
 */
final class Mailbox implements AutoCloseable {

  private static final Pattern CASE = Pattern.compile("RT-\\d{8}");

  /** One received e-mail: the case it is about, what kind of e-mail (subject without the case). */
  record Mail(String caseNumber, String kind, String messageId, String to, String subject) {}

  private final GreenMail smtp;

  Mailbox() {
    smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  int port() {
    return smtp.getSmtp().getPort();
  }

  List<Mail> mails() {
    return Arrays.stream(smtp.getReceivedMessages()).map(Mailbox::parse).toList();
  }

  private static Mail parse(MimeMessage m) {
    try {
      String subject = m.getSubject();
      Matcher rt = CASE.matcher(subject);
      String caseNumber = rt.find() ? rt.group() : null;
      String kind = subject.replaceAll("( - solicitud)? ?RT-\\d{8}", "").strip();
      return new Mail(caseNumber, kind, m.getMessageID(),
          Arrays.toString(m.getRecipients(Message.RecipientType.TO)), subject);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many e-mails of each (case, kind); a correct run has 1 everywhere. */
  Map<String, Long> perCaseAndKind() {
    return mails().stream().filter(m -> m.caseNumber() != null)
        .collect(Collectors.groupingBy(m -> m.caseNumber() + " | " + m.kind(),
            java.util.TreeMap::new, Collectors.counting()));
  }

  static final String REQUESTED = "Solicitud de renovación de token";
  static final String REMINDER = "Recordatorio: reclame su nuevo token";
  static final String DELIVERED = "Nuevo token entregado en oficina";
  static final String ACTIVATED = "Token renovado activado";
  static final String EXPIRED = "Su token venció antes de completar la renovación";

  static long count(List<Mail> mails, String caseNumber, String kind) {
    return mails.stream().filter(m -> caseNumber.equals(m.caseNumber()) && kind.equals(m.kind()))
        .count();
  }

  /** Waits (bounded) until {@code done} holds for the received e-mails. */
  boolean await(Predicate<List<Mail>> done, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (done.test(mails())) {
        return true;
      }
      Thread.sleep(500);
    }
    return done.test(mails());
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
