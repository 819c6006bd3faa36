package co.bank.enterprisetoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text users read carries no rule ids and no fixed durations: the models' element names (Cockpit
 * and Tasklist show them), the forms and the e-mail templates (comments aside, which nobody
 * receives). Rule ids stay in documentation elements, code and tests; durations come from the
 * settings through SpanishDurations.
 */
@DisplayName("Textos para usuarios sin ids de reglas ni plazos fijos")
class UserTextScanTest {

  private static final Pattern RULE_ID = Pattern.compile("R-[A-Z][0-9]");
  private static final Pattern FIXED_DURATION =
      Pattern.compile("\\b\\d+ ?(h|horas?|d[ií]as?|meses|minutos?)\\b");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  // A template's sample text between tags is replaced by th:text when rendered.
  private static final Pattern PROTOTYPE =
      Pattern.compile("(<[^>]*th:(text|utext)=[^>]*>)[^<]*<", Pattern.DOTALL);

  @Test
  @DisplayName("los nombres de los modelos BPMN no llevan ids de reglas ni plazos fijos")
  void modelNames() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path model : files(Path.of("bpmn"), ".bpmn")) {
      Matcher name = NAME.matcher(Files.readString(model));
      while (name.find()) {
        if (RULE_ID.matcher(name.group(1)).find() || FIXED_DURATION.matcher(name.group(1)).find()) {
          found.add(model.getFileName() + ": " + name.group(1));
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("formularios y plantillas de correo sin ids de reglas ni plazos fijos")
  void formsAndTemplates() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> texts = new ArrayList<>(files(Path.of("forms"), ""));
    texts.addAll(files(Path.of("src/main/resources/templates/mail"), ""));
    for (Path file : texts) {
      String text = COMMENT.matcher(Files.readString(file)).replaceAll("")
          .replaceAll("\\[#/\\*.*?\\*/#]", "");
      text = PROTOTYPE.matcher(text).replaceAll("$1<");
      for (Pattern p : List.of(RULE_ID, FIXED_DURATION)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          found.add(file.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
