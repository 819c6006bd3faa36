package co.bank.enterprisetoken.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The label a clerk sees for each field key, read from the Camunda Forms on the classpath
 * ({@code forms/*.form}), so that a refusal names the field with the words of the form
 * ("Número del documento presentado") and never with its key ({@code presentedIdNumber}).
 * The same key has the same meaning in every form; the first label found wins.
 */
final class FormLabels {

  private static final Map<String, String> LABELS = load();

  private FormLabels() {}

  /** The form's label of {@code field}, or null when no Camunda Form has that field. */
  static String of(String field) {
    return LABELS.get(field);
  }

  private static Map<String, String> load() {
    Map<String, String> labels = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver()
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"), labels);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms' labels", e);
    }
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode components, Map<String, String> labels) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      if (!key.isEmpty() && !label.isEmpty()) {
        labels.putIfAbsent(key, label);
      }
      collect(component.path("components"), labels); // groups
    }
  }
}
