package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.notification.Audience;
import co.bank.enterprisetoken.notification.MailSubject;
import co.bank.enterprisetoken.notification.MailSubjectSource;
import co.bank.enterprisetoken.notification.MailTemplate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The model of the registration e-mails (business key = registration id); never a secret. */
@Component
class RegistrationMailSubjects implements MailSubjectSource {

  private final RegistrationService registrations;

  RegistrationMailSubjects(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public boolean supports(MailTemplate template) {
    return template == MailTemplate.REGISTRATION_COMPLETED;
  }

  @Override
  @Transactional(readOnly = true)
  public MailSubject load(MailTemplate template, String registrationId) {
    Registration registration = registrations.get(registrationId);
    var user = registration.getUser();
    return new MailSubject(Map.of(
        "companyName", registration.getCompany().getName(),
        "holderName", user.fullName(),
        "profile", user.isAdmin() ? "Administrador" : "Operador",
        "deviceSerial", registration.getDevice().getSerial(),
        "registeredAt", BankTime.display(registration.getUpdatedAt())),
        Map.of(Audience.USER, user.getEmail(), Audience.COMPANY, registration.getCompany().getEmail()));
  }
}
