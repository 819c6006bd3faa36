package co.bank.enterprisetoken.registration;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("R-V6 política de la clave del usuario que se registra")
class PasswordPolicyTest {

  /** When the password is checked, then these are the messages (empty: accepted). */
  private static List<String> messages(String password) {
    try {
      PasswordPolicy.check(new FieldErrors(), "password", password).throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      assertThat(e.getErrors()).allSatisfy(error -> assertThat(error.field()).isEqualTo("password"));
      return e.getErrors().stream().map(FieldError::message).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kq7mZ2xR", "a1b2c3d4", "9z8y7x6w", "Ab1De2Gh", "13579ace"})
  @DisplayName("R-V6 una clave de 8 letras y números, sin repetidos ni consecutivos, se acepta")
  void accepted(String password) {
    assertThat(messages(password)).isEmpty();
  }

  @Test
  @DisplayName("R-V6 obligatoria")
  void required() {
    assertThat(messages(null)).containsExactly("Es obligatorio.");
    assertThat(messages("  ")).containsExactly("Es obligatorio.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a1b2c3d", "a1b2c3d4e"})
  @DisplayName("R-V6 exactamente 8 caracteres")
  void exactlyEight(String password) {
    assertThat(messages(password)).containsExactly("La clave debe tener exactamente 8 caracteres.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a1b2c3d!", "a1b2 c3d", "a1b2c3dñ", "á1b2c3d4"})
  @DisplayName("R-V6 solo letras y números")
  void lettersAndDigitsOnly(String password) {
    assertThat(messages(password)).containsExactly(
        "La clave solo puede tener letras y números (sin espacios, tildes ni símbolos).");
  }

  @Test
  @DisplayName("R-V6 al menos una letra y al menos un número")
  void atLeastOneOfEach() {
    assertThat(messages("13572468")).containsExactly("La clave debe tener al menos una letra.");
    assertThat(messages("kqmzxrwt")).containsExactly("La clave debe tener al menos un número.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a11b2c3d", "aab2c3d4", "a1b2c3dD", "Kq7mZ2xx"})
  @DisplayName("R-V6 sin dos caracteres iguales seguidos (sin distinguir mayúsculas)")
  void noIdenticalAdjacent(String password) {
    assertThat(messages(password)).containsExactly(
        "La clave no puede tener dos caracteres iguales seguidos (como 11 o aa).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x123z9k7", "k9abc2m7", "k9cba2m7", "k9m7z321", "k9AbC2m7", "k9m7zXyZ"})
  @DisplayName("R-V6 sin 3 caracteres consecutivos ascendentes o descendentes (123, abc, cba)")
  void noRunOfThree(String password) {
    assertThat(messages(password)).containsExactly("La clave no puede tener 3"
        + " caracteres consecutivos ascendentes o descendentes (como 123, abc o cba).");
  }

  @Test
  @DisplayName("R-V6 un mensaje por cada regla incumplida, nunca la clave")
  void everyBrokenRuleAtOnce() {
    List<String> messages = messages("aaa123");
    assertThat(messages).hasSize(3).noneMatch(m -> m.contains("aaa123"));
  }
}
