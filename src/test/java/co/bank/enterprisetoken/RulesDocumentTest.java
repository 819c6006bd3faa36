package co.bank.enterprisetoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the project's copy of the specification: every rule id is stated there and named
 * by a test, and the model elements and test classes it cites exist, so the document cannot drift
 * from the code. A clone is complete: nothing refers to the specification's folder outside it.
 */
@DisplayName("docs/rules.md: cada regla está escrita, probada y enlazada a lo que existe")
class RulesDocumentTest {

  /** The 37 rule ids of the specification. */
  static final List<String> RULE_IDS = List.of(
      "R-V1", "R-V2", "R-V3", "R-V4", "R-V5", "R-V6",
      "R-B1", "R-B2", "R-B3", "R-B4", "R-B5", "R-B6", "R-B7", "R-B8", "R-B9", "R-B10",
      "R-S1", "R-S1a", "R-S1b", "R-S1c", "R-S2", "R-S3",
      "R-A1", "R-A2", "R-A3", "R-A4", "R-A5", "R-A6",
      "R-T1", "R-T2", "R-T3", "R-T4", "R-T5", "R-T6", "R-T7", "R-T8", "R-T9");

  private static final Path RULES = Path.of("docs/rules.md");
  private static final Path TESTS = Path.of("src/test/java");
  private static final Path SELF = TESTS.resolve("co/bank/enterprisetoken/RulesDocumentTest.java");

  @Test
  @DisplayName("Las 37 reglas tienen su apartado en docs/rules.md, y ninguna otra")
  void everyRuleStated() {
    Set<String> headings = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^### (R-[A-Z]\\d+[a-z]?) ").matcher(read(RULES));
    while (m.find()) {
      headings.add(m.group(1));
    }
    assertThat(headings).containsExactlyInAnyOrderElementsOf(RULE_IDS);
  }

  @Test
  @DisplayName("Cada regla la nombra al menos una prueba")
  void everyRuleNamedByATest() {
    List<String> tests = files(TESTS).filter(p -> !p.equals(SELF)).map(RulesDocumentTest::read)
        .toList();
    List<String> unnamed = RULE_IDS.stream()
        .filter(id -> tests.stream().noneMatch(t -> mentions(t, id))).toList();
    assertThat(unnamed).as("rule ids no test names").isEmpty();
  }

  @Test
  @DisplayName("Los elementos BPMN y las clases de prueba citados existen")
  void citedElementsAndTestsExist() {
    String models = files(Path.of("bpmn")).map(RulesDocumentTest::read)
        .reduce("", String::concat);
    Set<String> testClasses = new LinkedHashSet<>();
    files(TESTS).forEach(p -> testClasses.add(p.getFileName().toString().replace(".java", "")));
    List<String> missing = new ArrayList<>();
    for (String line : read(RULES).split("\n")) {
      Matcher names = Pattern.compile("`([^`]+)`").matcher(line);
      while (names.find()) {
        String name = names.group(1);
        if (line.startsWith("- Model:") && !models.contains("id=\"" + name + "\"")) {
          missing.add("model element " + name);
        }
        if (line.startsWith("- Tests:") && !testClasses.contains(name)) {
          missing.add("test class " + name);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("Nada del proyecto remite a la carpeta de la especificación fuera del repositorio")
  void noReferenceOutsideTheProject() {
    String outside = ".." + "/shared";
    List<String> offenders = Stream.of("README.md", "docs", "src", "bpmn", "forms", "scripts",
            ".ci", "benchmark", "pom.xml", "package.json")
        .map(Path::of).filter(Files::exists).flatMap(RulesDocumentTest::files)
        .filter(p -> read(p).contains(outside)).map(Path::toString).toList();
    assertThat(offenders).isEmpty();
  }

  @Test
  @DisplayName("Los enlaces del README y de docs/ llevan a archivos que existen")
  void documentationLinksResolve() {
    List<String> broken = new ArrayList<>();
    Stream.concat(Stream.of(Path.of("README.md")), files(Path.of("docs")))
        .filter(p -> p.toString().endsWith(".md")).forEach(doc -> {
          Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(read(doc));
          while (link.find()) {
            String target = link.group(1);
            if (!target.startsWith("http") && !Files.exists(doc.resolveSibling(target).normalize())) {
              broken.add(doc + " → " + target);
            }
          }
        });
    assertThat(broken).isEmpty();
  }

  /** {@code id} as a whole id: R-S1 is not found inside R-S1a, nor R-B1 inside R-B10. */
  private static boolean mentions(String text, String id) {
    return Pattern.compile(Pattern.quote(id) + "(?![0-9a-z])").matcher(text).find();
  }

  private static Stream<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return Stream.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("node_modules"))
          .filter(p -> p.toString().matches(".*\\.(java|md|bpmn|dmn|form|ya?ml|sh|mjs|js|json|html|txt|sql|xml)$")
              || p.getFileName().toString().equals("run"))
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
