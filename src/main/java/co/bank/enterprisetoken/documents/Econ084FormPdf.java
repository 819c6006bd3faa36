package co.bank.enterprisetoken.documents;

import static co.bank.enterprisetoken.documents.BankFormLayout.choice;
import static co.bank.enterprisetoken.documents.BankFormLayout.choices;
import static co.bank.enterprisetoken.documents.BankFormLayout.formatDate;
import static co.bank.enterprisetoken.documents.BankFormLayout.formatDateTime;
import static co.bank.enterprisetoken.documents.BankFormLayout.text;

import co.bank.enterprisetoken.documents.BankFormLayout.FormHeader;
import co.bank.enterprisetoken.documents.BankFormLayout.SignatureBox;
import co.bank.enterprisetoken.documents.Econ084FormData.Section;
import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The bank's form ECON-084 "Modificación claves token / Internet Empresarial administrador" (seed
 * ch.2 §1, "Diligenciamiento formato ECON-084"), pre-filled for the company: situation 1 ticks
 * DESASIGNACIÓN DE TOKEN "Sin Renovar" (R-S1), situation 2 ticks RENOVACIÓN DE TOKEN "Activación
 * Token por Renovación" and "Serial nuevo" (R-S2). The legal representative signs it and takes it to
 * the nearest branch, which registers its reception (R-S1a).
 */
@Component
public class Econ084FormPdf {

  public static final String TITLE = "MODIFICACIÓN CLAVES TOKEN / INTERNET EMPRESARIAL ADMINISTRADOR";
  public static final String FORM_CODE = "ECON-084";
  public static final String UNASSIGNMENT_SECTION = "DESASIGNACIÓN DE TOKEN";
  public static final String RENEWAL_SECTION = "RENOVACIÓN DE TOKEN";
  public static final String WITHOUT_RENEWAL = "Sin Renovar";
  public static final String ACTIVATION_BY_RENEWAL = "Activación Token por Renovación";
  public static final String NEW_SERIAL = "Serial nuevo";
  public static final String NO_AUTHORIZED_PERSON =
      "No se autorizó a otra persona para recibir el token.";

  // Seed ch.2 §1, situations 1 and 2: "Una vez diligenciado el formato...".
  private static final String SIGN_AND_TAKE =
      "Una vez diligenciado, este formato debe ser firmado por el representante legal de la"
          + " empresa y llevado a la oficina más cercana.";

  // The windows are the configured ones ({backOfficeSla}, {loginWait}), filled in per form.
  private static final List<String> WITHOUT_RENEWAL_INSTRUCTIONS = List.of(
      SIGN_AND_TAKE,
      "El proceso de desasignación tiene un tiempo estimado de atención de {backOfficeSla} a partir de"
          + " la entrega de este formato en la oficina.",
      "Realizada la desasignación, se genera el formato “Solicitud Token y Autorización de"
          + " Entrega”, que se envía al correo de la empresa registrado en el Banco y a la oficina."
          + " Debe ser firmado por el representante legal para que el titular del dispositivo o la"
          + " persona autorizada se acerque a la oficina a reclamar el token.",
      "IMPORTANTE: la oficina realiza y deja evidencia de la visación de la firma registrada en"
          + " el formato “Solicitud Token y Autorización de Entrega” antes de la entrega de"
          + " dispositivos.",
      "Una vez recibido el nuevo token, realice el proceso de activación del token.");

  private static final List<String> RENEWAL_ACTIVATION_INSTRUCTIONS = List.of(
      SIGN_AND_TAKE,
      "El cliente debe ingresar a Internet Empresarial con las claves que venía manejando,"
          + " {loginWait} después de haber entregado este formato en la oficina.",
      "Cumplidas las {loginWait}, el Banco envía un aviso al correo de la empresa registrado.");

  /** Renders the form on one A4 page; the same data always gives the same bytes. */
  public byte[] build(Econ084FormData data, FormIssue issue) {
    FormHeader header =
        new FormHeader(TITLE, FORM_CODE, data.confirmationNumber(), data.date(), issue);
    boolean unassign = data.section() == Section.UNASSIGN_WITHOUT_RENEWAL;
    return BankFormLayout.render(header, form -> {
      form.sectionInPairs("Oficina y fecha",
          text("Oficina", data.officeCode() + " — " + data.officeName()),
          text("Fecha", formatDate(data.date())),
          text("Ciudad", data.officeCity()));
      form.sectionInPairs(UNASSIGNMENT_SECTION,
          choices("Desasignación", choice(WITHOUT_RENEWAL, unassign)));
      form.sectionInPairs(RENEWAL_SECTION,
          choices("Renovación",
              choice(ACTIVATION_BY_RENEWAL, !unassign), choice(NEW_SERIAL, !unassign)),
          text("Serial nuevo N.º", newSerial(data)));
      form.sectionInPairs("Datos de la empresa",
          text("Razón social", data.companyName()),
          text("NIT", data.companyNit()),
          text("Correo registrado", data.companyEmail()));
      form.sectionInPairs("Datos del administrador actual",
          text("Nombres y apellidos", data.adminNames()),
          text("Identificación", data.adminIdType() + " " + data.adminIdNumber()),
          text("Correo electrónico", data.adminEmail()),
          text("Celular", data.adminMobile()));
      AuthorizedPerson person = data.authorizedPerson();
      String personTitle = "Datos del autorizado para recibir token";
      if (person == null) {
        form.sectionNote(personTitle, NO_AUTHORIZED_PERSON);
      } else {
        form.sectionInPairs(personTitle,
            text("Nombres", person.names()),
            text("Apellidos", person.surnames()),
            text("Identificación", person.idType() + " " + person.idNumber()));
      }
      form.sectionInPairs("Token vencido",
          text("Titular", data.holderName()),
          text("Identificación", data.holderIdType() + " " + data.holderIdNumber()),
          text("Serial", data.deviceSerial()),
          text("Fecha de vencimiento",
              formatDateTime(data.deviceExpiresAt()) + " (hora de Colombia)"));
      form.instructions("Instrucciones",
          (unassign ? WITHOUT_RENEWAL_INSTRUCTIONS : RENEWAL_ACTIVATION_INSTRUCTIONS).stream()
              .map(line -> line.replace("{backOfficeSla}", data.backOfficeSla())
                  .replace("{loginWait}", data.loginWait())).toList());
      form.signatureAndBranchReception(new SignatureBox("Firma del representante legal",
          data.legalRepresentativeName(),
          data.legalRepresentativeIdType() + " " + data.legalRepresentativeIdNumber()));
    });
  }

  // Situation 2 prints the serial when known and leaves a line to write it otherwise.
  private static String newSerial(Econ084FormData data) {
    if (data.section() != Section.RENEWAL_ACTIVATION) {
      return "";
    }
    return data.newDeviceSerial() != null ? data.newDeviceSerial() : "______________________";
  }
}
