package co.bank.enterprisetoken.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
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
    assertThat(fields(InputRules.nit(new FieldErrors(), "nit", nit))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"900123456-7", "900123456", "90012345-8", "900.123.456-8", "A00123456-8", ""})
  @DisplayName("R-V1 un NIT con dígito equivocado o mal formado se rechaza nombrando el campo")
  void invalidNit(String nit) {
    assertThat(fields(InputRules.nit(new FieldErrors(), "companyNit", nit)))
        .containsExactly("companyNit");
  }

  @Test
  @DisplayName("R-V2 tipo de identificación en {CC, CE, PA, NIT} y número según el tipo")
  void personIds() {
    FieldErrors errors = new FieldErrors();
    assertThat(InputRules.idType(errors, "t", "CC")).isNotNull();
    assertThat(InputRules.idType(errors, "x", "TI")).isNull();
    InputRules.idNumber(errors, "cc", IdType.CC, "79123456");
    InputRules.idNumber(errors, "ccBad", IdType.CC, "79.123");
    InputRules.idNumber(errors, "ccZero", IdType.CC, "0123456");
    InputRules.idNumber(errors, "ce", IdType.CE, "456789");
    InputRules.idNumber(errors, "pa", IdType.PA, "AB123456");
    InputRules.idNumber(errors, "paBad", IdType.PA, "ab-12");
    InputRules.idNumber(errors, "nit", IdType.NIT, "900123456-8");
    assertThat(fields(errors)).containsExactly("x", "ccBad", "ccZero", "paBad");
  }

  @Test
  @DisplayName("R-V3 correo electrónico y celular colombiano (10 dígitos, empieza por 3)")
  void emailAndMobile() {
    FieldErrors errors = new FieldErrors();
    InputRules.email(errors, "ok", "laura.gomez@ferreterianunez.com.co");
    InputRules.email(errors, "noAt", "laura.gomez.example.com");
    InputRules.email(errors, "noDomain", "laura@");
    InputRules.email(errors, "spaces", "laura gomez@example.com");
    InputRules.mobile(errors, "mobileOk", "3001234567");
    InputRules.mobile(errors, "landline", "6011234567");
    InputRules.mobile(errors, "short", "300123456");
    assertThat(fields(errors)).containsExactly("noAt", "noDomain", "spaces", "landline", "short");
  }

  @Test
  @DisplayName("R-V4 serial del token: 10 dígitos que empiezan por 4")
  void serial() {
    FieldErrors errors = new FieldErrors();
    InputRules.serial(errors, "ok", "4000000001");
    InputRules.serial(errors, "startsWith5", "5000000001");
    InputRules.serial(errors, "short", "400000001");
    InputRules.serial(errors, "letters", "40000000AB");
    assertThat(fields(errors)).containsExactly("startsWith5", "short", "letters");
  }

  @Test
  @DisplayName("R-V5 el número dinámico tiene 6 dígitos")
  void dynamicCodeFormat() {
    FieldErrors errors = new FieldErrors();
    InputRules.dynamicCode(errors, "ok", "012345");
    InputRules.dynamicCode(errors, "five", "12345");
    InputRules.dynamicCode(errors, "letters", "12a456");
    assertThat(fields(errors)).containsExactly("five", "letters");
  }

  @Test
  @DisplayName("Todos los campos inválidos se nombran a la vez")
  void everyFieldAtOnce() {
    FieldErrors errors = new FieldErrors();
    InputRules.nit(errors, "companyNit", "1");
    InputRules.serial(errors, "serial", "1");
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getErrors()).extracting(FieldError::field)
                .containsExactly("companyNit", "serial"))
        .hasMessageContaining("companyNit:").hasMessageContaining("serial:");
  }
}
