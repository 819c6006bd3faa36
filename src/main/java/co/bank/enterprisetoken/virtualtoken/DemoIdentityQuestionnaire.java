package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.BankUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A deterministic questionnaire built from the registry: the last two digits of the registered
 * mobile, the holder's first surname and the company. The right option of each question is known
 * to whoever knows the holder's data, which is what the demo and the tests need; the real
 * questionnaire (Certicámara) replaces it by declaring another {@link IdentityQuestionnaire} bean.
 */
public class DemoIdentityQuestionnaire implements IdentityQuestionnaire {

  @Override
  public List<Question> questionsFor(Holder holder) {
    return correctAnswers(holder).entrySet().stream()
        .map(e -> new Question(e.getKey(), TEXTS.get(e.getKey()), options(e.getKey(), e.getValue())))
        .toList();
  }

  @Override
  public boolean passes(Holder holder, Map<String, String> answers) {
    Map<String, String> right = correctAnswers(holder);
    return right.entrySet().stream().allMatch(e -> e.getValue().equalsIgnoreCase(
        String.valueOf(answers.get(e.getKey())).strip()));
  }

  private static final Map<String, String> TEXTS = Map.of(
      "mobile", "¿Cuáles son los dos últimos dígitos de su celular registrado en el Banco?",
      "surname", "¿Cuál es su primer apellido?",
      "company", "¿Con cuál de estas empresas tiene vínculo?");

  /** The right answers for the holder; public so that the tests and the demo can answer. */
  public static Map<String, String> correctAnswers(Holder holder) {
    BankUser user = holder.user();
    Map<String, String> right = new LinkedHashMap<>();
    String mobile = user.getMobile();
    right.put("mobile", mobile.substring(mobile.length() - 2));
    right.put("surname", user.getSurnames().split(" ")[0].toUpperCase(Locale.ROOT));
    right.put("company", holder.companyName());
    return right;
  }

  private static List<String> options(String question, String right) {
    List<String> options = new ArrayList<>(switch (question) {
      case "mobile" -> List.of("07", "19", "42", "86");
      case "surname" -> List.of("RODRÍGUEZ", "CASTAÑO", "MEJÍA", "VILLAMIZAR");
      default -> List.of("Inversiones El Roble S.A.S.", "Comercializadora Andina Ltda.",
          "Textiles del Norte S.A.");
    });
    if (!options.contains(right)) {
      options.set(right.hashCode() % 2 == 0 ? 0 : options.size() - 1, right);
    }
    return List.copyOf(options);
  }

  @Configuration
  static class DemoQuestionnaireConfiguration {
    /** Only with {@code enterprise-token.identity-questionnaire=demo} (demo and tests). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
        name = "enterprise-token.identity-questionnaire", havingValue = "demo")
    IdentityQuestionnaire identityQuestionnaire() {
      return new DemoIdentityQuestionnaire();
    }

    /** Certicámara's client is the bank's to plug in: until then a clear refusal (503). */
    @Bean
    @ConditionalOnMissingBean(IdentityQuestionnaire.class)
    IdentityQuestionnaire notConfiguredIdentityQuestionnaire() {
      return new IdentityQuestionnaire() {
        @Override
        public List<Question> questionsFor(Holder holder) {
          throw notConfigured();
        }

        @Override
        public boolean passes(Holder holder, java.util.Map<String, String> answers) {
          throw notConfigured();
        }

        private co.bank.enterprisetoken.errors.NotConfiguredException notConfigured() {
          return new co.bank.enterprisetoken.errors.NotConfiguredException("La validación de"
              + " identidad (cuestionario de Certicámara) no está configurada en esta instalación;"
              + " intente más tarde o comuníquese con el banco.");
        }
      };
    }
  }
}
