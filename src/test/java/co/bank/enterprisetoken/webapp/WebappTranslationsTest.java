package co.bank.enterprisetoken.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps speak Spanish: the project's {@code locales/es.json} of each Camunda webapp has every
 * key of the {@code en.json} that the Camunda webjar on the classpath ships (so an upgrade that adds
 * keys fails here), no key Camunda does not know, and keeps every placeholder ({{…}}, %s, {}) and
 * HTML tag of the English text. Spanish is each app's default locale.
 */
class WebappTranslationsTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  // Interpolations ({{name}}), moment/printf ({} %s %d) and HTML tags ("<null>" is a text, not a tag).
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void spanishHasEveryKeyAndPlaceholderOfCamundasEnglish(String app) throws IOException {
    URL english = resource(app + "/locales/en.json");
    assertThat(english.toString()).as("en.json comes from Camunda's webjar").contains("camunda-webapp-webjar");
    JsonNode en = read(english);
    JsonNode es = read(resource(app + "/locales/es.json"));

    List<String> problems = new ArrayList<>();
    compare("", en, es, problems);
    assertThat(problems).as("%s/locales/es.json against Camunda's en.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void spanishIsTheDefaultAndEnglishStaysSelectable(String app) throws IOException {
    String config;
    URL url = resource(app + "/scripts/config.js");
    assertThat(url.toString()).as("the project's config.js comes first").doesNotContain("camunda-webapp-webjar");
    try (InputStream in = url.openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(config).contains("availableLocales: ['es', 'en']").contains("fallbackLocale: 'es'")
        .contains("customScripts: ['../token-empresarial/webapps']");
  }

  private void compare(String path, JsonNode en, JsonNode es, List<String> problems) {
    if (es == null || es.isMissingNode()) {
      problems.add("missing: " + path);
      return;
    }
    if (en.getNodeType() != es.getNodeType()) {
      problems.add("type differs: " + path);
      return;
    }
    if (en.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = en.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(path + "." + field.getKey(), field.getValue(), es.get(field.getKey()), problems);
      }
      es.fieldNames().forEachRemaining(name -> {
        if (!en.has(name)) {
          problems.add("not in Camunda's en.json: " + path + "." + name);
        }
      });
    } else if (en.isArray()) {
      if (en.size() != es.size()) {
        problems.add("array size differs: " + path);
      }
      for (int i = 0; i < Math.min(en.size(), es.size()); i++) {
        compare(path + "[" + i + "]", en.get(i), es.get(i), problems);
      }
    } else if (en.isTextual()) {
      if (!placeholders(en.asText()).equals(placeholders(es.asText()))) {
        problems.add("placeholders differ: " + path + " \"" + en.asText() + "\" -> \"" + es.asText() + "\"");
      }
      if (!en.asText().isBlank() && es.asText().isBlank()) {
        problems.add("empty: " + path);
      }
    }
  }

  /** Placeholders and tag names in order-independent form ("{{ name }}" equals "{{name}}"). */
  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String token = m.group();
      found.add(token.startsWith("<") ? token.replaceAll("^(</?[a-zA-Z]+).*", "$1>")
          : token.replaceAll("\\s", ""));
    }
    found.sort(null);
    return found;
  }

  private static URL resource(String path) {
    URL url = WebappTranslationsTest.class.getClassLoader().getResource(APPS + path);
    assertThat(url).as("%s on the classpath", path).isNotNull();
    return url;
  }

  private JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
