package co.bank.enterprisetoken.demo;

import co.bank.enterprisetoken.registry.BranchOffice;
import co.bank.enterprisetoken.registry.BranchOfficeRepository;
import co.bank.enterprisetoken.stock.LotInput;
import co.bank.enterprisetoken.stock.TokenStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lot of {@value #LOT_SIZE} new tokens for every demo office, so that the demo's deliveries take
 * serials from stock: office 0001 holds 4501000001 to 4501000012, office 0002 4502000001 to
 * 4502000012, and so on. Runs after {@link DemoData}, once (while no lot exists).
 */
@Component
@org.springframework.context.annotation.Profile("demo")
@Order(1)
public class DemoStock implements ApplicationRunner {

  static final int LOT_SIZE = 12;
  private static final Logger LOG = LoggerFactory.getLogger(DemoStock.class);

  private final TokenStock stock;
  private final BranchOfficeRepository offices;
  private final JdbcTemplate jdbc;

  DemoStock(TokenStock stock, BranchOfficeRepository offices, JdbcTemplate jdbc) {
    this.stock = stock;
    this.offices = offices;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (jdbc.queryForObject("select count(*) from token_lot", Integer.class) > 0) {
      return;
    }
    for (BranchOffice office : offices.findAll()) {
      long first = 4_500_000_001L + Long.parseLong(office.getCode()) * 1_000_000L;
      stock.registerLot(new LotInput(office.getCode(), Long.toString(first),
          Long.toString(first + LOT_SIZE - 1), null, "Lote de demostración"), "Datos de demostración");
    }
    LOG.info("Demo stock: {} tokens per branch office", LOT_SIZE);
  }
}
