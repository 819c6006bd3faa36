package co.bank.enterprisetoken.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles (nearest rank) over a list of milliseconds. */
public final class Stats {

  private Stats() {}

  public static double pct(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  public static Map<String, Object> summary(List<Double> ms) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", ms.size());
    m.put("p50_ms", round(pct(ms, 50)));
    m.put("p95_ms", round(pct(ms, 95)));
    m.put("p99_ms", round(pct(ms, 99)));
    m.put("max_ms", round(pct(ms, 100)));
    return m;
  }

  public static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 100.0) / 100.0;
  }
}
