package co.bank.enterprisetoken.virtualtoken;

import static co.bank.enterprisetoken.documents.BankFormLayout.text;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.documents.BankFormLayout;
import co.bank.enterprisetoken.documents.BankFormLayout.FormHeader;
import co.bank.enterprisetoken.documents.DocumentSource;
import co.bank.enterprisetoken.documents.DocumentType;
import co.bank.enterprisetoken.documents.FormIssue;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-T8: the installation guide of the virtual token, on the bank's form layout. */
@Component
public class VirtualTokenGuidePdf implements DocumentSource {

  static final String TITLE = "GUÍA DE INSTALACIÓN — TOKEN VIRTUAL (CERTICÁMARA)";
  static final String FORM_CODE = "TE-TV-01";

  /**
   * What the guide prints about the case.
   *
   * @param reference the case's short reference (header, footer, document id)
   * @param date the case's last change, the date of the guide
   * @param signingUser the holder's signing user (their id number)
   * @param downloadDeadline end of the window to download the certificate
   */
  public record GuideData(String reference, ZonedDateTime date, String holderName,
      String companyName, String signingUser, Instant downloadDeadline) {}

  private final VirtualTokenService service;

  VirtualTokenGuidePdf(VirtualTokenService service) {
    this.service = service;
  }

  @Override
  public DocumentType type() {
    return DocumentType.VIRTUAL_TOKEN_GUIDE;
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] render(String caseId, FormIssue issue) {
    VirtualTokenCase c = service.get(caseId);
    var holder = c.getHolder();
    return build(new GuideData(c.getId().substring(0, 8).toUpperCase(),
        BankTime.local(c.getUpdatedAt()), holder.fullName(), c.getCompany().getName(),
        holder.getIdNumber(), c.getWindowEndsAt()), issue);
  }

  /** Renders the guide; the same data always gives the same bytes. */
  public static byte[] build(GuideData data, FormIssue issue) {
    FormHeader header = new FormHeader(TITLE, FORM_CODE, data.reference(), data.date(), issue);
    return BankFormLayout.render(header, guide -> {
      guide.sectionInPairs("Titular del certificado",
          text("Nombre", data.holderName()),
          text("Empresa", data.companyName()),
          text("Usuario de firma", data.signingUser()),
          text("Plazo para la descarga",
              BankTime.display(data.downloadDeadline()) + " (hora de Colombia)"));
      guide.instructions("1. Requerimientos técnicos", VirtualTokenGuide.REQUIREMENTS);
      List<String> components = new ArrayList<>(VirtualTokenGuide.COMPONENTS);
      components.addAll(VirtualTokenGuide.INSTALLATION);
      guide.instructions("2. Descarga e instalación de los componentes", components);
      guide.instructions("3. Ingreso a Entrust Desktop Virtual Card", VirtualTokenGuide.LOGIN);
      guide.instructions("4. Confirmación en el almacén de Certifirma", VirtualTokenGuide.STORE_CHECK);
      List<String> channels = new ArrayList<>(VirtualTokenGuide.SUPPORT_CHANNELS);
      channels.add("Horario de atención: " + VirtualTokenGuide.SUPPORT_HOURS);
      guide.instructions("5. Canales de atención de Certicámara", channels);
    });
  }
}
