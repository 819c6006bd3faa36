package co.bank.enterprisetoken.registration;

import static co.bank.enterprisetoken.registration.ActivationProcessVariables.CODE_EXPIRES_AT;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendCode: sends a fresh code; only its expiry (the timer's date) becomes a variable. */
@Component
public class SendRegistrationCodeDelegate implements JavaDelegate {

  private final RegistrationService registrations;

  public SendRegistrationCodeDelegate(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CODE_EXPIRES_AT.setIn(execution,
        Date.from(registrations.sendCode(execution.getProcessBusinessKey())));
  }
}
