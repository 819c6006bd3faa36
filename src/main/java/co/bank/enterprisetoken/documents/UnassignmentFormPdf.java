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
 * The form printed after the company admin unassigns an operator's expired token in the portal
 * ("Desasignar Dispositivo", seed ch.2 §1 situation 3, R-S3). The legal representative signs it
 * and the new token can be collected at the branch at once; the branch visas the signature first
 * (R-S1c).
 */
@Component
public class UnassignmentFormPdf {

  public static final String TITLE = "DESASIGNACIÓN DE DISPOSITIVO — TOKEN EMPRESARIAL";
  /** The seed names no code for this form; the product assigns one to tell the forms apart. */
  public static final String FORM_CODE = "TE-DES-01";
  /** The only reason the portal offers for this unassignment (seed ch.2, situation 3). */
  public static final String REASON = "Pérdida, falla o Robo";

  private static final List<String> INSTRUCTIONS = List.of(
      "Este formato debe ser firmado por el representante legal de la empresa.",
      "Una vez firmado, la persona registrada para reclamar el token puede acercarse de inmediato"
          + " a la oficina indicada: no es necesario esperar {loginWait}.",
      "Quien reclama debe presentar el ORIGINAL de su documento de identificación, que debe"
          + " coincidir con el registrado en este formato.",
      "IMPORTANTE: antes de la entrega del dispositivo, la oficina realiza y deja evidencia de la"
          + " visación de la firma del representante legal registrada en este formato.",
      "Una vez recibido el nuevo token, realice el proceso de activación del token.");

  /** Renders the form on one A4 page; the same data always gives the same bytes. */
  public byte[] build(UnassignmentFormData data, FormIssue issue) {
    FormHeader header =
        new FormHeader(TITLE, FORM_CODE, data.confirmationNumber(), data.unassignedAt(), issue);
    return BankFormLayout.render(header, form -> {
      form.sectionInPairs("Datos de la empresa",
          text("Razón social", data.companyName()),
          text("NIT", data.companyNit()));
      form.sectionInPairs("Desasignado por (usuario administrador)",
          text("Nombre", data.adminName()),
          text("Identificación", data.adminIdType() + " " + data.adminIdNumber()));
      form.sectionInPairs("Usuario operador y dispositivo desasignado",
          text("Nombre", data.operatorName()),
          text("Identificación", data.operatorIdType() + " " + data.operatorIdNumber()),
          text("Serial del token", data.deviceSerial()),
          text("Fecha de vencimiento",
              formatDateTime(data.deviceExpiresAt()) + " (hora de Colombia)"),
          choices("Motivo", choice(REASON, true)));
      AuthorizedPerson collector = data.collector();
      form.sectionInPairs("Persona que reclamará el nuevo token",
          text("Nombres", collector.names()),
          text("Apellidos", collector.surnames()),
          text("Identificación", collector.idType() + " " + collector.idNumber()));
      form.sectionInPairs("Oficina donde se reclama el token",
          text("Oficina", data.officeCode() + " — " + data.officeName()),
          text("Ciudad", data.officeCity()));
      form.instructions("Instrucciones", INSTRUCTIONS.stream()
          .map(line -> line.replace("{loginWait}", data.loginWait())).toList());
      form.signatures(new SignatureBox("Firma del representante legal",
          data.legalRepresentativeName(),
          data.legalRepresentativeIdType() + " " + data.legalRepresentativeIdNumber()));
      form.branchVisa();
    });
  }
}
