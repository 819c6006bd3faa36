package co.bank.enterprisetoken.virtualtoken;

import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.INSTALLATION_CONFIRMED;
import static co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables.SUPPORT_NOTES;

import co.bank.enterprisetoken.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code virtual-token-issuance}; each calls {@link VirtualTokenService} with
 * the business key (the case id). No secret ever becomes a process variable.
 */
@Configuration
class VirtualTokenDelegates {

  /** Task_SendLink (async): a fresh one-time link to the holder's e-mail (R-T2, R-T8). */
  @Bean
  JavaDelegate sendVirtualTokenLinkDelegate(VirtualTokenService service) {
    return execution -> service.sendLink(execution.getProcessBusinessKey());
  }

  /** Task_CreateSigningUser: in the transaction of the portal's certificate step (R-T6). */
  @Bean
  JavaDelegate createSigningUserDelegate(VirtualTokenService service) {
    return execution -> service.createSigningUser(execution.getProcessBusinessKey());
  }

  /** Task_UnlockQuestionnaire: the lock's 24 hours passed without an attempt (R-T4). */
  @Bean
  JavaDelegate unlockQuestionnaireDelegate(VirtualTokenService service) {
    return execution -> service.unlockQuestionnaire(execution.getProcessBusinessKey());
  }

  /** Task_ExpireCase: the 3-month window closed (R-T5). */
  @Bean
  JavaDelegate expireVirtualTokenDelegate(VirtualTokenService service) {
    return execution -> service.expire(execution.getProcessBusinessKey());
  }

  /** Task_RecordSupport: the analyst's note and, if so, the installation confirmed (R-T9). */
  @Bean
  JavaDelegate recordVirtualTokenSupportDelegate(VirtualTokenService service, TaskActors actors) {
    return (DelegateExecution execution) -> service.recordSupport(
        execution.getProcessBusinessKey(),
        actors.completedBy(execution, "Task_SupportHolder"),
        SUPPORT_NOTES.valueIn(execution),
        Boolean.TRUE.equals(INSTALLATION_CONFIRMED.valueIn(execution)));
  }
}
