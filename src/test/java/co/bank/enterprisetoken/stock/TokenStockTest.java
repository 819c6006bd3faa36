package co.bank.enterprisetoken.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.renewal.RenewalService;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import co.bank.enterprisetoken.support.Fixtures.TestCompany;
import co.bank.enterprisetoken.support.IntegrationTest;
import co.bank.enterprisetoken.support.PortalClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@DisplayName("Inventario de tokens por oficina: la entrega toma el serial del inventario de la oficina")
class TokenStockTest extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RenewalService renewals;
  @Autowired TokenStock stock;
  @Autowired BranchOfficeRepository offices;
  @Autowired JdbcTemplate jdbc;

  /** A case of a new company claimed at office 0001, visa approved, waiting at the delivery. */
  private record Waiting(TestCompany company, String number, Task delivery) {}

  private Waiting waitingForDelivery() {
    TestCompany company = fixtures.company();
    var created = new PortalClient(http.withBasicAuth("portal", "portal-test-password"))
        .post("/renewals", PortalClient.renewal(company, fixtures.codeOf(company.adminSerial()),
            Map.of("deviceSerial", company.operatorSerial())));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    String number = created.body().path("renewals").path(0).path("confirmationNumber").asText();
    runDueJobs();
    String visaTask = task(number).getId();
    Map<String, Object> visa = fixtures.approvedVisa(number, visaTask, "oficina" + company.office(),
        BranchOffice.staffGroup(company.office()));
    asBranch(company, () -> engine.getTaskService().complete(visaTask, visa));
    runDueJobs();
    Task delivery = task(number);
    assertThat(delivery.getTaskDefinitionKey()).isEqualTo("Task_DeliverToken");
    return new Waiting(company, number, delivery);
  }

  private Task task(String number) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .singleResult();
  }

  private void asBranch(TestCompany company, Runnable action) {
    engine.getIdentityService().setAuthentication("oficina" + company.office(),
        List.of(BranchOffice.staffGroup(company.office())));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void deliver(Waiting waiting, String serial) {
    asBranch(waiting.company(), () -> engine.getTaskService().complete(waiting.delivery().getId(),
        Map.of("deliveryRecipient", "HOLDER", "presentedIdType", "CC",
            "presentedIdNumber", waiting.company().operatorId(), "identityDocumentChecked", true,
            "newDeviceSerial", serial)));
  }

  private String stateOf(String serial) {
    return jdbc.queryForObject("select state from token_stock where serial = ?", String.class,
        serial);
  }

  private String otherOffice() {
    offices.findById("0002").orElseGet(() -> offices.save(new BranchOffice("0002",
        "Oficina El Poblado", "Medellín", "oficina0002@banco.example")));
    return "0002";
  }

  @Test
  @DisplayName("La oficina no entrega un serial que no está en su inventario, y lo dice nombrando la oficina")
  void deliveryOutsideTheOfficesStockIsRefused() {
    Waiting waiting = waitingForDelivery();
    String elsewhere = fixtures.stockedSerial(otherOffice());
    String unknown = fixtures.newSerial();

    assertThatThrownBy(() -> deliver(waiting, unknown))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("newDeviceSerial")
        .hasMessageContaining("no está en el inventario de la oficina 0001 Oficina Chapinero");
    assertThatThrownBy(() -> deliver(waiting, elsewhere))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pertenece al inventario de la oficina 0002");
    assertThat(task(waiting.number()).getTaskDefinitionKey()).isEqualTo("Task_DeliverToken");
    assertThat(stateOf(elsewhere)).isEqualTo(TokenStock.IN_STOCK);

    String here = fixtures.stockedSerial(waiting.company().office());
    deliver(waiting, here);
    assertThat(renewals.get(waiting.number()).getStatus())
        .isEqualTo(RenewalStatus.ENTREGADO_EN_OFICINA);
    assertThat(stateOf(here)).isEqualTo(TokenStock.DELIVERED);
    assertThat(jdbc.queryForObject("select case_number from token_stock where serial = ?",
        String.class, here)).isEqualTo(waiting.number());
  }

  @Test
  @DisplayName("Dos entregas del mismo serial a la vez: una gana, la otra recibe un rechazo claro")
  void concurrentDeliveriesOfOneSerial() throws Exception {
    Waiting first = waitingForDelivery();
    Waiting second = waitingForDelivery();
    String serial = fixtures.stockedSerial(first.company().office());

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> results = new ArrayList<>();
    for (Waiting waiting : List.of(first, second)) {
      results.add(pool.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        deliver(waiting, serial);
        return null;
      }));
    }
    pool.shutdown();
    List<Throwable> failures = new ArrayList<>();
    for (Future<?> result : results) {
      try {
        result.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }

    assertThat(failures).as("exactly one delivery loses").hasSize(1);
    // The loser is refused on the serial whichever check it reaches after the winner's commit: the
    // office's stock (taken out) or the registry (the serial is now the winner's token).
    assertThat(failures.get(0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("newDeviceSerial")
        .hasMessageMatching("(?s).*(ya fue entregado en otro caso|ya está registrado en otro token).*");
    long delivered = List.of(first, second).stream()
        .filter(w -> renewals.get(w.number()).getStatus() == RenewalStatus.ENTREGADO_EN_OFICINA)
        .count();
    assertThat(delivered).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from token_stock_movement where serial = ?"
        + " and movement = 'DELIVERY'", Integer.class, serial)).isEqualTo(1);
  }

  @Test
  @DisplayName("Back office devuelve al inventario un token entregado por error, con el motivo")
  void returnToStock() {
    String office = "0001";
    fixtures.company(); // office 0001 exists
    String serial = fixtures.stockedSerial(office);
    // Taken out for a case whose delivery was then undone (no device holds the serial).
    stock.takeForDelivery(office, serial, "RT-99999999", "oficina0001");
    assertThatThrownBy(() -> stock.returnToStock(serial, "analista", ""))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");

    stock.returnToStock(serial, "analista", "Se entregó por error un token de otra caja");

    assertThat(stateOf(serial)).isEqualTo(TokenStock.IN_STOCK);
    assertThat(jdbc.queryForMap("select actor, reason, case_number from token_stock_movement"
        + " where serial = ? and movement = 'RETURN'", serial))
        .containsEntry("ACTOR", "analista")
        .containsEntry("REASON", "Se entregó por error un token de otra caja")
        .containsEntry("CASE_NUMBER", "RT-99999999");
    assertThatThrownBy(() -> stock.returnToStock(serial, "analista", "Otra vez por error"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ya está en el inventario");

    // A token delivered on a case still in progress stays with the case.
    Waiting waiting = waitingForDelivery();
    String delivered = fixtures.stockedSerial(office);
    deliver(waiting, delivered);
    assertThatThrownBy(() -> stock.returnToStock(delivered, "analista", "Entregado por error"))
        .isInstanceOf(ConflictException.class).hasMessageContaining(waiting.number());
    assertThat(stateOf(delivered)).isEqualTo(TokenStock.DELIVERED);
  }

  @Test
  @DisplayName("Un lote se registra por rango o por lista; seriales repetidos o inválidos se rechazan")
  void lots() {
    fixtures.company();
    long first = Long.parseLong(fixtures.newSerial());
    fixtures.newSerial();
    fixtures.newSerial();
    int count = stock.registerLot(new LotInput("0001", Long.toString(first),
        Long.toString(first + 2), null, "Remisión 881"), "analista");
    assertThat(count).isEqualTo(3);
    assertThat(stateOf(Long.toString(first + 2))).isEqualTo(TokenStock.IN_STOCK);
    assertThatThrownBy(() -> stock.registerLot(new LotInput("0001", null, null,
        first + ", 5123, " + fixtures.newSerial(), null), "analista"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("5123");
    assertThatThrownBy(() -> stock.registerLot(new LotInput("0001", null, null,
        Long.toString(first + 1), null), "analista"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ya está registrado");
    assertThatThrownBy(() -> stock.registerLot(new LotInput("0001", Long.toString(first), null,
        Long.toString(first), null), "analista"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no ambos");
  }
}
