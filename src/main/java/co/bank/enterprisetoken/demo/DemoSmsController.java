package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.registration.SmsOutbox;
import java.util.Collections;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Demo only: the text messages the app sent (registration codes), newest first, like /demo/mail. */
@RestController
@Profile("demo")
class DemoSmsController {

  private final SmsOutbox outbox;

  DemoSmsController(SmsOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/demo/sms")
  List<SmsOutbox.Sms> messages() {
    List<SmsOutbox.Sms> newestFirst = outbox.messages();
    Collections.reverse(newestFirst);
    return newestFirst;
  }
}
