package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables.ACTIVATED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ActivateRenewedToken: new token active, old one inactive (R-B9), in the portal's call. */
@Component
public class ActivateRenewedTokenDelegate implements JavaDelegate {

  private final RenewalService renewals;

  public ActivateRenewedTokenDelegate(RenewalService renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.activate(execution.getProcessBusinessKey(), ACTIVATED_BY.valueIn(execution));
  }
}
