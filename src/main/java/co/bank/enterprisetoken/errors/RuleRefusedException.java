package co.bank.enterprisetoken.errors;

import org.camunda.bpm.engine.BadUserRequestException;

/** A well-formed request that the bank's rules refuse (422), e.g. renewing an expired device. */
public class RuleRefusedException extends BadUserRequestException {

  private final String rule;

  public RuleRefusedException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** The SPEC.md rule id that refuses it, e.g. {@code R-B4}. */
  public String getRule() {
    return rule;
  }
}
