package co.bank.enterprisetoken.bench;

import co.bank.enterprisetoken.documents.Econ084FormData;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenGuidePdf;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * CPU time per PDF form, measured on this thread ({@link ThreadMXBean#getCurrentThreadCpuTime}):
 * the same forms as {@code ComponentBenchmarks.pdf*}, but a figure that does not grow when other
 * processes take the cores (JMH's wall time does, by the load factor, on a shared machine). Warms
 * up for {@code --warmup-cpu-seconds} of this thread's CPU with the five forms interleaved (C2 needs
 * several seconds for iText), then takes {@code --rounds} rounds of {@code --forms} forms of each
 * kind and prints the median of the rounds' means, in ms of CPU per form, and each form's size.
 *
 * <p>{@code benchmark/run --pdf-cpu} runs it alone; it writes {@code pdf-cpu.json} and prints a
 * Markdown table.
 */
public final class PdfCpuTime {

  private PdfCpuTime() {}

  public static void main(String[] args) throws Exception {
    double warmupSeconds = 20;
    int rounds = 7;
    int forms = 100;
    String out = null;
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--warmup-cpu-seconds=")) {
        warmupSeconds = Double.parseDouble(value);
      } else if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(value);
      } else if (arg.startsWith("--forms=")) {
        forms = Integer.parseInt(value);
      } else if (arg.startsWith("--out=")) {
        out = value;
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    ComponentBenchmarks.Pdf state = new ComponentBenchmarks.Pdf();
    Map<String, IntFunction<byte[]>> kinds = new LinkedHashMap<>();
    kinds.put("RenewalRequestForm",
        i -> state.renewalForm.build(ComponentBenchmarks.form(i), ComponentBenchmarks.ISSUE));
    kinds.put("Econ084FormWithoutRenewal", i -> state.econ084Form.build(
        ComponentBenchmarks.econ084(i, Econ084FormData.Section.UNASSIGN_WITHOUT_RENEWAL, null),
        ComponentBenchmarks.ISSUE));
    kinds.put("Econ084FormRenewalActivation", i -> state.econ084Form.build(
        ComponentBenchmarks.econ084(i, Econ084FormData.Section.RENEWAL_ACTIVATION, "4000000777"),
        ComponentBenchmarks.ISSUE));
    kinds.put("UnassignmentForm", i -> state.unassignmentForm.build(
        ComponentBenchmarks.unassignment(i), ComponentBenchmarks.ISSUE));
    kinds.put("VirtualTokenGuide",
        i -> VirtualTokenGuidePdf.build(ComponentBenchmarks.guide(i), ComponentBenchmarks.ISSUE));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warmupEnd = threads.getCurrentThreadCpuTime() + (long) (warmupSeconds * 1e9);
    int n = 0;
    while (threads.getCurrentThreadCpuTime() < warmupEnd) {
      for (IntFunction<byte[]> kind : kinds.values()) {
        sink += kind.apply(n++).length;
      }
    }

    Map<String, Integer> sizes = new LinkedHashMap<>();
    double[][] samples = new double[kinds.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      int k = 0;
      for (Map.Entry<String, IntFunction<byte[]>> kind : kinds.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        for (int f = 0; f < forms; f++) {
          byte[] pdf = kind.getValue().apply(n++);
          sink += pdf.length;
          sizes.put(kind.getKey(), pdf.length);
        }
        samples[k++][r] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / forms;
      }
    }

    StringBuilder table = new StringBuilder("| form | CPU ms per form (median of rounds) | min"
        + " | max | bytes |\n|---|---|---|---|---|\n");
    StringBuilder json = new StringBuilder("{\n");
    int k = 0;
    for (String kind : kinds.keySet()) {
      double[] s = samples[k++].clone();
      Arrays.sort(s);
      double median = s[s.length / 2];
      table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d |%n", kind, median,
          s[0], s[s.length - 1], sizes.get(kind)));
      json.append(String.format(Locale.ROOT,
          "  \"%s\": {\"cpu_ms_median\": %.3f, \"cpu_ms_min\": %.3f, \"cpu_ms_max\": %.3f,"
              + " \"bytes\": %d}%s%n", kind, median, s[0], s[s.length - 1], sizes.get(kind),
          k < kinds.size() ? "," : ""));
    }
    json.append("}\n");
    System.out.print(table);
    System.out.printf(Locale.ROOT, "(%d rounds of %d forms per kind after %.0f s of CPU warm-up;"
        + " checksum %d)%n", rounds, forms, warmupSeconds, sink);
    if (out != null) {
      Files.writeString(Path.of(out), json);
    }
  }
}
