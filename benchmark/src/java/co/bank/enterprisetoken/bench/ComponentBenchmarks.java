package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.documents.FormIssue;
import co.bank.enterprisetoken.documents.Econ084FormData;
import co.bank.enterprisetoken.documents.Econ084FormPdf;
import co.bank.enterprisetoken.documents.RenewalRequestFormData;
import co.bank.enterprisetoken.documents.RenewalRequestFormPdf;
import co.bank.enterprisetoken.documents.UnassignmentFormData;
import co.bank.enterprisetoken.documents.UnassignmentFormPdf;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenGuidePdf;
import co.bank.enterprisetoken.notification.MailAttachment;
import co.bank.enterprisetoken.notification.MailPoolSettings;
import co.bank.enterprisetoken.notification.OutgoingMail;
import co.bank.enterprisetoken.notification.SmtpConnectionPool;
import co.bank.enterprisetoken.notification.SmtpMailer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Components alone (JMH, average time per operation): each PDF the app builds (renewal request
 * form, ECON-084 in both situations, unassignment form, virtual token guide) as a case renders it,
 * and one e-mail with that PDF sent to a local SMTP server (GreenMail) either the way the app used
 * to send it (Spring's JavaMailSenderImpl: connect, send, quit per mail), over one reused SMTP
 * connection, or as the app sends it now (SmtpMailer: MIME build + pooled connection).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComponentBenchmarks {

  static final FormIssue ISSUE = new FormIssue("7KD2MXQ9PA", 1);

  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  static RenewalRequestFormData form(int i) {
    return new RenewalRequestFormData("RT-" + String.format("%08d", i),
        ZonedDateTime.of(2026, 7, 14, 9, 30, 0, 0, BOGOTA), "Ferretería Núñez S.A.S.",
        "900123456-8", "empresa@clientes.example", "Jorge Núñez Castro", "Laura Gómez Díaz",
        "Andrés Pérez Rojas", "CC", "80123456", "OPERATOR", "4000000002",
        ZonedDateTime.of(2026, 7, 31, 23, 59, 0, 0, BOGOTA),
        new RenewalRequestFormData.AuthorizedPerson("CC", "52123456", "María Fernanda",
            "Rojas Pérez"), "0001", "Oficina Chapinero", "Bogotá");
  }

  static final RenewalRequestFormData.AuthorizedPerson COLLECTOR =
      new RenewalRequestFormData.AuthorizedPerson("CC", "52123456", "María Fernanda",
          "Rojas Pérez");

  static Econ084FormData econ084(int i, Econ084FormData.Section section, String newSerial) {
    return new Econ084FormData(section, "RT-" + String.format("%08d", i),
        ZonedDateTime.of(2026, 8, 3, 10, 15, 0, 0, BOGOTA), "0001", "Oficina Chapinero", "Bogotá",
        "Ferretería Núñez S.A.S.", "900123456-8", "empresa@clientes.example",
        "Laura Gómez Díaz", "CC", "1020304050", "laura.gomez@clientes.example", "3001234567",
        section == Econ084FormData.Section.UNASSIGN_WITHOUT_RENEWAL ? COLLECTOR : null,
        "Andrés Pérez Rojas", "CC", "80123456", "4000000002",
        ZonedDateTime.of(2026, 7, 31, 23, 59, 0, 0, BOGOTA), newSerial,
        "Jorge Núñez Castro", "CC", "79876543", "24 horas", "24 horas");
  }

  static UnassignmentFormData unassignment(int i) {
    return new UnassignmentFormData("RT-" + String.format("%08d", i),
        ZonedDateTime.of(2026, 8, 2, 16, 40, 0, 0, BOGOTA), "Ferretería Núñez S.A.S.",
        "900123456-8", "Laura Gómez Díaz", "CC", "1020304050", "Andrés Pérez Rojas", "CC",
        "80123456", "4000000002", ZonedDateTime.of(2026, 7, 31, 23, 59, 0, 0, BOGOTA), COLLECTOR,
        "0001", "Oficina Chapinero", "Bogotá", "Jorge Núñez Castro", "CC", "79876543", "24 horas");
  }

  static VirtualTokenGuidePdf.GuideData guide(int i) {
    return new VirtualTokenGuidePdf.GuideData(String.format("%08X", i),
        ZonedDateTime.of(2026, 7, 14, 9, 30, 0, 0, BOGOTA), "Andrés Pérez Rojas",
        "Ferretería Núñez S.A.S.", "80123456", Instant.parse("2026-07-17T23:00:00Z"));
  }

  @State(Scope.Thread)
  public static class Pdf {
    final RenewalRequestFormPdf renewalForm = new RenewalRequestFormPdf();
    final Econ084FormPdf econ084Form = new Econ084FormPdf();
    final UnassignmentFormPdf unassignmentForm = new UnassignmentFormPdf();
    int i;
  }

  @Benchmark
  public byte[] pdfRenewalRequestForm(Pdf state) {
    return state.renewalForm.build(form(state.i++), ISSUE);
  }

  /** ECON-084, situation 1: DESASIGNACIÓN DE TOKEN "Sin Renovar", with an authorized person. */
  @Benchmark
  public byte[] pdfEcon084FormWithoutRenewal(Pdf state) {
    return state.econ084Form.build(
        econ084(state.i++, Econ084FormData.Section.UNASSIGN_WITHOUT_RENEWAL, null), ISSUE);
  }

  /** ECON-084, situation 2: RENOVACIÓN DE TOKEN with the new serial, nobody authorized. */
  @Benchmark
  public byte[] pdfEcon084FormRenewalActivation(Pdf state) {
    return state.econ084Form.build(
        econ084(state.i++, Econ084FormData.Section.RENEWAL_ACTIVATION, "4000000777"), ISSUE);
  }

  @Benchmark
  public byte[] pdfUnassignmentForm(Pdf state) {
    return state.unassignmentForm.build(unassignment(state.i++), ISSUE);
  }

  @Benchmark
  public byte[] pdfVirtualTokenGuide(Pdf state) {
    return VirtualTokenGuidePdf.build(guide(state.i++), ISSUE);
  }

  @State(Scope.Benchmark)
  public static class Smtp {
    GreenMail server;
    JavaMailSenderImpl sender;
    SmtpConnectionPool pool;
    SmtpMailer appMailer;
    OutgoingMail appMail;
    Transport transport;
    MimeMessage message;

    @Setup(Level.Trial)
    public void start() throws Exception {
      server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(server.getSmtp().getPort());
      pool = new SmtpConnectionPool(sender, new MailPoolSettings());
      appMailer = new SmtpMailer(pool, "Token Empresarial <token.empresarial@banco.example>");
      appMail = new OutgoingMail("<RT-00000001.renewal-requested@token-empresarial>",
          List.of("empresa@clientes.example"), "Solicitud de renovación de token RT-00000001",
          "<p>Adjuntamos la solicitud.</p>", "Adjuntamos la solicitud.", List.of(
              new MailAttachment("solicitud.pdf", "application/pdf",
                  new RenewalRequestFormPdf().build(form(1), ISSUE))));
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
      Session session = Session.getInstance(props);
      transport = session.getTransport("smtp");
      transport.connect();
      message = new MimeMessage(session);
      MimeMessageHelper helper = new MimeMessageHelper(message,
          MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
      helper.setFrom("token.empresarial@banco.example");
      helper.setTo("empresa@clientes.example");
      helper.setSubject("Solicitud de renovación de token RT-00000001");
      helper.setText("Adjuntamos la solicitud.", "<p>Adjuntamos la solicitud.</p>");
      helper.addAttachment("solicitud.pdf", new ByteArrayDataSource(
          new RenewalRequestFormPdf().build(form(1), ISSUE), "application/pdf"));
      message.saveChanges();
    }

    @TearDown(Level.Iteration)
    public void purge() throws Exception {
      server.purgeEmailFromAllMailboxes();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      transport.close();
      pool.destroy();
      server.stop();
    }
  }

  @Benchmark
  public void mailOneConnectionPerMail(Smtp smtp) {
    smtp.sender.send(smtp.message);
  }

  /** What the app does per mail: build the MIME message and send it over a pooled connection. */
  @Benchmark
  public void mailAppPooledConnection(Smtp smtp) {
    smtp.appMailer.send(smtp.appMail);
  }

  @Benchmark
  public void mailReusedConnection(Smtp smtp) throws Exception {
    smtp.transport.sendMessage(smtp.message, smtp.message.getAllRecipients());
  }
}
