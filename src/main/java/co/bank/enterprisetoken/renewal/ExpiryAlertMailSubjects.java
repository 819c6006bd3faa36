package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.notification.Audience;
import co.bank.enterprisetoken.notification.MailSubject;
import co.bank.enterprisetoken.notification.MailSubjectSource;
import co.bank.enterprisetoken.notification.MailTemplate;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The model of the R-B1 alert, loaded from the device (business key = serial). */
@Component
class ExpiryAlertMailSubjects implements MailSubjectSource {

  private final DeviceRepository devices;

  ExpiryAlertMailSubjects(DeviceRepository devices) {
    this.devices = devices;
  }

  @Override
  public boolean supports(MailTemplate template) {
    return template == MailTemplate.EXPIRY_ALERT;
  }

  @Override
  @Transactional(readOnly = true)
  public MailSubject load(MailTemplate template, String serial) {
    Device device = devices.findBySerial(serial)
        .orElseThrow(() -> new NotFoundException("No existe el token " + serial));
    var company = device.getHolder().getCompany();
    return new MailSubject(Map.of(
        "companyName", company.getName(),
        "holderName", device.getHolder().fullName(),
        "deviceSerial", device.getSerial(),
        "deviceExpiresAt", BankTime.display(device.getExpiresAt())),
        Map.of(Audience.COMPANY, company.getEmail()));
  }
}
