package co.bank.enterprisetoken.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Código de verificación: formato y lectura")
class VerificationCodeTest {

  @Test
  @DisplayName("10 random symbols of Crockford's base32, printed as two groups of five")
  void format() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCode.next();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
      codes.add(code);
    }
    assertThat(codes).as("no repeats in 10,000 draws of 50 bits").hasSize(10_000);
    assertThat(VerificationCode.display("7KD2MXQ9PA")).isEqualTo("7KD2M-XQ9PA");
  }

  @Test
  @DisplayName("read as a person or a QR reader types it: any case, spaces and dashes, O for 0,"
      + " I or L for 1")
  void normalize() {
    assertThat(VerificationCode.normalize("7KD2M-XQ9PA")).isEqualTo("7KD2MXQ9PA");
    assertThat(VerificationCode.normalize(" 7kd2m xq9pa ")).isEqualTo("7KD2MXQ9PA");
    assertThat(VerificationCode.normalize("7KD2M–XQ9PA")).isEqualTo("7KD2MXQ9PA");
    assertThat(VerificationCode.normalize("O1IL0-AAAAA")).isEqualTo("01110AAAAA");
    assertThat(VerificationCode.normalize("7KD2M-XQ9P")).isNull();
    assertThat(VerificationCode.normalize("7KD2M-XQ9PAA")).isNull();
    assertThat(VerificationCode.normalize("7KD2M-XQ9PU")).as("U is not in the alphabet").isNull();
    assertThat(VerificationCode.normalize(null)).isNull();
  }
}
