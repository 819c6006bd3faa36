package co.bank.enterprisetoken.virtualtoken;

import static co.bank.enterprisetoken.documents.BankFormLayout.text;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.documents.BankFormLayout;
import co.bank.enterprisetoken.documents.BankFormLayout.FormHeader;
import co.bank.enterprisetoken.documents.DocumentSource;
import co.bank.enterprisetoken.documents.DocumentType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-T8: the installation guide of the virtual token, on the bank's form layout. */
@Component
class VirtualTokenGuidePdf implements DocumentSource {

  static final String TITLE = "GUÍA DE INSTALACIÓN — TOKEN VIRTUAL (CERTICÁMARA)";
  static final String FORM_CODE = "TE-TV-01";

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
  public byte[] render(String caseId) {
    VirtualTokenCase c = service.get(caseId);
    var holder = c.getHolder();
    FormHeader header = new FormHeader(TITLE, FORM_CODE, c.getId().substring(0, 8).toUpperCase(),
        BankTime.local(c.getUpdatedAt()));
    return BankFormLayout.render(header, guide -> {
      guide.sectionInPairs("Titular del certificado",
          text("Nombre", holder.fullName()),
          text("Empresa", c.getCompany().getName()),
          text("Usuario de firma", holder.getIdNumber()),
          text("Plazo para la descarga", BankTime.display(c.getWindowEndsAt()) + " (hora de Colombia)"));
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
