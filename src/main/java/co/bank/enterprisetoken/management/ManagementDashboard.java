package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.BankTime;
import co.bank.enterprisetoken.errors.FieldErrors;
import co.bank.enterprisetoken.registry.InputRules;
import co.bank.enterprisetoken.renewal.AfterExpirySettings;
import co.bank.enterprisetoken.renewal.RenewalSettings;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import co.bank.enterprisetoken.stock.StockSettings;
import co.bank.enterprisetoken.stock.TokenStock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the "Tablero de gerencia", read from the registry with two aggregate queries (one
 * pass over the open cases, one over the last 12 weeks' openings and closings; both index-only
 * scans on PostgreSQL, V10, measured by benchmark/run-dashboard), and the lists
 * behind them, filtered by the same SQL predicates, so a list always matches its figure.
 */
@Service
@Transactional(readOnly = true)
public class ManagementDashboard {

  static final int WEEKS = 12;
  static final int LIST_LIMIT = 500;
  /** Ageing buckets of open cases by days since the request: [0,1), [1,3), … [30,∞). */
  static final int[] AGE_DAYS = {1, 3, 7, 14, 30};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final NamedParameterJdbcTemplate jdbc;
  private final AfterExpirySettings afterExpiry;
  private final RenewalSettings renewal;
  private final ManagementSettings settings;
  private final TokenStock stock;
  private final StockSettings stockSettings;
  private final Clock clock;

