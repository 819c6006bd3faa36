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
    "renewal-expired",
    "econ084-rejected",
    "after-expiry-delivery-form",
    "unassignment-form-ready",
    "s2-login-ready",
    "after-expiry-completed"
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
    // Office names start with "Oficina" (never "la oficina Oficina ...").
    model.put("branchOfficeName", "Oficina Chapinero");
    model.put("branchOfficeCity", "Bogotá");
    model.put("authorizedPersonName", "Ana Gómez");
    model.put("newDeviceSerial", "4123456789");
    model.put("visaObservations", "La firma no coincide con la registrada");
    model.put("activatedAt", "15/11/2026 10:00");
    model.put("expirySituation", "1");
    model.put("situation", "1");
    model.put("backOfficeObservations", "La firma del representante legal no coincide");
    model.put("loginAvailableAt", "22/11/2026 09:30");
    // The windows as the settings render them (SpanishDurations); the shipped ones.
    model.put("backOfficeSlaText", "24 horas");
    model.put("loginWaitText", "24 horas");
    return model;
  }

  /** Only what every mail has; the nullable keys are present but null. */
  static Map<String, Object> minimalModel() {
    Map<String, Object> model = fullModel();
    for (String key :
        new String[] {
          "authorizedPersonName", "newDeviceSerial", "visaObservations", "activatedAt",
          "expirySituation", "requestedAt", "branchOfficeCity", "situation",
          "backOfficeObservations", "loginAvailableAt"
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
  @DisplayName("R-S1c visa rejected before expiry: the current token keeps working until its expiry")
  void visaRejectedBeforeExpiry() {
    Map<String, Object> model = withSituation(null);
    RenderedMail mail = templates.render("visa-rejected", model);
    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body).contains("Solicitud Token y Autorización de Entrega")
          .contains("sigue funcionando mientras tanto; vence el 21/11/2026 18:00");
    }
  }

  @Test
  @DisplayName("R-S1c visa rejected after expiry: the old token no longer works; situation 3 names the unassignment form")
  void visaRejectedAfterExpiry() {
    for (String situation : new String[] {"1", "3"}) {
      RenderedMail mail = templates.render("visa-rejected", withSituation(situation));
      for (String body : new String[] {mail.html(), mail.text()}) {
        assertThat(body).as("situation %s", situation)
            .contains("El token anterior ya no funciona")
            .doesNotContain("sigue funcionando", "antes de esa fecha")
            .contains(situation.equals("3") ? "formato de desasignación"
                : "Solicitud Token y Autorización de Entrega");
      }
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

  /** The text a reader sees: tags removed and line breaks collapsed, to find wrapped sentences. */
  private static String words(String body) {
    return body.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
  }

  private static Map<String, Object> withSituation(String situation) {
    Map<String, Object> model = fullModel();
    model.put("situation", situation);
    return model;
  }

  @Test
  @DisplayName("R-S1a ECON-084 rejected, situation 1: observations, a new ECON-084 \"Sin Renovar\" signed by the legal representative")
  void econ084RejectedSituation1() {
    RenderedMail mail = templates.render("econ084-rejected", withSituation("1"));

    assertThat(mail.subject()).contains("ECON-084", "RT-00000042");
    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("La firma del representante legal no coincide", "nuevo formato ECON-084")
          .contains("MODIFICACIÓN CLAVES TOKEN / INTERNET EMPRESARIAL ADMINISTRADOR")
          .contains("DESASIGNACIÓN DE TOKEN: dar check en \"Sin Renovar\"")
          .contains("Datos del autorizado para recibir Token si aplica")
          .contains("firmado por el representante legal y llevado a la Oficina más cercana")
          .contains("El proceso de desasignación tiene un tiempo estimado de atención de 24 horas")
          .doesNotContain("Activación Token por Renovación", "Si el nuevo token");
    }
  }

  @Test
  @DisplayName("R-S1a ECON-084 rejected, situation 2: a new ECON-084 \"Activación Token por Renovación\" and \"Serial nuevo\"")
  void econ084RejectedSituation2() {
    RenderedMail mail = templates.render("econ084-rejected", withSituation("2"));

    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("En RENOVACIÓN DE TOKEN dar check en \"Activación Token por Renovación\" y en \"Serial nuevo\"")
          .contains("4123456789", "representante legal")
          .contains("claves que venía manejando, 24 horas después de haber entregado el formato en la oficina")
          .doesNotContain("Sin Renovar", "Si el nuevo token");
    }
  }

  @Test
  @DisplayName("R-S1a ECON-084 rejected, situation unknown: both sections, each under its heading; no observations row")
  void econ084RejectedUnknownSituation() {
    RenderedMail mail = templates.render("econ084-rejected", minimalModel());

    for (String body : new String[] {mail.html(), mail.text()}) {
      assertThat(body)
          .contains("Sin Renovar", "Activación Token por Renovación")
          .containsIgnoringCase("Si el nuevo token no fue reclamado")
          .containsIgnoringCase("Si el nuevo token fue reclamado pero no fue activado")
          .doesNotContain("Observaciones");
    }
  }

  @Test
  @DisplayName("R-S1b / R-S1c delivery form: signed by the legal representative, original id, branch visa, activation")
  void afterExpiryDeliveryForm() {
    RenderedMail mail = templates.render("after-expiry-delivery-form", fullModel());

    assertThat(mail.subject()).contains("Solicitud Token y Autorización de Entrega", "RT-00000042");
    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("El proceso de desasignación del token vencido")
          .contains("debe ser firmado por el representante legal para que el titular del dispositivo o la"
              + " persona autorizada se acerque a la oficina a reclamar el token")
          .contains("correo de la empresa registrado en el Banco y a la Oficina Chapinero (Bogotá)")
          .contains("Ana Gómez", "ORIGINAL del documento de identificación")
          .contains("IMPORTANTE: La Oficina debe realizar y dejar evidencia de la visación de la firma"
              + " registrada en el formato “Solicitud Token y Autorización de Entrega” antes de la"
              + " entrega de dispositivos")
          .contains("Registre aquí su usuario banca empresas");
    }
    RenderedMail minimal = templates.render("after-expiry-delivery-form", minimalModel());
    assertThat(minimal.html()).doesNotContain("Persona autorizada", "persona autorizada,");
    assertThat(minimal.text()).doesNotContain("Persona autorizada", "persona autorizada,");
  }

  @Test
  @DisplayName("R-S3 unassignment form: \"Pérdida, falla o Robo\", signed by the legal representative, collected at once")
  void unassignmentFormReady() {
    RenderedMail mail = templates.render("unassignment-form-ready", fullModel());

    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("Pérdida, falla o Robo", "usuario operador")
          .contains("Este formato debe ser firmado por el representante legal e inmediatamente puede ir a"
              + " la oficina más cercana a reclamar el token")
          .contains("no es necesario esperar 24 horas")
          .contains("Ana Gómez reclama el token de inmediato", "ORIGINAL del documento de identificación")
          .contains("Registre aquí su usuario banca empresas");
    }
    RenderedMail minimal = templates.render("unassignment-form-ready", minimalModel());
    for (String body : new String[] {words(minimal.html()), words(minimal.text())}) {
      assertThat(body).contains("José Pérez Muñoz reclama el token de inmediato").doesNotContain("Ana Gómez");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"s2-login-ready", "renewal-expired", "econ084-rejected",
      "unassignment-form-ready", "after-expiry-delivery-form", "pickup-reminder"})
  @DisplayName("R-S1a R-S2 the windows come from the settings (12 horas when configured), never"
      + " \"la oficina Oficina\"")
  void windowsFromSettings(String template) {
    Map<String, Object> model = fullModel();
    model.put("backOfficeSlaText", "12 horas");
    model.put("loginWaitText", "12 horas");
    for (String situation : new String[] {"1", "2"}) {
      model.put("situation", situation);
      model.put("expirySituation", situation);
      RenderedMail mail = templates.render(template, model);
      for (String body : new String[] {words(mail.subject()), words(mail.html()), words(mail.text())}) {
        assertThat(body).doesNotContain("24 horas", "24 h ", "la oficina Oficina", "La oficina Oficina");
      }
      if (!template.equals("after-expiry-delivery-form") && !template.equals("pickup-reminder")) {
        assertThat(words(mail.text())).contains("12 horas");
      }
    }
  }

  @Test
  @DisplayName("R-S2 login ready: the credentials the client had, 24 h after handing in the ECON-084; old token dead")
  void s2LoginReady() {
    RenderedMail mail = templates.render("s2-login-ready", fullModel());

    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("Activación Token por Renovación")
          .contains("Ingrese a Internet Empresarial con las claves que venía manejando, 24 horas después de"
              + " haber entregado el formato en la oficina: a partir del 22/11/2026 09:30")
          .contains("El nuevo token quedó activo", "El token anterior ya no funciona para el ingreso")
          .contains("4123456789");
    }
    RenderedMail minimal = templates.render("s2-login-ready", minimalModel());
    for (String body : new String[] {words(minimal.html()), words(minimal.text())}) {
      assertThat(body)
          .contains("24 horas después de haber entregado el formato en la oficina.")
          .doesNotContain("a partir del");
    }
  }

  @Test
  @DisplayName("after-expiry completed: the renewal is complete and the old token can be discarded")
  void afterExpiryCompleted() {
    RenderedMail mail = templates.render("after-expiry-completed", fullModel());

    assertThat(mail.subject()).isEqualTo("Renovación de token completada - solicitud RT-00000042");
    for (String body : new String[] {words(mail.html()), words(mail.text())}) {
      assertThat(body)
          .contains("fue activado el 15/11/2026 10:00", "se completa la renovación del token después del vencimiento")
          .contains("el antiguo ya no funciona para el ingreso y puede desecharlo")
          .contains("4123456789");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"expiry-alert", "renewal-activated", "econ084-rejected", "after-expiry-completed"})
  @DisplayName("the subject is plain text: HTML entities of the <title> are decoded")
  void subjectIsUnescaped(String template) {
    Map<String, Object> model = fullModel();
    model.put("holderName", "Pérez & Hijos");
    model.put("confirmationNumber", "RT-<1>");

    assertThat(templates.render(template, model).subject()).doesNotContain("&amp;", "&lt;");
  }
}
