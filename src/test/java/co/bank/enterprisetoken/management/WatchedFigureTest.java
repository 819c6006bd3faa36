package co.bank.enterprisetoken.management;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tablero servido de memoria: se lee en segundo plano mientras alguien lo mira")
class WatchedFigureTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T15:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();
  private final WatchedFigure<Integer> figure = new WatchedFigure<>(reads::incrementAndGet, clock,
      () -> Duration.ofSeconds(30), () -> Duration.ofMinutes(10));

  @Test
  @DisplayName("Mientras un gerente mira, cada pedido sale de memoria y el registro se lee cada"
      + " periodo en segundo plano; sin nadie mirando no se lee nada")
  void readsInTheBackgroundOnlyWhileWatched() {
    assertThat(figure.get()).as("the first request reads once").isEqualTo(1);
    clock.setInstant(clock.instant().plusSeconds(20));
    assertThat(figure.get()).as("served from memory").isEqualTo(1);

    clock.setInstant(clock.instant().plusSeconds(10));
    figure.refreshIfWatched();
    assertThat(reads).hasValue(2);
    assertThat(figure.get()).as("the background's reading").isEqualTo(2);
    assertThat(reads).hasValue(2);

    clock.setInstant(clock.instant().plus(Duration.ofMinutes(11)));
    figure.refreshIfWatched();
    assertThat(reads).as("nobody asked for 11 minutes: no reading").hasValue(2);
    assertThat(figure.get()).as("too old to serve: the request reads").isEqualTo(3);
  }

  @Test
  @DisplayName("Con periodo cero (pruebas) cada pedido lee el registro")
  void zeroPeriodReadsEveryTime() {
    var everyTime = new WatchedFigure<>(reads::incrementAndGet, clock, () -> Duration.ZERO,
        () -> Duration.ofMinutes(10));
    assertThat(everyTime.get()).isEqualTo(1);
    assertThat(everyTime.get()).isEqualTo(2);
  }
}
