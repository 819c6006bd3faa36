package co.bank.enterprisetoken.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The SMS channel of the demo and the tests ({@code enterprise-token.sms.gateway=outbox}): keeps the last messages in memory, where the demo's outbox page
 * and the tests read them. The log names only the masked number: a message may carry a code.
 */
@Component
@ConditionalOnProperty(name = "enterprise-token.sms.gateway", havingValue = "outbox")
public class SmsOutbox implements SmsSender {

  private static final Logger LOG = LoggerFactory.getLogger(SmsOutbox.class);
  private static final int CAPACITY = 200;

  private final Deque<Sms> messages = new ConcurrentLinkedDeque<>();
  private final Clock clock;

  public SmsOutbox(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void send(String mobile, String text) {
    messages.addLast(new Sms(mobile, text, clock.instant()));
    while (messages.size() > CAPACITY) {
      messages.pollFirst();
    }
    LOG.info("SMS queued for {}", Masking.mobile(mobile));
  }

  /** Oldest first. */
  public List<Sms> messages() {
    return new ArrayList<>(messages);
  }

  public record Sms(String mobile, String text, Instant sentAt) {}
}
