package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.registry.DeviceRepository;
import co.bank.enterprisetoken.registry.DynamicCodeVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: shows the dynamic code a demo token displays now, standing in for the physical device
 * in the walkthrough. Never present outside the demo profile.
 */
@RestController
@Profile("demo")
class DemoTokenController {

  private final DeviceRepository devices;
  private final DynamicCodeVerifier codes;
  private final Clock clock;

  DemoTokenController(DeviceRepository devices, DynamicCodeVerifier codes, Clock clock) {
    this.devices = devices;
    this.codes = codes;
    this.clock = clock;
  }

  @GetMapping("/demo/devices/{serial}/dynamic-code")
  @Transactional(readOnly = true)
  Map<String, String> dynamicCode(@PathVariable String serial) {
    var device = devices.findBySerial(serial)
        .orElseThrow(() -> new NotFoundException("No existe el token " + serial));
    Instant now = clock.instant();
    return Map.of("serial", serial, "dynamicCode", codes.currentCode(device, now),
        "validUntil", Instant.ofEpochSecond((now.getEpochSecond() / 60 + 1) * 60).toString());
  }
}
