package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/case-state.md shows the transitions exactly as {@link RenewalTransition} declares them. */
@DisplayName("La tabla de transiciones de docs/case-state.md es la del código")
class RenewalTransitionDocTest {

  static final String BEGIN = "<!-- transitions:begin (generated from RenewalTransition) -->";
  static final String END = "<!-- transitions:end -->";

  static String table() {
    return "| step | from | to | history event |\n|---|---|---|---|\n"
        + Arrays.stream(RenewalTransition.values()).map(t -> "| `" + t.name() + "` | "
            + t.from().stream().map(s -> "`" + s.name() + "`").collect(Collectors.joining(", "))
            + " | " + t.to().map(s -> "`" + s.name() + "`").orElse("(unchanged)") + " | `"
            + t.event() + "` |\n").collect(Collectors.joining());
  }

  @Test
  void theDocumentShowsTheDeclaredTransitions() throws Exception {
    String doc = Files.readString(Path.of("docs/case-state.md"));
    assertThat(doc).contains(BEGIN).contains(END);
    String shown = doc.substring(doc.indexOf(BEGIN) + BEGIN.length() + 1, doc.indexOf(END));
    assertThat(shown).as("regenerate it with the table printed below").isEqualTo(table());
  }

  public static void main(String[] args) {
    System.out.print(table());
  }
}
