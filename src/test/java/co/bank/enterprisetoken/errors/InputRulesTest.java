package co.bank.enterprisetoken.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Validación de datos de entrada")
class InputRulesTest {

  private static List<String> fields(FieldErrors errors) {
    try {
      errors.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.getErrors().stream().map(FieldError::field).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"900123456-8", "901234567-7", "800987654-4", "830045121-8"})
  @DisplayName("R-V1 un NIT con dígito de verificación DIAN correcto se acepta")
  void validNit(String nit) {
    assertThat(fields(new FieldErrors().nit("nit", nit))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"900123456-7", "900123456", "90012345-8", "900.123.456-8", "A00123456-8", ""})
  @DisplayName("R-V1 un NIT con dígito equivocado o mal formado se rechaza nombrando el campo")
  void invalidNit(String nit) {
    assertThat(fields(new FieldErrors().nit("companyNit", nit))).containsExactly("companyNit");
  }

  @Test
  @DisplayName("R-V2 tipo de identificación en {CC, CE, PA, NIT} y número según el tipo")
  void personIds() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.idType("t", "CC")).isNotNull();
    assertThat(errors.idType("x", "TI")).isNull();
    errors.idNumber("cc", errors.idType("t", "CC"), "79123456");
    errors.idNumber("ccBad", errors.idType("t", "CC"), "79.123");
    errors.idNumber("ccZero", errors.idType("t", "CC"), "0123456");
    errors.idNumber("ce", errors.idType("t", "CE"), "456789");
    errors.idNumber("pa", errors.idType("t", "PA"), "AB123456");
    errors.idNumber("paBad", errors.idType("t", "PA"), "ab-12");
    errors.idNumber("nit", errors.idType("t", "NIT"), "900123456-8");
    assertThat(fields(errors)).containsExactly("x", "ccBad", "ccZero", "paBad");
  }

  @Test
  @DisplayName("R-V3 correo electrónico y celular colombiano (10 dígitos, empieza por 3)")
  void emailAndMobile() {
    FieldErrors errors = new FieldErrors()
        .email("ok", "laura.gomez@ferreterianunez.com.co")
        .email("noAt", "laura.gomez.example.com")
        .email("noDomain", "laura@")
        .email("spaces", "laura gomez@example.com")
        .mobile("mobileOk", "3001234567")
        .mobile("landline", "6011234567")
        .mobile("short", "300123456");
    assertThat(fields(errors)).containsExactly("noAt", "noDomain", "spaces", "landline", "short");
  }

  @Test
  @DisplayName("R-V4 serial del token: 10 dígitos que empiezan por 4")
  void serial() {
    FieldErrors errors = new FieldErrors()
        .serial("ok", "4000000001")
        .serial("startsWith5", "5000000001")
        .serial("short", "400000001")
        .serial("letters", "40000000AB");
    assertThat(fields(errors)).containsExactly("startsWith5", "short", "letters");
  }

  @Test
  @DisplayName("R-V5 el número dinámico tiene 6 dígitos")
  void dynamicCodeFormat() {
    FieldErrors errors = new FieldErrors()
        .dynamicCode("ok", "012345").dynamicCode("five", "12345").dynamicCode("letters", "12a456");
    assertThat(fields(errors)).containsExactly("five", "letters");
  }

  @Test
  @DisplayName("Todos los campos inválidos se nombran a la vez")
  void everyFieldAtOnce() {
    assertThatThrownBy(() -> new FieldErrors().nit("companyNit", "1").serial("serial", "1")
        .throwIfAny())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getErrors()).extracting(FieldError::field)
                .containsExactly("companyNit", "serial"))
        .hasMessageContaining("companyNit:").hasMessageContaining("serial:");
  }
}
