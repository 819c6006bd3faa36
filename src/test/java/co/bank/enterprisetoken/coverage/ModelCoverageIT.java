package co.bank.enterprisetoken.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs after the unit and scenario tests (failsafe, in {@code verify}): adds up the coverage that
 * camunda-process-test-coverage wrote per test class under {@code target/process-test-coverage/}
 * into one report ({@code target/process-test-coverage/all/report.html}) and fails unless every
 * model in {@code bpmn/} has all its flow nodes and sequence flows covered.
 */
@DisplayName("Cobertura: cada nodo y cada flujo de secuencia de los cinco modelos")
class ModelCoverageIT {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final String ALL = "all";

  @Test
  @DisplayName("100 % de nodos y flujos de secuencia por modelo en toda la suite")
  void everyModelIsFullyCovered() throws IOException {
    String combined = combinedReport();
    CoverageReportUtil.writeReport(combined, true, REPORTS.resolve(ALL).toFile(), "report.html",
        Function.identity());
    Files.writeString(REPORTS.resolve(ALL).resolve("report.json"), combined);
    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);

    Map<String, Set<String>> uncovered = new TreeMap<>();
    int total = 0;
    int covered = 0;
    StringBuilder summary = new StringBuilder();
    for (String key : modelKeysInRepository()) {
      Model model = result.getModels().stream().filter(m -> m.getKey().equals(key))
          .reduce((a, b) -> b).orElse(null);
      Set<String> elements = model == null ? elementsOf(key) : elementsOf(model);
      Set<String> reached = result.getEvents().stream()
          .filter(e -> key.equals(e.getModelKey())).map(Event::getDefinitionKey)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> missing = new TreeSet<>(elements);
      missing.removeAll(reached);
      total += elements.size();
      covered += elements.size() - missing.size();
      summary.append(String.format("%s: %d/%d%n", key, elements.size() - missing.size(),
          elements.size()));
      if (!missing.isEmpty()) {
        uncovered.put(key, missing);
      }
    }
    summary.append(String.format("total: %d/%d%n", covered, total));
    Files.writeString(REPORTS.resolve(ALL).resolve("summary.txt"), summary);
    System.out.print(summary);
    assertThat(uncovered)
        .as("flow nodes and sequence flows no test reaches%n%s", summary)
        .isEmpty();
  }

  /** The per-class reports of this build, combined with the library's own merge. */
  private static String combinedReport() throws IOException {
    List<String> reports = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(REPORTS)) {
      for (Path dir : dirs.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().equals(ALL)).sorted().toList()) {
        Path json = dir.resolve("report.json");
        if (Files.exists(json)) {
          reports.add(Files.readString(json));
        }
      }
    }
    assertThat(reports).as("per-class coverage reports under %s", REPORTS).isNotEmpty();
    return reports.stream().reduce(CoverageStateJsonExporter::combineCoverageStateResults)
        .orElseThrow();
  }

  private static List<String> modelKeysInRepository() throws IOException {
    List<String> keys = new ArrayList<>();
    File[] files = new File("bpmn").listFiles((d, n) -> n.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    for (File file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
          .filter(org.camunda.bpm.model.bpmn.instance.Process::isExecutable)
          .forEach(p -> keys.add(p.getId()));
    }
    return keys.stream().sorted().toList();
  }

  private static Set<String> elementsOf(Model model) {
    return elementsOf(Bpmn.readModelFromStream(
        new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8))));
  }

  /** A model no test deployed: read from bpmn/ (every element of it is then uncovered). */
  private static Set<String> elementsOf(String key) {
    File[] files = new File("bpmn").listFiles((d, n) -> n.endsWith(".bpmn"));
    for (File file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      if (model.getModelElementById(key) != null) {
        return elementsOf(model);
      }
    }
    throw new IllegalStateException(key);
  }

  private static Set<String> elementsOf(BpmnModelInstance model) {
    Set<String> ids = new TreeSet<>();
    model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
    model.getModelElementsByType(SequenceFlow.class).forEach(f -> ids.add(f.getId()));
    return ids;
  }
}
