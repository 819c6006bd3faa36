package co.bank.enterprisetoken.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ActivateToken: runs in the transaction of the portal's serial step (R-A5, R-A6). */
@Component
public class ActivateRegistrationTokenDelegate implements JavaDelegate {

  private final RegistrationService registrations;

  public ActivateRegistrationTokenDelegate(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registrations.activateToken(execution.getProcessBusinessKey());
  }
}
