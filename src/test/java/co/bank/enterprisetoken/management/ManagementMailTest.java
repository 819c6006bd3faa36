package co.bank.enterprisetoken.management;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.BankUserRepository;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.CompanyRepository;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.registry.TotpDynamicCodeVerifier;
import co.bank.enterprisetoken.stock.LotInput;
import co.bank.enterprisetoken.stock.StockSettings;
import co.bank.enterprisetoken.stock.TokenStock;
import co.bank.enterprisetoken.support.IntegrationTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@DisplayName("Correos de gerencia: inventario bajo una vez por cruce; reporte de tokens por vencer en CSV")
class ManagementMailTest extends IntegrationTest {

  @Autowired TokenStock stock;
  @Autowired StockSettings stockSettings;
  @Autowired ManagementMailOutbox outbox;
  @Autowired ManagementSettings settings;
  @Autowired ExpiringTokensReport report;
  @Autowired BranchOfficeRepository offices;
  @Autowired CompanyRepository companies;
  @Autowired BankUserRepository users;
  @Autowired DeviceRepository devices;
  @Autowired TransactionTemplate transactions;

  private String newOffice() {
    String code = String.format("%04d", ThreadLocalRandom.current().nextInt(100, 10_000));
    offices.findById(code).orElseGet(() -> offices.save(new BranchOffice(code, "Oficina Prueba "
        + code, "Pasto", "oficina" + code + "@banco.example")));
    return code;
  }

