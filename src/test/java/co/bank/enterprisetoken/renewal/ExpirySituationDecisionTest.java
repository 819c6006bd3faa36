package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Decision {@code expiry-situation} (docs/after-expiry.md, SPEC process 2), evaluated by a standalone
 * Camunda DMN engine: no Spring context, no process engine.
 */
@DisplayName("Decisión expiry-situation (R-S1, R-S2, R-S3, R-B10)")
class ExpirySituationDecisionTest {

  static final String RESOURCE = "bpmn/expiry-situation.dmn";
  static final String DECISION_KEY = "expiry-situation";
  static final String ADMIN = "ADMIN";
  static final String OPERATOR = "OPERATOR";
  static final boolean[] BOOLS = {false, true};

  static final String RULE_2 = "Rule_2_CollectedNotActivated";
  static final String RULE_3 = "Rule_3_RequestedNotCollected";
  static final String RULE_4 = "Rule_4_AdminDidNothing";
  static final String RULE_5 = "Rule_5_AdminUnassignsOperator";
  static final String RULE_6 = "Rule_6_OperatorNoWorkingAdmin";

  /** Matching rules of the last evaluation, captured by an engine listener. */
  static final List<String> matchedRuleIds = new ArrayList<>();

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void buildEngineAndParse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder = (DmnDecisionTableEvaluationEvent event) -> {
      for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
        matchedRuleIds.add(rule.getId());
      }
    };
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = resource()) {
      decision = dmnEngine.parseDecision(DECISION_KEY, dmn);
    }
  }

  static InputStream resource() {
    InputStream in = ExpirySituationDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as("%s on the classpath (pom copies bpmn/ to bpmn/)", RESOURCE).isNotNull();
    return in;
  }

  @BeforeEach
  void clearMatches() {
    matchedRuleIds.clear();
  }

  /** The evaluation: situation and the single rule that matched. */
  record Outcome(Integer situation, List<String> matchedRules) {}

  static Outcome evaluate(String holderProfile, boolean renewalRequested, boolean tokenCollected,
      boolean companyHasWorkingAdmin) {
    matchedRuleIds.clear();
    Map<String, Object> variables = Variables.createVariables()
        .putValue("holderProfile", holderProfile)
        .putValue("renewalRequested", renewalRequested)
        .putValue("tokenCollected", tokenCollected)
        .putValue("companyHasWorkingAdmin", companyHasWorkingAdmin);
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, variables);
    assertThat(result).as("UNIQUE: one result row").hasSize(1);
    Integer situation = result.getSingleEntry();
    return new Outcome(situation, List.copyOf(matchedRuleIds));
  }

  /**
   * Independent statement of the contract (docs/after-expiry.md), written as code rather than as a
   * copy of the table: first what happened to the new token, then who holds the expired one. An
   * activated token never reaches the decision (the activation before expiry closes the case).
   */
  static int expectedSituation(String profile, boolean requested, boolean collected,
      boolean adminWorking) {
    if (collected) {
      return 2; // collected, not activated (R-S2)
    }
    if (requested) {
      return 1; // requested, never collected (R-S1, R-B10)
    }
    if (OPERATOR.equals(profile) && adminWorking) {
      return 3; // the admin unassigns the operator's token in the portal (R-S3)
    }
    return 1; // nothing done before expiry (R-S1), or no admin who can act: ECON-084
  }

  // ---------------------------------------------------------------------------------------------
  // One test per rule row.
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("R-S2 / R-B10 solicitó y reclamó el token nuevo, pero no lo activó → situación 2")
  void rs2CollectedNotActivated() {
    // given: the admin requested and collected the new token before expiry, but never activated it
    // when
    Outcome outcome = evaluate(ADMIN, true, true, true);
    // then: ECON-084 "Activación Token por Renovación" (situation 2)
    assertThat(outcome.situation()).isEqualTo(2);
    assertThat(outcome.matchedRules()).containsExactly(RULE_2);

    for (String profile : List.of(ADMIN, OPERATOR)) {
      for (boolean requested : BOOLS) {
        for (boolean admin : BOOLS) {
          Outcome any = evaluate(profile, requested, true, admin);
          assertThat(any.situation()).isEqualTo(2);
          assertThat(any.matchedRules()).containsExactly(RULE_2);
        }
      }
    }
  }

  @Test
  @DisplayName("R-S1 / R-B10 solicitó el token antes del vencimiento pero no lo reclamó en oficina → situación 1")
  void rs1RequestedNotCollected() {
    // given: a renewal case was opened before expiry; the new device was never picked up
    // when
    Outcome outcome = evaluate(ADMIN, true, false, false);
    // then: unassignment with ECON-084 "Sin Renovar" (situation 1)
    assertThat(outcome.situation()).isEqualTo(1);
    assertThat(outcome.matchedRules()).containsExactly(RULE_3);

    for (String profile : List.of(ADMIN, OPERATOR)) {
      for (boolean admin : BOOLS) {
        Outcome any = evaluate(profile, true, false, admin);
        assertThat(any.situation()).isEqualTo(1);
        assertThat(any.matchedRules()).containsExactly(RULE_3);
      }
    }
  }

  @Test
  @DisplayName("R-S1 el administrador no hizo ningún proceso antes del vencimiento y se apagó el token → situación 1")
  void rs1AdminDidNothing() {
    // given: the ADMIN's token expired and no renewal was ever requested
    // when
    Outcome outcome = evaluate(ADMIN, false, false, false);
    // then
    assertThat(outcome.situation()).isEqualTo(1);
    assertThat(outcome.matchedRules()).containsExactly(RULE_4);

    // and: another admin with a working token does not change it (the "-" column)
    Outcome otherAdminWorks = evaluate(ADMIN, false, false, true);
    assertThat(otherAdminWorks.situation()).isEqualTo(1);
    assertThat(otherAdminWorks.matchedRules()).containsExactly(RULE_4);
  }

  @Test
  @DisplayName("R-S3 token del operador vencido y la empresa tiene administrador con token vigente → situación 3")
  void rs3AdminUnassignsOperatorToken() {
    // given: the OPERATOR's token expired with nothing done; the company's admin has a working token
    // when
    Outcome outcome = evaluate(OPERATOR, false, false, true);
    // then: the admin unassigns the device in the portal (situation 3)
    assertThat(outcome.situation()).isEqualTo(3);
    assertThat(outcome.matchedRules()).containsExactly(RULE_5);
  }

  @Test
  @DisplayName("R-S1 token del operador vencido sin administrador con token vigente → situación 1 (ECON-084)")
  void rs1OperatorWithoutWorkingAdmin() {
    // given: the OPERATOR's token expired with nothing done, and no admin can log in to unassign it
    // when
    Outcome outcome = evaluate(OPERATOR, false, false, false);
    // then: the company goes to a branch with ECON-084 (situation 1)
    assertThat(outcome.situation()).isEqualTo(1);
    assertThat(outcome.matchedRules()).containsExactly(RULE_6);
  }

  // ---------------------------------------------------------------------------------------------
  // The whole table.
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("las 16 combinaciones (2 perfiles × 2^3 booleanos) activan exactamente una regla y dan la situación esperada")
  void everyCombinationMatchesExactlyOneRule() {
    int evaluated = 0;
    List<String> rulesSeen = new ArrayList<>();
    for (String profile : List.of(ADMIN, OPERATOR)) {
      for (boolean requested : BOOLS) {
        for (boolean collected : BOOLS) {
          for (boolean admin : BOOLS) {
            String combination = "profile=%s requested=%s collected=%s adminWorking=%s"
                .formatted(profile, requested, collected, admin);
            Outcome outcome = evaluate(profile, requested, collected, admin);
            assertThat(outcome.matchedRules()).as(combination).hasSize(1);
            assertThat(outcome.situation()).as(combination)
                .isEqualTo(expectedSituation(profile, requested, collected, admin));
            rulesSeen.add(outcome.matchedRules().get(0));
            evaluated++;
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(16);
    assertThat(rulesSeen).as("no dead rule")
        .containsOnly(RULE_2, RULE_3, RULE_4, RULE_5, RULE_6)
        .contains(RULE_2, RULE_3, RULE_4, RULE_5, RULE_6);
  }

  @Test
  @DisplayName("la tabla tiene hit policy UNIQUE")
  void hitPolicyIsUnique() {
    // as parsed by the engine
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.isDecisionTable()).isTrue();
    assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    // and as written in the file
    assertThat(model().<DecisionTable>getModelElementById("DecisionTable_ExpirySituation").getHitPolicy())
        .isEqualTo(HitPolicy.UNIQUE);
  }

  @Test
  @DisplayName("entradas, salida y anotaciones según el contrato (docs/after-expiry.md)")
  void inputsOutputAndAnnotationsFollowTheContract() {
    DmnModelInstance model = model();
    Decision dmnDecision = model.getModelElementById(DECISION_KEY);
    assertThat(dmnDecision.getName()).isEqualTo("Situación del token vencido");
    assertThat(dmnDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");

    DecisionTable table = model.getModelElementById("DecisionTable_ExpirySituation");
    assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
        .containsExactly("holderProfile", "renewalRequested", "tokenCollected",
            "companyHasWorkingAdmin");
    assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getTypeRef())
        .containsExactly("string", "boolean", "boolean", "boolean");
    assertThat(table.getInputs()).extracting(Input::getLabel).containsExactly(
        "Perfil del titular",
        "¿Solicitó renovación antes del vencimiento?",
        "¿Reclamó el token nuevo?",
        "¿La empresa tiene un administrador con token vigente?");
    assertThat(table.getOutputs()).extracting(Output::getName, Output::getTypeRef, Output::getLabel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("situation", "integer", "Situación"));

    List<Rule> rules = new ArrayList<>(table.getRules());
    assertThat(rules).extracting(Rule::getId)
        .containsExactly(RULE_2, RULE_3, RULE_4, RULE_5, RULE_6);
    Map<String, List<String>> annotationMustMention = Map.of(
        RULE_2, List.of("R-S2", "R-B10", "Usuario administrador solicitó el token antes del vencimiento y lo reclamó, pero no lo activó"),
        RULE_3, List.of("R-S1", "R-B10", "Usuario administrador realizó la solicitud del token antes del vencimiento, pero no se reclamó el nuevo dispositivo en oficina"),
        RULE_4, List.of("R-S1", "Usuario administrador o usuario operador no realizó ningún proceso antes del vencimiento y se apagó el Token"),
        RULE_5, List.of("R-S3", "En el caso que sea el token del usuario operador el que está vencido, es el usuario administrador quien debe realizar la renovación a través del proceso de desasignación"),
        RULE_6, List.of("R-S1", "Usuario administrador o usuario operador no realizó ningún proceso antes del vencimiento y se apagó el Token"));
    for (Rule rule : rules) {
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
      String annotation = rule.getDescription().getTextContent();
      for (String fragment : annotationMustMention.get(rule.getId())) {
        assertThat(annotation).as("annotation of %s", rule.getId()).contains(fragment);
      }
    }
  }

  static DmnModelInstance model() {
    try (InputStream in = resource()) {
      return Dmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
