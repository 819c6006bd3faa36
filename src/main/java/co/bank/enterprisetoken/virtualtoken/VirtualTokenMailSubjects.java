package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.notification.Audience;
import co.bank.enterprisetoken.notification.MailSubject;
import co.bank.enterprisetoken.notification.MailSubjectSource;
import co.bank.enterprisetoken.notification.MailTemplate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The model of the virtual-token e-mails (business key = case id); never a secret. */
@Component
class VirtualTokenMailSubjects implements MailSubjectSource {

  private static final Set<MailTemplate> TEMPLATES = EnumSet.of(
      MailTemplate.VIRTUAL_TOKEN_CERTIFICATE, MailTemplate.VIRTUAL_TOKEN_LOCKED,
      MailTemplate.VIRTUAL_TOKEN_EXPIRED);

  private final VirtualTokenService service;

  VirtualTokenMailSubjects(VirtualTokenService service) {
    this.service = service;
  }

  @Override
  public boolean supports(MailTemplate template) {
    return TEMPLATES.contains(template);
  }

  @Override
  @Transactional(readOnly = true)
  public MailSubject load(MailTemplate template, String caseId) {
    VirtualTokenCase c = service.get(caseId);
    return new MailSubject(service.mailModel(c),
        Map.of(Audience.USER, c.getHolder().getEmail(), Audience.COMPANY, c.getCompany().getEmail()));
  }
}
