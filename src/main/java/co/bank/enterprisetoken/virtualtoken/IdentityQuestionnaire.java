package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.BankUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * R-T4: Certicámara's identity-validation questionnaire. The questions and the verification of the
 * answers belong to Certicámara (identity bureau data); this port is where its client plugs in.
 * {@link DemoIdentityQuestionnaire} is a deterministic stand-in for the demo and the tests.
 */
public interface IdentityQuestionnaire {

  /** The questions to show the holder, each with its options. */
  List<Question> questionsFor(Holder holder);

  /** Whether the answers (question id → chosen option) pass the validation. */
  boolean passes(Holder holder, Map<String, String> answers);

  /** Who is being validated: the registry's holder and the id issue date they typed (R-T3). */
  record Holder(BankUser user, LocalDate idIssueDate, String companyName) {}

  record Question(String id, String text, List<String> options) {}
}