  public ManagementDashboard(JdbcTemplate jdbc, AfterExpirySettings afterExpiry,
      RenewalSettings renewal, ManagementSettings settings, TokenStock stock,
      StockSettings stockSettings, Clock clock) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    this.afterExpiry = afterExpiry;
    this.renewal = renewal;
    this.settings = settings;
    this.stock = stock;
    this.stockSettings = stockSettings;
    this.clock = clock;
  }

  /** The figures as the registry holds them at {@code now}, always read from the database. */
  public Dashboard compute(Instant now) {
    MapSqlParameterSource params = params(now);
    // One pass over the open cases (an index-only scan of ix_renewal_case_open_dashboard on
    // PostgreSQL): the ageing bucket is part of the group key, each window a FILTER aggregate.
    StringBuilder age = new StringBuilder("case");
    for (int i = 0; i < AGE_DAYS.length; i++) {
      age.append(" when c.requested_at >= :age").append(i).append(" then ").append(i);
    }
    age.append(" else ").append(AGE_DAYS.length).append(" end");
    StringBuilder sql = new StringBuilder("select c.status, c.branch_office_code, c.age,"
        + " count(*) as open_cases");
    for (CaseWindow w : CaseWindow.values()) {
      sql.append(", count(*) filter (where ").append(w.past()).append(") as ")
          .append(w.pastParam());
      sql.append(", count(*) filter (where ").append(w.near()).append(") as ")
          .append(w.nearParam());
    }
    sql.append(" from (select c.status, c.branch_office_code, c.requested_at,"
        + " c.back_office_due_at, c.econ084_received_at, c.unassigned_at, c.situation, ")
        .append(age).append(" as age from renewal_case c where ").append(open())
        .append(") c group by c.status, c.branch_office_code, c.age");

    Map<String, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> byOffice = new LinkedHashMap<>();
    Map<CaseWindow, long[]> windows = new LinkedHashMap<>();
    Map<String, long[]> overdue = new LinkedHashMap<>();
    long[] ageing = new long[AGE_DAYS.length + 1];
    jdbc.query(sql.toString(), params, (ResultSet rs) -> {
      String status = rs.getString("status");
      String office = rs.getString("branch_office_code");
      long count = rs.getLong("open_cases");
      byStatus.merge(status, count, Long::sum);
      byOffice.merge(office, count, Long::sum);
      long[] officeOverdue = overdue.computeIfAbsent(office, o -> new long[2]);
      for (CaseWindow w : CaseWindow.values()) {
        long[] figure = windows.computeIfAbsent(w, x -> new long[2]);
        long past = rs.getLong(w.pastParam());
        long near = rs.getLong(w.nearParam());
        figure[0] += past;
        figure[1] += near;
        officeOverdue[0] += past;
        officeOverdue[1] += near;
      }
      ageing[rs.getInt("age")] += count;
    });

    Map<String, String> officeNames = officeNames();
    return new Dashboard(BankTime.display(now),
        byStatus.values().stream().mapToLong(Long::longValue).sum(),
        Arrays.stream(RenewalStatus.values()).filter(RenewalStatus::isOpen)
            .map(s -> new Dashboard.Count(s.name(), CaseStatusLabels.label(s),
                byStatus.getOrDefault(s.name(), 0L)))
            .toList(),
        byOffice.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> new Dashboard.Count(e.getKey(), officeLabel(e.getKey(), officeNames),
                e.getValue()))
            .toList(),
        Arrays.stream(CaseWindow.values()).map(w -> new Dashboard.Window(w.name(), w.label,
                readable(w.shownLength(afterExpiry, renewal, settings)),
                windows.getOrDefault(w, new long[2])[0], windows.getOrDefault(w, new long[2])[1]))
            .toList(),
        ageing(ageing),
        weeks(now),
        overdue.entrySet().stream().filter(e -> e.getValue()[0] > 0)
            .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey))
            .map(e -> new Dashboard.OfficeOverdue(e.getKey(), officeNames.getOrDefault(e.getKey(),
                ""), e.getValue()[0], e.getValue()[1]))
            .toList(),
        stock.perOffice(), stockSettings.getLowThreshold());
  }

  /** The cases behind a figure, oldest request first, at most {@value #LIST_LIMIT}. */
  public List<CaseRow> cases(CaseFilter filter) {
    Instant now = clock.instant();
    MapSqlParameterSource params = params(now);
    List<String> where = new ArrayList<>();
    FieldErrors errors = new FieldErrors();
    boolean weekly = filter.week() != null;
    if (!weekly) {
      where.add(open());
    }
    if (filter.status() != null) {
      if (Arrays.stream(RenewalStatus.values()).noneMatch(s -> s.name().equals(filter.status()))) {
        errors.add("status", "Estado desconocido.");
      }
      where.add("c.status = :status");
      params.addValue("status", filter.status());
    }
    if (filter.office() != null) {
      InputRules.branchOffice(errors, "office", filter.office());
      where.add("c.branch_office_code = :office");
      params.addValue("office", filter.office());
    }
    if (filter.window() != null) {
      CaseWindow window = Arrays.stream(CaseWindow.values())
          .filter(w -> w.name().equals(filter.window())).findFirst().orElse(null);
      if (window == null) {
        errors.add("window", "Plazo desconocido.");
      } else if ("past".equals(filter.when())) {
        where.add(window.past());
      } else if ("near".equals(filter.when())) {
        where.add(window.near());
      } else {
        errors.add("when", "Indique past o near.");
      }
    }
    if (filter.age() != null) {
      if (filter.age() < 0 || filter.age() > AGE_DAYS.length) {
        errors.add("age", "Tramo de antigüedad desconocido.");
      } else {
        where.add(ageBucket(filter.age()));
      }
    }
    if (weekly) {
      String column = "closed".equals(filter.kind()) ? "c.closed_at"
          : "opened".equals(filter.kind()) ? "c.requested_at" : null;
      if (column == null) {
        errors.add("kind", "Indique opened o closed.");
      }
      if (filter.week() < 0 || filter.week() >= WEEKS) {
        errors.add("week", "Semana fuera de las últimas " + WEEKS + ".");
      }
      errors.throwIfAny();
      Instant[] bounds = weekBounds(now);
      where.add(column + " >= :from and " + column + " < :to");
      params.addValue("from", Timestamp.from(bounds[filter.week()]))
          .addValue("to", Timestamp.from(bounds[filter.week() + 1]));
    }
    errors.throwIfAny();
    Map<String, String> names = officeNames();
    return jdbc.query("select c.confirmation_number, c.status, c.branch_office_code,"
        + " co.name as company, c.requested_at, c.closed_at from renewal_case c"
        + " join company co on co.id = c.company_id where " + String.join(" and ", where)
        + " order by c.requested_at, c.id fetch first " + LIST_LIMIT + " rows only", params,
        (rs, i) -> new CaseRow(rs.getString("confirmation_number"), rs.getString("status"),
            CaseStatusLabels.label(RenewalStatus.valueOf(rs.getString("status"))),
            rs.getString("branch_office_code"),
            names.getOrDefault(rs.getString("branch_office_code"), ""), rs.getString("company"),
            display(rs, "requested_at"), display(rs, "closed_at")));
  }

  private List<Dashboard.Week> weeks(Instant now) {
    Instant[] bounds = weekBounds(now);
    MapSqlParameterSource params = new MapSqlParameterSource();
    for (int i = 1; i < WEEKS; i++) {
      params.addValue("w" + i, Timestamp.from(bounds[i]));
    }
    params.addValue("w0", Timestamp.from(bounds[0])).addValue("wend", Timestamp.from(bounds[WEEKS]));
    long[] opened = new long[WEEKS];
    long[] closed = new long[WEEKS];
    // Openings and closings in one statement, each an index-only range scan.
    jdbc.query(weekly("o", "requested_at") + " union all " + weekly("c", "closed_at"), params,
        (ResultSet rs) -> {
          ("o".equals(rs.getString("kind")) ? opened : closed)[rs.getInt("week")] =
              rs.getLong("n");
        });
    List<Dashboard.Week> weeks = new ArrayList<>();
    for (int i = 0; i < WEEKS; i++) {
      weeks.add(new Dashboard.Week(i, DAY.format(bounds[i].atZone(BankTime.ZONE)),
          DAY.format(bounds[i + 1].minusSeconds(1).atZone(BankTime.ZONE)), opened[i], closed[i]));
    }
    return weeks;
  }

  /** SQL: the cases per week of the 12 whose {@code column} falls in that week. */
  private static String weekly(String kind, String column) {
    StringBuilder bucket = new StringBuilder("case");
    for (int i = 1; i < WEEKS; i++) {
      bucket.append(" when c.").append(column).append(" < :w").append(i).append(" then ")
          .append(i - 1);
    }
    bucket.append(" else ").append(WEEKS - 1).append(" end");
    return "select '" + kind + "' as kind, week, count(*) as n from (select " + bucket
        + " as week from renewal_case c where c." + column + " >= :w0 and c." + column
        + " < :wend) t group by week";
  }

  /** Mondays 00:00 Bogotá: [0] starts the oldest of the 12 weeks, [12] ends the current one. */
  static Instant[] weekBounds(Instant now) {
    ZonedDateTime monday = now.atZone(BankTime.ZONE).truncatedTo(ChronoUnit.DAYS)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant[] bounds = new Instant[WEEKS + 1];
    for (int i = 0; i <= WEEKS; i++) {
      bounds[i] = monday.minusWeeks(WEEKS - 1 - i).toInstant();
    }
    return bounds;
  }

  private MapSqlParameterSource params(Instant now) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    for (CaseWindow w : CaseWindow.values()) {
      Instant pastCut = now.minus(w.length(afterExpiry, renewal, settings));
      params.addValue(w.pastParam(), Timestamp.from(pastCut));
      params.addValue(w.nearParam(), Timestamp.from(pastCut.plus(settings.getNearWindow())));
    }
    for (int i = 0; i < AGE_DAYS.length; i++) {
      params.addValue("age" + i, Timestamp.from(now.minus(Duration.ofDays(AGE_DAYS[i]))));
    }
    return params;
  }

  private static String ageBucket(int i) {
    if (i == 0) {
      return "(c.requested_at >= :age0)";
    }
    if (i == AGE_DAYS.length) {
      return "(c.requested_at < :age" + (i - 1) + ")";
    }
    return "(c.requested_at < :age" + (i - 1) + " and c.requested_at >= :age" + i + ")";
  }

  private static List<Dashboard.Count> ageing(long[] counts) {
    List<Dashboard.Count> buckets = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      String label = i == 0 ? "Menos de " + AGE_DAYS[0] + " día"
          : i == AGE_DAYS.length ? "Más de " + AGE_DAYS[i - 1] + " días"
          : AGE_DAYS[i - 1] + " a " + AGE_DAYS[i] + " días";
      buckets.add(new Dashboard.Count(Integer.toString(i), label, counts[i]));
    }
    return buckets;
  }

  /** The open statuses, from RenewalStatus. */
  private static String open() {
    return "c.status in (" + Arrays.stream(RenewalStatus.values()).filter(RenewalStatus::isOpen)
        .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
  }

  private Map<String, String> officeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    jdbc.getJdbcTemplate().query("select code, name from branch_office",
        (ResultSet rs) -> {
          names.put(rs.getString("code"), rs.getString("name"));
        });
    return names;
  }

  private static String officeLabel(String code, Map<String, String> names) {
    String name = names.get(code);
    return name == null ? code : code + " " + name;
  }

  private static String display(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : BankTime.display(at.toInstant());
  }

  /** 24 horas, 3 días, 4 horas: how a duration reads in Spanish. */
  static String readable(Duration d) {
    if (d.toHours() % 24 == 0 && d.toDays() > 1) {
      return d.toDays() + " días";
    }
    if (d.toMinutes() % 60 == 0) {
      return d.toHours() + (d.toHours() == 1 ? " hora" : " horas");
    }
    return d.toMinutes() + " minutos";
  }
}
