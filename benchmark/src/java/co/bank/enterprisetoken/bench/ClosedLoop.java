package co.bank.enterprisetoken.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * {@code workers} threads each run one case at a time, start to end, until {@code cases} are done:
 * throughput = cases / wall time; latency = each case's start-to-end time.
 */
public final class ClosedLoop {

  private ClosedLoop() {}

  public static Map<String, Object> run(String name, int workers, int warmup, int cases,
      IntConsumer oneCase) {
    if (warmup > 0) {
      loop(workers, warmup, oneCase, 1_000_000);
    }
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    loop(workers, cases, i -> {
      long t = System.nanoTime();
      oneCase.accept(i);
      latencies.add((System.nanoTime() - t) / 1e6);
    }, 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("name", name);
    result.put("workers", workers);
    result.put("cases", cases);
    result.put("seconds", Stats.round(seconds));
    result.put("cases_per_s", Stats.round(cases / seconds));
    result.put("latency", Stats.summary(latencies));
    System.out.printf("[bench] %-40s %6d cases %8.2f s %9.2f cases/s p50 %.1f ms p99 %.1f ms%n",
        name, cases, seconds, cases / seconds, Stats.pct(latencies, 50),
        Stats.pct(latencies, 99));
    return result;
  }

  private static void loop(int workers, int cases, IntConsumer oneCase, int offset) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
            oneCase.accept(offset + i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Benchmark loop failed", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
