package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.registry.DynamicCodeGuard;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back office lifts a device's dynamic-code lock before it ends, when the client calls the bank
 * (HTTP Basic as a member of {@code backoffice}; the operators may too). Recorded as a device event.
 */
@RestController
@RequestMapping("/backoffice/devices")
class BackOfficeDeviceApi {

  private final DynamicCodeGuard guard;
  private final Clock clock;

  BackOfficeDeviceApi(DynamicCodeGuard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  @DeleteMapping("/{serial}/dynamic-code-lock")
  ResponseEntity<Void> unlock(@PathVariable String serial, Principal caller) {
    if (!serial.matches("\\d{10}")) {
      throw new co.bank.enterprisetoken.errors.NotFoundException("No existe un token con el serial indicado.");
    }
    guard.unlock(serial, "Back office " + caller.getName(), clock.instant());
    return ResponseEntity.noContent().build();
  }
}
