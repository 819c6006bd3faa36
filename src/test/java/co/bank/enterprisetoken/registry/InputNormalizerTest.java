package co.bank.enterprisetoken.registry;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.errors.FieldErrors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("R-V1..R-V4: las notaciones usuales se aceptan y se normalizan")
class InputNormalizerTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "CC  | 52.123.456      | 52123456",
      "CC  | 52 123 456      | 52123456",
      "CC  | ' 52,123,456 '  | 52123456",
      "CE  | 1.234.567       | 1234567",
      "PA  | ab123456        | AB123456",
      "PA  | ab-12 3456      | AB123456",
      "NIT | 900.123.456-8   | 900123456-8",
      "NIT | 900123456 - 8   | 900123456-8",
      "NIT | 9001234568      | 900123456-8",
  })
  void idNumbers(String type, String typed, String stored) {
    String normalized = InputNormalizer.idNumber(type, typed);
    assertThat(normalized).isEqualTo(stored);
    assertThat(InputRules.idNumber(new FieldErrors(), "idNumber", IdType.valueOf(type), normalized)
        .isEmpty()).as("the input rules accept " + normalized).isTrue();
  }

  @Test
  void serialsInGroupsOrWithDashes() {
    assertThat(InputNormalizer.serial("4000 0001 01")).isEqualTo("4000000101");
    assertThat(InputNormalizer.serial("4000-000-101")).isEqualTo("4000000101");
    assertThat(InputRules.serial(new FieldErrors(), "s", InputNormalizer.serial(" 4000.000.101 "))
        .isEmpty()).isTrue();
  }

  @Test
  @DisplayName("lo que sigue mal después de normalizar lo rechazan las reglas, en español")
  void whatIsStillWrongIsRefusedByTheRules() {
    assertThat(InputNormalizer.idNumber("CC", "52.123.45A")).isEqualTo("5212345A");
    var errors = InputRules.idNumber(new FieldErrors(), "presentedIdNumber", IdType.CC,
        InputNormalizer.idNumber("CC", "52.123.45A"));
    assertThat(errors.isEmpty()).isFalse();
    assertThat(InputNormalizer.nit("900.123.456-")).isEqualTo("900.123.456-");
    assertThat(InputNormalizer.idNumber("CC", null)).isNull();
  }
}
