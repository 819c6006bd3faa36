package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.RuleRefusedException;
import co.bank.enterprisetoken.registry.BankUser;
import co.bank.enterprisetoken.registry.Device;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.DynamicCodeGuard;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.InputRules;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How the company authorizes what it asks the bank in the portal, the same before and after
 * expiry: the admin's dynamic code (R-B3, R-V5) and the person named to collect a token at the
 * branch (R-B3; the collector of an unassignment, R-S3). Runs in the caller's transaction.
 */
@Component
public class ClientAuthorization {

  private final DeviceRepository devices;
  private final DynamicCodeGuard codeGuard;

  public ClientAuthorization(DeviceRepository devices, DynamicCodeGuard codeGuard) {
    this.devices = devices;
    this.codeGuard = codeGuard;
  }

  /**
   * The code must come from the admin's working physical token and not have been used; an admin
   * whose token expired renews it after expiry first.
   */
  public void verifyAdminCode(BankUser admin, String code, Instant now) {
    Device adminToken = devices.findFirstByHolderAndTypeAndState(admin, DeviceType.PHYSICAL,
            DeviceState.ACTIVE)
        .filter(d -> d.isWorkingAt(now))
        .orElseThrow(() -> new RuleRefusedException("R-B3", "El administrador no tiene un token"
            + " vigente para autorizar: debe renovarlo por el proceso después del vencimiento."));
    if (!codeGuard.verifyAny(List.of(adminToken), code, now)) {
      new FieldErrors().add("dynamicCode", "El número dinámico no es válido o ya fue usado.")
          .throwIfAny();
    }
  }

  /** The person's fields under {@code field}, if one is named: a person id (not a NIT), names. */
  public void validateAuthorizedPerson(FieldErrors errors, String field,
      RenewalRequest.AuthorizedPersonInput person) {
    if (person == null) {
      return;
    }
    IdType type = InputRules.idType(errors, field + ".idType", person.idType());
    if (type == IdType.NIT) {
      errors.add(field + ".idType", "La persona autorizada se identifica con CC, CE o PA.");
    }
    InputRules.idNumber(errors, field + ".idNumber", type, person.idNumber());
    InputRules.personName(errors, field + ".names", person.names());
    InputRules.personName(errors, field + ".surnames", person.surnames());
  }

  /** The validated person as the case keeps it; none when none is named. */
  public AuthorizedPerson authorizedPerson(RenewalRequest.AuthorizedPersonInput person) {
    return person == null ? null : new AuthorizedPerson(IdType.valueOf(person.idType()),
        person.idNumber(), person.names().strip(), person.surnames().strip());
  }
}
