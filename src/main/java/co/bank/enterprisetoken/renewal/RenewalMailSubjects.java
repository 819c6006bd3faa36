package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.SpanishDurations;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.notification.Audience;
import co.bank.enterprisetoken.notification.MailSubject;
import co.bank.enterprisetoken.notification.MailSubjectSource;
import co.bank.enterprisetoken.notification.MailTemplate;
import co.bank.enterprisetoken.registry.Device;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The model of the renewal e-mails, loaded from the case (business key = confirmation number). */
@Component
class RenewalMailSubjects implements MailSubjectSource {

  private static final Set<MailTemplate> TEMPLATES = Set.of(MailTemplate.RENEWAL_REQUESTED,
      MailTemplate.VISA_REJECTED, MailTemplate.TOKEN_DELIVERED, MailTemplate.PICKUP_REMINDER,
      MailTemplate.RENEWAL_ACTIVATED, MailTemplate.RENEWAL_EXPIRED, MailTemplate.ECON084_REJECTED,
      MailTemplate.AFTER_EXPIRY_DELIVERY_FORM, MailTemplate.UNASSIGNMENT_FORM_READY,
      MailTemplate.S2_LOGIN_READY, MailTemplate.AFTER_EXPIRY_COMPLETED);

  private final RenewalService renewals;
  private final AfterExpirySettings afterExpirySettings;

  RenewalMailSubjects(RenewalService renewals, AfterExpirySettings afterExpirySettings) {
    this.renewals = renewals;
    this.afterExpirySettings = afterExpirySettings;
  }

  @Override
  public boolean supports(MailTemplate template) {
    return TEMPLATES.contains(template);
  }

  @Override
  @Transactional(readOnly = true)
  public MailSubject load(MailTemplate template, String confirmationNumber) {
    RenewalCase renewal = renewals.get(confirmationNumber);
    Map<String, Object> model = new HashMap<>();
    model.put("companyName", renewal.getCompany().getName());
    model.put("confirmationNumber", renewal.getConfirmationNumber());
    model.put("holderName", renewal.holder().fullName());
    model.put("deviceSerial", renewal.getDevice().getSerial());
    model.put("deviceExpiresAt", BankTime.display(renewal.getDevice().getExpiresAt()));
    model.put("requestedAt", BankTime.display(renewal.getRequestedAt()));
    model.put("branchOfficeName", renewal.getBranchOffice().getName());
    model.put("branchOfficeCity", renewal.getBranchOffice().getCity());
    model.put("authorizedPersonName",
        renewal.authorizedPerson().map(AuthorizedPerson::fullName).orElse(null));
    model.put("newDeviceSerial", renewal.newDevice().map(Device::getSerial).orElse(null));
    model.put("activatedAt", BankTime.display(renewal.getActivatedAt()));
    model.put("visaObservations", renewals.lastVisa(renewal)
        .filter(v -> !v.isApproved()).map(SignatureVisa::getObservations).orElse(null));
    // Decided once by the DMN (ExpiryRouting) and kept on the case.
    String situation = renewal.getSituation() == null ? null : renewal.getSituation().toString();
    model.put("expirySituation", situation);
    model.put("situation", situation);
    model.put("backOfficeObservations", renewals.history(renewal).stream()
        .filter(e -> e.getAction().equals("ECON084_RECHAZADO")).reduce((a, b) -> b)
        .map(RenewalEvent::getDetail).orElse(null));
    model.put("loginAvailableAt", renewal.getEcon084ReceivedAt() == null ? null
        : BankTime.display(renewal.getEcon084ReceivedAt().plus(afterExpirySettings.getLoginWait())));
    // The windows as the settings have them, never written into the templates.
    model.put("backOfficeSlaText", SpanishDurations.of(afterExpirySettings.getBackOfficeSla()));
    model.put("loginWaitText", SpanishDurations.of(afterExpirySettings.getLoginWait()));
    return new MailSubject(model, Map.of(
        Audience.COMPANY, renewal.getCompany().getEmail(),
        Audience.BRANCH, renewal.getBranchOffice().getMailbox()));
  }
}
