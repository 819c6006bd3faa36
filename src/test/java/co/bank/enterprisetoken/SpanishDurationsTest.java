package co.bank.enterprisetoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Duraciones en el texto del usuario, desde la configuración")
class SpanishDurationsTest {

  @Test
  @DisplayName("horas hasta tres días, luego días; minutos cuando los hay")
  void rendersConfiguredDurations() {
    assertThat(SpanishDurations.of(Duration.ofHours(24))).isEqualTo("24 horas");
    assertThat(SpanishDurations.of(Duration.parse("PT12H"))).isEqualTo("12 horas");
    assertThat(SpanishDurations.of(Duration.ofHours(1))).isEqualTo("1 hora");
    assertThat(SpanishDurations.of(Duration.ofMinutes(90))).isEqualTo("1 hora y 30 minutos");
    assertThat(SpanishDurations.of(Duration.ofMinutes(10))).isEqualTo("10 minutos");
    assertThat(SpanishDurations.of(Duration.ofHours(48))).isEqualTo("48 horas");
    assertThat(SpanishDurations.of(Duration.ofDays(7))).isEqualTo("7 días");
  }
}
