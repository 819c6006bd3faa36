package co.bank.enterprisetoken.documents;

import static co.bank.enterprisetoken.documents.BankFormLayout.choice;
import static co.bank.enterprisetoken.documents.BankFormLayout.choices;
import static co.bank.enterprisetoken.documents.BankFormLayout.formatDateTime;
import static co.bank.enterprisetoken.documents.BankFormLayout.text;

import co.bank.enterprisetoken.documents.BankFormLayout.FormHeader;
import co.bank.enterprisetoken.documents.BankFormLayout.SignatureBox;
import co.bank.enterprisetoken.documents.RenewalRequestFormData.AuthorizedPerson;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The PDF "Solicitud Token y Autorización de Entrega" (seed ch.1 §1): e-mailed to the company
 * after a renewal request (R-B6) or after the unassignment of situation 1 (R-S1b), signed by the
 * legal representative or the portal admin, and checked by the branch before the delivery (R-B7,
 * R-S1c).
 */
@Component
public class RenewalRequestFormPdf {

  public static final String TITLE = "SOLICITUD TOKEN Y AUTORIZACIÓN DE ENTREGA";
  /** The seed names no code for this form; the product assigns one to tell the forms apart. */
  public static final String FORM_CODE = "TE-SOL-01";
  public static final String NO_AUTHORIZED_PERSON =
      "No se autorizó a otra persona: el token lo reclama el titular.";

  // Seed ch.1 §1-§2: who signs, what the branch asks for, what happens to the current token.
  private static final List<String> INSTRUCTIONS = List.of(
      "Este formato debe ser firmado por el representante legal de la empresa o por el"
          + " administrador del portal Internet Empresarial.",
      "En la oficina, el asesor entregará el nuevo token al titular del dispositivo o a la"
          + " persona autorizada en este formato, quien debe presentar el ORIGINAL de su documento"
          + " de identificación. El documento presentado debe coincidir con el registrado en este"
          + " formato.",
      "La solicitud NO inactiva el token actual: puede seguir usándolo hasta que reclame el nuevo"
          + " dispositivo y el administrador realice la activación. Una vez activado el nuevo"
          + " token, el token actual queda inactivo.",
      "La activación del nuevo token la realiza el usuario administrador conjuntamente con el"
          + " titular, en Internet Empresarial, opción Administración / Renovación de"
          + " dispositivo.");

  /** Renders the form on one A4 page; the same data always gives the same bytes. */
  public byte[] build(RenewalRequestFormData data, FormIssue issue) {
    FormHeader header =
        new FormHeader(TITLE, FORM_CODE, data.confirmationNumber(), data.requestedAt(), issue);
    return BankFormLayout.render(header, form -> {
      form.section("Datos de la empresa",
          text("Razón social", data.companyName()),
          text("NIT", data.companyNit()),
          text("Correo electrónico registrado", data.companyEmail()),
          text("Representante legal", data.legalRepresentativeName()),
          text("Solicitado por (administrador)", data.requestedByName()));
      boolean admin = data.holderProfile().equals("ADMIN");
      form.section("Datos del titular del token",
          text("Nombre", data.holderName()),
          text("Tipo y número de identificación",
              data.holderIdType() + " " + data.holderIdNumber()),
          choices("Perfil", choice("Administrador", admin), choice("Operador", !admin)),
          text("Serial del token actual", data.deviceSerial()),
          text("Fecha de vencimiento",
              formatDateTime(data.deviceExpiresAt()) + " (hora de Colombia)"));
      AuthorizedPerson person = data.authorizedPerson();
      String personTitle = "Persona autorizada para reclamar el token";
      if (person == null) {
        form.sectionNote(personTitle, NO_AUTHORIZED_PERSON);
      } else {
        form.section(personTitle,
            text("Tipo y número de identificación", person.idType() + " " + person.idNumber()),
            text("Nombres", person.names()),
            text("Apellidos", person.surnames()));
      }
      form.section("Oficina de entrega",
          text("Código", data.branchOfficeCode()),
          text("Nombre", data.branchOfficeName()),
          text("Ciudad", data.branchOfficeCity()));
      form.instructions("Instrucciones", INSTRUCTIONS);
      form.signatures(
          new SignatureBox("Firma del representante legal o administrador del portal", null, null),
          new SignatureBox("Firma de quien recibe el token", null, null));
      form.branchVisa();
    });
  }
}
