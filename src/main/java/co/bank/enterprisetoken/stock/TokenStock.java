package co.bank.enterprisetoken.stock;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.registry.InputRules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens each branch office holds. A lot puts serials into an office's stock; the delivery of
 * a renewal case takes its serial out (only from the case's office); back office returns a token
 * handed out by mistake. Every change locks the office's row first, so that the low-stock check
 * sees the office's stock as it is, and one crossing below the threshold records one alert.
 */
@Service
@Transactional
public class TokenStock {

  static final String IN_STOCK = "IN_STOCK";
  static final String DELIVERED = "DELIVERED";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final StockSettings settings;
  private final Clock clock;

  public TokenStock(JdbcTemplate jdbc, StockSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.settings = settings;
    this.clock = clock;
  }

  /** Registers a lot of new tokens received by an office; returns the number of serials. */
  public int registerLot(LotInput lot, String actor) {
    FieldErrors errors = new FieldErrors();
    InputRules.branchOffice(errors, "branchOffice", lot.branchOffice());
    boolean range = notBlank(lot.firstSerial()) || notBlank(lot.lastSerial());
    boolean list = notBlank(lot.serials());
    if (range == list) {
      errors.add(list ? "serials" : "firstSerial",
          "Indique un rango de seriales (primero y último) o una lista de seriales, no ambos.");
    }
    if (lot.reference() != null && lot.reference().strip().length() > 60) {
      errors.add("reference", "Máximo 60 caracteres.");
    }
    errors.throwIfAny();
    List<String> serials = range ? range(errors, lot.firstSerial(), lot.lastSerial())
        : list(errors, lot.serials());
    errors.throwIfAny();
    String office = lot.branchOffice();
    lockOffice(office, "branchOffice");

    List<String> known = named.queryForList("select serial from token_stock where serial in (:s)"
        + " union select serial from device where serial in (:s)",
        new MapSqlParameterSource("s", serials), String.class);
    if (!known.isEmpty()) {
      List<String> sorted = known.stream().sorted().limit(10).toList();
      errors.add(range ? "firstSerial" : "serials", (known.size() == 1 ? "El serial "
          : "Los seriales ") + String.join(", ", sorted) + (known.size() > sorted.size() ? "…" : "")
          + (known.size() == 1 ? " ya está registrado" : " ya están registrados")
          + " en el inventario o en un token entregado.").throwIfAny();
    }
    Instant now = clock.instant();
    var key = new GeneratedKeyHolder();
    named.update("insert into token_lot (branch_office_code, registered_by, registered_at,"
        + " token_count, reference) values (:office, :actor, :at, :count, :reference)",
        new MapSqlParameterSource().addValue("office", office).addValue("actor", actor)
            .addValue("at", Timestamp.from(now)).addValue("count", serials.size())
            .addValue("reference", notBlank(lot.reference()) ? lot.reference().strip() : null),
        key, new String[] {"id"});
    long lotId = key.getKey().longValue();
    jdbc.batchUpdate("insert into token_stock (serial, branch_office_code, lot_id, state)"
        + " values (?, ?, ?, 'IN_STOCK')", serials, 500, (ps, serial) -> {
          ps.setString(1, serial);
          ps.setString(2, office);
          ps.setLong(3, lotId);
        });
    checkLevel(office, now);
    return serials.size();
  }

  /**
   * Takes {@code serial} out of the stock of {@code officeCode} for the delivery of case
   * {@code caseNumber}. Of two deliveries of one serial at the same time, the second waits for the
   * first one's row lock and then finds the serial gone.
   */
  public void takeForDelivery(String officeCode, String serial, String caseNumber, String actor) {
    lockOffice(officeCode, "newDeviceSerial");
    Instant now = clock.instant();
    int taken = jdbc.update("update token_stock set state = 'DELIVERED', case_number = ?,"
        + " taken_at = ? where serial = ? and branch_office_code = ? and state = 'IN_STOCK'",
        caseNumber, Timestamp.from(now), serial, officeCode);
    if (taken == 0) {
      throw InvalidInputException.of("newDeviceSerial", notInStock(officeCode, serial));
    }
    movement(serial, officeCode, StockMovement.DELIVERY, caseNumber, actor, now, null);
    checkLevel(officeCode, now);
  }

  /**
   * Back office puts back into its office's stock a token that was handed out by mistake, with the
   * reason. Only a token its holder never activated, and no longer held by a case in progress
   * (that return undoes the case's delivery: {@code RenewalService.returnToStock}).
   */
  public void returnToStock(String serial, String actor, String reason) {
    returnSerial(serial, actor, reason, null);
  }

  /**
   * The stock side of undoing the delivery of case {@code caseNumber}, whose new token is
   * {@code serial}; the caller moves the case in the same transaction.
   */
  public void returnUndoneDelivery(String serial, String caseNumber, String actor, String reason) {
    returnSerial(serial, actor, reason, caseNumber);
  }

  private void returnSerial(String serial, String actor, String reason, String undoneCase) {
    FieldErrors errors = new FieldErrors();
    InputRules.serial(errors, "serial", serial);
    errors.text("reason", reason, 5, 500).throwIfAny();
    List<Map<String, Object>> rows = jdbc.queryForList("select branch_office_code, state,"
        + " case_number from token_stock where serial = ?", serial);
    if (rows.isEmpty()) {
      throw new NotFoundException("El serial " + serial + " no pertenece a ningún lote registrado.");
    }
    String office = (String) rows.get(0).get("branch_office_code");
    lockOffice(office, "serial");
    String state = jdbc.queryForObject("select state from token_stock where serial = ?",
        String.class, serial);
    if (IN_STOCK.equals(state)) {
      errors.add("serial", "El token ya está en el inventario de la oficina " + office + ".")
          .throwIfAny();
    }
    // open_device_id is set exactly while a case is open (V1).
    List<Map<String, Object>> device = jdbc.queryForList("select d.state, c.confirmation_number,"
        + " c.open_device_id from device d left join renewal_case c on c.new_device_id = d.id"
        + " where d.serial = ?", serial);
    for (Map<String, Object> row : device) {
      if ("ACTIVE".equals(row.get("state"))) {
        errors.add("serial", "El titular ya activó este token: no puede volver al inventario.")
            .throwIfAny();
      }
      if (row.get("open_device_id") != null
          && !row.get("confirmation_number").equals(undoneCase)) {
        throw new ConflictException("El token está registrado como entregado en el caso "
            + row.get("confirmation_number") + ", que sigue en curso: la entrega del caso debe"
            + " anularse primero.", List.of((String) row.get("confirmation_number")));
      }
    }
    Instant now = clock.instant();
    String caseNumber = (String) rows.get(0).get("case_number");
    jdbc.update("update token_stock set state = 'IN_STOCK', case_number = null, taken_at = null"
        + " where serial = ?", serial);
    movement(serial, office, StockMovement.RETURN, caseNumber, actor, now, reason.strip());
    checkLevel(office, now);
  }

  /** Stock of every office in the registry, by office code. */
  @Transactional(readOnly = true)
  public List<OfficeStock> perOffice() {
    int threshold = settings.getLowThreshold();
    return jdbc.query("select o.code, o.name,"
        + " coalesce(sum(case when s.state = 'IN_STOCK' then 1 else 0 end), 0) as in_stock,"
        + " coalesce(sum(case when s.state = 'DELIVERED' then 1 else 0 end), 0) as delivered"
        + " from branch_office o left join token_stock s on s.branch_office_code = o.code"
        + " group by o.code, o.name order by o.code", (rs, i) -> {
          int inStock = rs.getInt("in_stock");
          return new OfficeStock(rs.getString("code"), rs.getString("name"), inStock,
              rs.getInt("delivered"), threshold, inStock <= threshold);
        });
  }

  /** The serials an office holds now (the list behind the dashboard's stock figure). */
  @Transactional(readOnly = true)
  public List<String> serialsInStock(String officeCode) {
    return jdbc.queryForList("select serial from token_stock where branch_office_code = ?"
        + " and state = 'IN_STOCK' order by serial", String.class, officeCode);
  }

  private String notInStock(String officeCode, String serial) {
    String name = jdbc.queryForList("select name from branch_office where code = ?", String.class,
        officeCode).stream().findFirst().orElse("");
    String where = "la oficina " + officeCode + (name.isEmpty() ? "" : " " + name);
    List<Map<String, Object>> row = jdbc.queryForList("select branch_office_code, state from"
        + " token_stock where serial = ?", serial);
    if (row.isEmpty()) {
      return "El serial " + serial + " no está en el inventario de " + where
          + ": entregue un token de los lotes recibidos por la oficina.";
    }
    if (DELIVERED.equals(row.get(0).get("state"))) {
      return "El token " + serial + " ya fue entregado en otro caso: no está en el inventario de "
          + where + ".";
    }
    return "El serial " + serial + " pertenece al inventario de la oficina "
        + row.get(0).get("branch_office_code") + ", no al de " + where + ".";
  }

  private void lockOffice(String code, String field) {
    List<String> found = jdbc.queryForList("select code from branch_office where code = ?"
        + " for update", String.class, code);
    if (found.isEmpty()) {
      throw InvalidInputException.of(field, "No existe una oficina con el código " + code + ".");
    }
  }

  /** Opens an alert when the office falls to the threshold or below, closes it when it recovers. */
  private void checkLevel(String office, Instant now) {
    int threshold = settings.getLowThreshold();
    int inStock = jdbc.queryForObject("select count(*) from token_stock where branch_office_code"
        + " = ? and state = 'IN_STOCK'", Integer.class, office);
    Integer open = jdbc.queryForObject("select max(crossing) from stock_low_alert where"
        + " branch_office_code = ? and recovered_at is null", Integer.class, office);
    if (inStock <= threshold && open == null) {
      Integer last = jdbc.queryForObject("select max(crossing) from stock_low_alert where"
          + " branch_office_code = ?", Integer.class, office);
      jdbc.update("insert into stock_low_alert (branch_office_code, crossing, crossed_at,"
          + " in_stock, threshold) values (?, ?, ?, ?, ?)", office, last == null ? 1 : last + 1,
          Timestamp.from(now), inStock, threshold);
    } else if (inStock > threshold && open != null) {
      jdbc.update("update stock_low_alert set recovered_at = ? where branch_office_code = ?"
          + " and crossing = ?", Timestamp.from(now), office, open);
    }
  }

  private void movement(String serial, String office, StockMovement movement, String caseNumber,
      String actor, Instant at, String reason) {
    jdbc.update("insert into token_stock_movement (serial, branch_office_code, movement,"
        + " case_number, actor, occurred_at, reason) values (?, ?, ?, ?, ?, ?, ?)", serial, office,
        movement.name(), caseNumber, actor, Timestamp.from(at), reason);
  }

  private List<String> range(FieldErrors errors, String first, String last) {
    InputRules.serial(errors, "firstSerial", first);
    InputRules.serial(errors, "lastSerial", last);
    if (first == null || last == null || !errors.isEmpty()) {
      if (first == null) {
        errors.add("firstSerial", "Es obligatorio.");
      }
      if (last == null) {
        errors.add("lastSerial", "Es obligatorio.");
      }
      return List.of();
    }
    long from = Long.parseLong(first);
    long to = Long.parseLong(last);
    if (to < from) {
      errors.add("lastSerial", "El último serial debe ser mayor o igual que el primero.");
      return List.of();
    }
    if (to - from + 1 > settings.getMaxLotSize()) {
      errors.add("lastSerial", "Un lote tiene como máximo " + settings.getMaxLotSize()
          + " tokens.");
      return List.of();
    }
    List<String> serials = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      serials.add(Long.toString(s));
    }
    return serials;
  }

  private List<String> list(FieldErrors errors, String text) {
    Set<String> serials = new LinkedHashSet<>();
    List<String> invalid = new ArrayList<>();
    for (String serial : text.strip().split("[\\s,;]+")) {
      if (InputRules.serial(new FieldErrors(), "serials", serial).isEmpty()) {
        if (!serials.add(serial)) {
          errors.add("serials", "El serial " + serial + " está repetido en la lista.");
        }
      } else {
        invalid.add(serial);
      }
    }
    if (!invalid.isEmpty()) {
      errors.add("serials", "Seriales no válidos: " + invalid.stream().limit(10)
          .collect(Collectors.joining(", ")) + ". Cada serial tiene 10 dígitos y empieza por 4.");
    }
    if (serials.size() > settings.getMaxLotSize()) {
      errors.add("serials", "Un lote tiene como máximo " + settings.getMaxLotSize() + " tokens.");
    }
    return List.copyOf(serials);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