  private List<String> lot(String office, int size) {
    List<String> serials = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      serials.add(fixtures.newSerial());
    }
    stock.registerLot(new LotInput(office, null, null, String.join(" ", serials), null), "analista");
    return serials;
  }

  private long lowStockMailsFor(String office) {
    return mailsTo(settings.getManagersMailbox()).stream().filter(m -> {
      try {
        return m.getSubject().contains("(" + office + ")");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  @Test
  @DisplayName("Inventario bajo: un correo a los gerentes por cada cruce del mínimo, no por cada entrega")
  void lowStockMailOncePerCrossing() throws Exception {
    int threshold = stockSettings.getLowThreshold();
    String office = newOffice();
    List<String> serials = lot(office, threshold + 2);
    stock.takeForDelivery(office, serials.get(0), "RT-00000001", "oficina");
    outbox.sendPending();
    assertThat(lowStockMailsFor(office)).as("above the threshold").isZero();

    stock.takeForDelivery(office, serials.get(1), "RT-00000002", "oficina");
    stock.takeForDelivery(office, serials.get(2), "RT-00000003", "oficina");
    outbox.sendPending();
    outbox.sendPending();
    assertThat(lowStockMailsFor(office)).as("first crossing, two deliveries below").isEqualTo(1);
    MimeMessage mail = mailsTo(settings.getManagersMailbox()).stream()
        .filter(m -> subject(m).contains(office)).findFirst().orElseThrow();
    assertThat(subject(mail)).isEqualTo("Inventario bajo de tokens en la Oficina Prueba " + office
        + " (" + office + ")");
    assertThat(text(mail)).contains("tiene " + threshold + " tokens nuevos en inventario",
        "mínimo de " + threshold);

    lot(office, 3); // above the threshold again
    stock.takeForDelivery(office, serials.get(3), "RT-00000004", "oficina");
    outbox.sendPending();
    assertThat(lowStockMailsFor(office)).as("recovered, not crossed yet").isEqualTo(1);
    stock.takeForDelivery(office, serials.get(4), "RT-00000005", "oficina");
    stock.takeForDelivery(office, serials.get(5), "RT-00000006", "oficina");
    stock.takeForDelivery(office, serials.get(6), "RT-00000007", "oficina");
    outbox.sendPending();
    assertThat(lowStockMailsFor(office)).as("second crossing").isEqualTo(2);
  }

  @Test
  @DisplayName("El CSV de tokens por vencer se abre en Excel en español: ';', UTF-8 con BOM, dd/MM/yyyy en Bogotá, CRLF")
  void expiringTokensCsvParsedBack() {
    // 03:30 UTC is 22:30 of the previous day in Bogotá: the CSV must show the Bogotá date.
    Instant expiry = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS)
        .plus(Duration.ofMinutes(210));
    Instant later = clock.instant().plus(settings.getExpiringWindow()).plus(Duration.ofDays(5));
    String name = "Núñez; \"Hermanos\" & Cía " + ThreadLocalRandom.current().nextInt(1_000_000);
    String serial = fixtures.newSerial();
    String outside = fixtures.newSerial();
    transactions.executeWithoutResult(tx -> {
      String base = String.format("8%08d", ThreadLocalRandom.current().nextInt(100_000_000));
      Company company = companies.save(new Company(base + "-" + InputRules.nitCheckDigit(base),
          name, "csv@clientes.example", "José Núñez", IdType.CC, "19345678"));
      BankUser holder = users.save(new BankUser(company, Profile.ADMIN, IdType.CC,
          "7" + serial.substring(1), "María José", "Ñañez Peña", "mj@clientes.example",
          "3001234567"));
      devices.save(new Device(serial, holder, DeviceType.PHYSICAL, DeviceState.ACTIVE, expiry,
          TotpDynamicCodeVerifier.newSecret()));
      devices.save(new Device(outside, holder, DeviceType.PHYSICAL, DeviceState.ACTIVE, later,
          TotpDynamicCodeVerifier.newSecret()));
    });

    byte[] bytes = report.csv();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    List<List<String>> rows = parse(text);
    assertThat(rows.get(0)).containsExactly("Empresa", "NIT", "Oficina", "Titular", "Serial",
        "Fecha de vencimiento", "Días para vencer");
    List<String> row = rows.stream().filter(r -> r.get(4).equals(serial)).findFirst().orElseThrow();
    String bogotaDate = ExpiringTokensReport.DAY.format(expiry.atZone(BankTime.ZONE));
    assertThat(bogotaDate).isNotEqualTo(ExpiringTokensReport.DAY.format(
        expiry.atZone(java.time.ZoneOffset.UTC)));
    assertThat(row).containsExactly(name, row.get(1), "Sin oficina", "María José Ñañez Peña",
        serial, bogotaDate, Long.toString(Duration.between(clock.instant(), expiry).toDays()));
    assertThat(rows).noneMatch(r -> r.get(4).equals(outside));
    assertThat(report.perCompanyAndOffice()).anyMatch(r -> r.company().equals(name)
        && r.devices() == 1 && r.firstExpiry().equals(bogotaDate));
  }

  @Test
  @DisplayName("El reporte semanal llega una vez a back office con el CSV adjunto")
  void weeklyReportMailedOnce() throws Exception {
    // A day of its own, so the run key is new on a shared database too.
    clock.setInstant(clock.instant().plus(Duration.ofDays(ThreadLocalRandom.current()
        .nextInt(400, 4000))));
    assertThat(outbox.queueExpiringReport()).isTrue();
    assertThat(outbox.queueExpiringReport()).as("a second node, the same day").isFalse();
    outbox.sendPending();
    outbox.sendPending();
    String date = ExpiringTokensReport.DAY.format(clock.instant().atZone(BankTime.ZONE));
    List<MimeMessage> mails = mailsTo(settings.getBackofficeMailbox()).stream()
        .filter(m -> subject(m).endsWith(date)).toList();
    assertThat(mails).hasSize(1);
    assertThat(subject(mails.get(0))).startsWith("Tokens por vencer en los próximos 90 días");
    Part csv = attachment(mails.get(0));
    assertThat(csv.getFileName()).isEqualTo(report.fileName());
    byte[] content = csv.getInputStream().readAllBytes();
    assertThat(Arrays.copyOf(content, 3)).containsExactly(0xEF, 0xBB, 0xBF);
  }

  /** RFC 4180 with ';': quoted fields, doubled quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) throws Exception {
    return collect(m, new StringBuilder()).toString();
  }

  private static StringBuilder collect(Part part, StringBuilder out) throws Exception {
    if (part.isMimeType("text/plain")) {
      out.append(part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), out);
      }
    }
    return out;
  }

  private static Part attachment(Part part) throws Exception {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part;
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part found = attachment(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
