package co.bank.enterprisetoken.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {

  static final String[] TEMPLATES = {
    "expiry-alert",
    "renewal-requested",
    "visa-rejected",
    "token-delivered",
    "pickup-reminder",
    "renewal-activated",
    "renewal-expired"
  };
  private static final String SEED_SENTENCE =
      "Su token está próximo a vencerse. Por favor realice el proceso de renovación, para ello"
          + " ingrese al menú administrativo de este portal, opción renovación de Dispositivo";

  private final MailTemplates templates = new MailTemplates();

  /** Every key a caller may provide, with characters that must survive escaping. */
  static Map<String, Object> fullModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("companyName", "Ñandú & Cía <S.A.S.>");
    model.put("confirmationNumber", "RT-00000042");
    model.put("holderName", "José Pérez Muñoz");
    model.put("deviceSerial", "4000000001");
    model.put("deviceExpiresAt", "21/11/2026 18:00");
    model.put("requestedAt", "02/11/2026 09:15");
    model.put("branchOfficeName", "Chapinero");
    model.put("branchOfficeCity", "Bogotá");
    model.put("authorizedPersonName", "Ana Gómez");
    model.put("newDeviceSerial", "4123456789");
    model.put("visaObservations", "La firma no coincide con la registrada");
    model.put("activatedAt", "15/11/2026 10:00");
    model.put("expirySituation", "1");
    return model;
  }

  /** Only what every mail has; the nullable keys are present but null. */
  static Map<String, Object> minimalModel() {
    Map<String, Object> model = fullModel();
    for (String key :
        new String[] {
          "authorizedPersonName", "newDeviceSerial", "visaObservations", "activatedAt",
          "expirySituation", "requestedAt", "branchOfficeCity"
        }) {
      model.put(key, null);
    }
    return model;
  }

  static Stream<Arguments> templatesAndModels() {
    return Stream.of(TEMPLATES)
        .flatMap(
            template ->
                Stream.of(
                    Arguments.of(template, "full", fullModel()),
                    Arguments.of(template, "optional values null", minimalModel())));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("templatesAndModels")
  @DisplayName("every template renders subject, HTML and text with no expression left over")
  void rendersCompletely(String template, String variant, Map<String, Object> model) {
    RenderedMail mail = templates.render(template, model);

    assertThat(mail.subject()).isNotBlank().doesNotContain("\n", "null");
    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body).doesNotContain("${", "[[", "[(", "null").doesNotContainPattern("\\bth:");
      assertThat(body).contains("José Pérez Muñoz");
    }
    assertThat(mail.html())
        .contains("Token Empresarial", "mensaje automático", "no responda")
        .contains("nunca le solicitará por correo electrónico sus claves")
        .contains("Ñandú &amp; Cía &lt;S.A.S.&gt;")
        .startsWith("<!DOCTYPE html>");
    assertThat(mail.text())
        .contains("Ñandú & Cía <S.A.S.>", "mensaje automático", "no responda")
        .doesNotContain("&amp;", "\n\n\n");
  }

  @Test
  @DisplayName("optional parts are hidden when their value is null")
  void hidesOptionalParts() {
    RenderedMail full = templates.render("renewal-requested", fullModel());
    RenderedMail minimal = templates.render("renewal-requested", minimalModel());

    assertThat(full.html()).contains("Ana Gómez", "Persona autorizada para reclamar");
    assertThat(full.text()).contains("Ana Gómez", "Persona autorizada para reclamar");
    assertThat(minimal.html()).doesNotContain("Persona autorizada", "persona autorizada");
    assertThat(minimal.text()).doesNotContain("Persona autorizada", "persona autorizada");
  }

  @Test
  @DisplayName("R-B1 expiry alert carries the seed's sentence, the device facts and the admin reminder")
  void expiryAlert() {
    RenderedMail mail = templates.render("expiry-alert", fullModel());

    assertThat(mail.subject()).startsWith("Su token está próximo a vencerse");
    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body).contains(SEED_SENTENCE, "4000000001", "21/11/2026 18:00");
      assertThat(body).contains("perfil operador", "usuario administrador");
    }
  }

  @Test
  @DisplayName("R-B6 / R-B5 renewal requested: attached form, who signs, original id, current token keeps working")
  void renewalRequested() {
    RenderedMail mail = templates.render("renewal-requested", fullModel());

    assertThat(mail.subject()).isEqualTo("Solicitud de renovación de token RT-00000042");
    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("Solicitud Token y Autorización de Entrega")
          .contains("representante legal")
          .contains("administrador del portal")
          .contains("ORIGINAL del documento de identificación")
          .contains("Chapinero (Bogotá)")
          .contains("NO inactiva su token actual");
    }
  }

  @Test
  @DisplayName("R-S1c visa rejected: observations and a newly signed form")
  void visaRejected() {
    RenderedMail mail = templates.render("visa-rejected", fullModel());

    assertThat(mail.subject()).contains("RT-00000042");
    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("La firma no coincide con la registrada")
          .contains("nuevamente el formato")
          .contains("representante legal");
    }
  }

  @Test
  @DisplayName("R-B7 / R-B8 token delivered: new serial and how the admin activates it with the holder")
  void tokenDelivered() {
    RenderedMail mail = templates.render("token-delivered", fullModel());

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("4123456789", "Entregado en Oficina", "Activar Token Renovado")
          .containsPattern("Administración (&gt;|>) Renovación de dispositivo");
    }
  }

  @Test
  @DisplayName("pickup reminder names the current token's expiry date")
  void pickupReminder() {
    RenderedMail mail = templates.render("pickup-reminder", fullModel());

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body).contains("antes del 21/11/2026 18:00", "Chapinero (Bogotá)");
    }
  }

  @Test
  @DisplayName("R-B9 renewal activated: the old token no longer works and can be discarded")
  void renewalActivated() {
    RenderedMail mail = templates.render("renewal-activated", fullModel());

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("el antiguo ya no funciona para el ingreso y puede desecharlo")
          .contains("4123456789", "15/11/2026 10:00");
    }
  }

  @Test
  @DisplayName("R-B10 / R-S1 expired, situation 1: ECON-084 unassignment \"Sin Renovar\", 24 h")
  void renewalExpiredSituation1() {
    RenderedMail mail = templates.render("renewal-expired", fullModel());

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("MODIFICACIÓN CLAVES TOKEN / INTERNET EMPRESARIAL ADMINISTRADOR")
          .contains("DESASIGNACIÓN DE TOKEN", "Sin Renovar", "representante legal", "24 horas")
          .doesNotContain("Activación Token por Renovación");
    }
  }

  @Test
  @DisplayName("R-B10 / R-S2 expired, situation 2: ECON-084 renewal section, login 24 h after handing it in")
  void renewalExpiredSituation2() {
    Map<String, Object> model = fullModel();
    model.put("expirySituation", "2");

    RenderedMail mail = templates.render("renewal-expired", model);

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("RENOVACIÓN DE TOKEN", "Activación Token por Renovación", "Serial nuevo")
          .contains("4123456789", "claves que venía manejando", "24 horas después")
          .doesNotContain("Sin Renovar");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"expiry-alert", "renewal-activated"})
  @DisplayName("the subject is plain text: HTML entities of the <title> are decoded")
  void subjectIsUnescaped(String template) {
    Map<String, Object> model = fullModel();
    model.put("holderName", "Pérez & Hijos");
    model.put("confirmationNumber", "RT-<1>");

    assertThat(templates.render(template, model).subject()).doesNotContain("&amp;", "&lt;");
  }
}
