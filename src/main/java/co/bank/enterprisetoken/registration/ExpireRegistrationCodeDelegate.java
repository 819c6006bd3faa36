package co.bank.enterprisetoken.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseExpired: the code life ran out (R-A3); the registration is closed. */
@Component
public class ExpireRegistrationCodeDelegate implements JavaDelegate {

  private final RegistrationService registrations;

  public ExpireRegistrationCodeDelegate(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registrations.expireCode(execution.getProcessBusinessKey());
  }
}
