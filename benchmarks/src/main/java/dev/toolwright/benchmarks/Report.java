package dev.toolwright.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The results as Markdown: machine, targets (PASS/MISS), then the details. */
final class Report {

  private static final long FRAMEWORK_BUDGET_BYTES = 100 * 1024;

  private final BenchmarkMain run;
  private final StringBuilder md = new StringBuilder();

  Report(BenchmarkMain run) {
    this.run = run;
  }

  String markdown() {
    machine();
    targets();
    coldStart();
    classes();
    probes();
    warmPath();
    sizes();
    if (!run.problems().isEmpty()) {
      md.append("\n**Not measured / problems:**\n\n");
      run.problems().forEach(p -> md.append("- ").append(p).append('\n'));
    }
    return md.toString();
  }

  // ------------------------------------------------------------------------------------------- machine

  private void machine() {
    Config cfg = run.config();
    md.append("### Latest results\n\n");
    md.append("Measured ").append(run.started()).append(" with `benchmarks/run.sh")
        .append(cfg.commandLine().isBlank() ? "" : " " + cfg.commandLine().replaceAll("jdk25=\\S+", "jdk25=…"))
        .append("`.\n\n");
    md.append("| machine | |\n|---|---|\n");
    md.append("| CPUs (`nproc`) | ").append(Runtime.getRuntime().availableProcessors()).append(" × ")
        .append(cpuModel()).append(" |\n");
    md.append("| memory | ").append(memory()).append(" |\n");
    md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(' ').append(System.getProperty("os.arch")).append(" |\n");
    md.append("| JDK (A, B, C, A+CDS, JMH) | ").append(BenchmarkMain.javaVersion(null)).append(" |\n");
    if (run.a25() != null) {
      md.append("| JDK (@25 variants) | ").append(BenchmarkMain.javaVersion(run.a25().java.getParent().getParent()))
          .append(" |\n");
    }
    md.append("| Lambda JVMs | `JAVA_TOOL_OPTIONS=").append(run.javaToolOptions())
        .append("`, real runtime interface client, loopback Runtime API emulator |\n");
  }

  // ------------------------------------------------------------------------------------------- targets

  private void targets() {
    md.append("\n#### Targets\n\n| target | measured | goal | |\n|---|---|---|---|\n");
    Variant a = run.a();
    Variant b = run.b();
    Variant c = run.c();
    if (has(a) && has(b)) {
      double ratio = median(a) / median(b);
      row("A/B time to first response (median)", fmt("%.2f× %s (%.0f / %.0f ms)", ratio, interval(a, b, 1.10),
          median(a), median(b)), "≤ 1.10×", ratio <= 1.10);
    }
    if (has(run.a25()) && has(run.b25())) {
      double ratio = median(run.a25()) / median(run.b25());
      row("A/B on JDK 25 (for information)", fmt("%.2f× %s (%.0f / %.0f ms)", ratio,
          interval(run.a25(), run.b25(), 1.10),
          median(run.a25()), median(run.b25())), "≤ 1.10×", ratio <= 1.10);
    }
    List<ClassLoads> la = run.classLoads().get("A");
    List<ClassLoads> lb = run.classLoads().get("B");
    if (la != null && lb != null) {
      int diff = medianCount(la) - medianCount(lb);
      row("A − B classes loaded to the first response", fmt("%d (%d − %d)", diff, medianCount(la), medianCount(lb)),
          "≤ 40", diff <= 40);
      List<String> aOnly = ClassLoads.minus(la.get(0), lb.get(0));
      List<String> bad = new ArrayList<>(ClassLoads.proxiesAndAccessors(aOnly));
      bad.addAll(ClassLoads.scanning(aOnly));
      List<String> inA = la.get(0).proxiesAndAccessors();
      String measured = bad.isEmpty() ? "none added by A" : String.join(", ", bad);
      if (!inA.isEmpty() && bad.isEmpty()) {
        measured += fmt(" (A loads %d dynamic proxies, B %d: Jackson reading annotations, e.g. %s)", inA.size(),
            lb.get(0).proxiesAndAccessors().size(), abbreviate(inA, 2));
      }
      row("no proxy / generated-accessor / class-path-scanning classes in A", measured, "none", bad.isEmpty());
    }
    Map<String, double[]> c2 = run.jmh().get("C2");
    if (c2 != null) {
      double gen = c2.get("generated")[0];
      double direct = c2.get("direct")[0];
      double reflective = c2.get("reflective")[0];
      row("warm: generated / direct (JMH, C2)", fmt("%.2f× (%.0f / %.0f ns)", gen / direct, gen, direct), "≤ 1.10×",
          gen / direct <= 1.10);
      row("warm: generated − direct (JMH, C2)", fmt("%.0f ns", gen - direct), "≤ 500 ns", gen - direct <= 500);
      row("warm: reflective / generated (JMH, C2)", fmt("%.2f× (%.0f / %.0f ns)", reflective / gen, reflective, gen),
          "≥ 5×", reflective / gen >= 5);
    }
    if (has(c) && has(a)) {
      double ratio = median(c) / median(a);
      row("C/A time to first response (median)", fmt("%.2f× %s (%.0f / %.0f ms)", ratio, interval(c, a, 5), median(c),
          median(a)), "≥ 5×", ratio >= 5);
    } else if (c != null && !c.available()) {
      row("C/A time to first response", "not measured: " + c.unavailable, "≥ 5×", false);
    }
    long added = frameworkAdded();
    row("framework runtime jars added over B", fmt("%,d bytes (%.1f KiB)", added, added / 1024.0), "≤ 100 KiB",
        added <= FRAMEWORK_BUDGET_BYTES);
  }

  private void row(String target, String measured, String goal, boolean pass) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(goal).append(" | ")
        .append(pass ? "PASS" : "**MISS**").append(" |\n");
  }

  // ------------------------------------------------------------------------------------------- cold start

  private void coldStart() {
    if (run.samples().isEmpty()) {
      return;
    }
    int n = run.samples().values().iterator().next().size();
    md.append("\n#### Cold start: process spawn → first tool response\n\n");
    md.append("A fresh JVM per sample, ").append(n).append(" interleaved rounds (")
        .append(run.samples().keySet().stream().map(v -> v.id).collect(Collectors.joining(" ")))
        .append(", then again), after one discarded warm-up round. INIT = spawn → the runtime's first "
            + "`/invocation/next` (JVM and runtime client start, handler constructed); invoke = the first "
            + "invocation (fetch → response). Milliseconds.\n\n");
    md.append("Ratios in the targets carry a 95% bootstrap interval (rounds resampled, 2,000 times).\n\n");
    md.append("| variant | what | median | p90 | min | INIT median | invoke median | ÷ A |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Variant, List<ColdStart.Sample>> e : run.samples().entrySet()) {
      Variant v = e.getKey();
      List<Double> total = e.getValue().stream().map(s -> s.totalMs).collect(Collectors.toList());
      List<Double> init = e.getValue().stream().map(s -> s.initMs).collect(Collectors.toList());
      List<Double> invoke = e.getValue().stream().map(s -> s.invokeMs).collect(Collectors.toList());
      Variant base = v.java != null && has(run.a25()) ? run.a25() : run.a();
      String ratio = has(base) ? fmt("%.2f", Stats.median(total) / median(base)) + (base == run.a() ? "" : " (÷ A@25)")
          : "";
      md.append(fmt("| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s |\n", v.id, v.description,
          Stats.median(total), Stats.percentile(total, 90), Stats.min(total), Stats.median(init),
          Stats.median(invoke), ratio));
    }
    for (Variant v : run.samples().keySet()) {
      for (String note : v.notes) {
        md.append("\n").append(v.id).append(": ").append(note).append('.');
      }
    }
    md.append('\n');
  }

  // ------------------------------------------------------------------------------------------- classes

  private void classes() {
    List<ClassLoads> la = run.classLoads().get("A");
    List<ClassLoads> lb = run.classLoads().get("B");
    if (la == null || lb == null) {
      return;
    }
    md.append("\n#### Classes loaded to the first response\n\n");
    md.append("`-Xlog:class+load` to a file, counted when the first response arrived (runs: ");
    run.classLoads().forEach((id, runs) -> md.append(id).append(' ')
        .append(runs.stream().map(l -> Integer.toString(l.count())).collect(Collectors.joining("/"))).append("; "));
    md.setLength(md.length() - 2);
    md.append("). Lists: `benchmarks/target/bench-work/classes-A-minus-B.txt`, `classes-B-minus-A.txt`.\n\n");
    md.append("| | classes (median) |\n|---|---:|\n");
    run.classLoads().forEach((id, runs) -> md.append("| ").append(id).append(" | ").append(medianCount(runs))
        .append(" |\n"));
    List<String> aOnly = ClassLoads.minus(la.get(0), lb.get(0));
    List<String> bOnly = ClassLoads.minus(lb.get(0), la.get(0));
    md.append(fmt("\nA loads %d classes B does not, B loads %d that A does not. A − B by origin:\n\n", aOnly.size(),
        bOnly.size()));
    md.append("| origin | A only | B only |\n|---|---:|---:|\n");
    Map<String, Integer> ga = ClassLoads.byGroup(aOnly);
    Map<String, Integer> gb = ClassLoads.byGroup(bOnly);
    java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>(ga.keySet());
    groups.addAll(gb.keySet());
    for (String g : groups) {
      md.append("| ").append(g).append(" | ").append(ga.getOrDefault(g, 0)).append(" | ").append(gb.getOrDefault(g, 0))
          .append(" |\n");
    }
    md.append("\n<details><summary>The classes A loads and B does not, by origin</summary>\n\n");
    Map<String, List<String>> byGroup = new java.util.LinkedHashMap<>();
    for (String name : aOnly) {
      byGroup.computeIfAbsent(ClassLoads.group(name), k -> new ArrayList<>()).add(name);
    }
    byGroup.forEach((g, names) -> md.append("- **").append(g).append("** (").append(names.size()).append("): ")
        .append(names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "))).append('\n'));
    md.append("\n</details>\n");
  }

  // ------------------------------------------------------------------------------------------- init probe

  private void probes() {
    if (run.probes().isEmpty()) {
      return;
    }
    int runs = run.probes().values().iterator().next().values().iterator().next().size();
    md.append("\n#### Where the start-up time goes (InitProbe)\n\n");
    md.append("A fresh JVM (`JAVA_TOOL_OPTIONS` as above, no runtime client) with one Lambda jar on the class path "
        + "runs the steps in order and times each; a step pays only for what earlier steps did not already load. "
        + "Median of ").append(runs).append(" JVMs per column; ms / classes loaded.\n\n");
    List<String> modes = new ArrayList<>(run.probes().keySet());
    md.append("| step |");
    modes.forEach(m -> md.append(' ').append(m).append(" |"));
    md.append("\n|---|");
    modes.forEach(m -> md.append("---:|"));
    md.append('\n');
    java.util.LinkedHashSet<String> steps = new java.util.LinkedHashSet<>();
    run.probes().values().forEach(m -> steps.addAll(m.keySet()));
    String[][] labels = {
        {"jackson", "Jackson mapper (A: `JsonMapper.builder().build()`, B: `new ObjectMapper()`)"},
        {"jdk8", "+ `Jdk8Module`"},
        {"jsr310", "+ `JavaTimeModule`"},
        {"jsonsupport", "`new JsonSupport()` (constraints, features, both modules)"},
        {"handler", "handler constructor (A: `new ExampleHandler()`: dispatchers, shapes, 2nd JsonSupport)"},
        {"first call", "first `handleRequest`"},
        {"second call", "second `handleRequest`"}};
    double[] totals = new double[modes.size()];
    for (String[] label : labels) {
      if (!steps.contains(label[0])) {
        continue;
      }
      md.append("| ").append(label[1]).append(" |");
      for (int i = 0; i < modes.size(); i++) {
        List<double[]> values = run.probes().get(modes.get(i)).get(label[0]);
        if (values == null) {
          md.append(" – |");
          continue;
        }
        double ms = Stats.median(values.stream().map(v -> v[0]).collect(Collectors.toList()));
        double classes = Stats.median(values.stream().map(v -> v[1]).collect(Collectors.toList()));
        if (!label[0].equals("second call")) {
          totals[i] += ms;
        }
        md.append(fmt(" %.1f / %.0f |", ms, classes));
      }
      md.append('\n');
    }
    md.append("| **sum to the first answer** |");
    for (double t : totals) {
      md.append(fmt(" **%.1f** |", t));
    }
    md.append('\n');
  }

  // ------------------------------------------------------------------------------------------- warm path

  private void warmPath() {
    if (run.jmh().isEmpty()) {
      return;
    }
    Config cfg = run.config();
    md.append("\n#### Warm path: one lookup_order call, bytes in → bytes out (JMH ")
        .append(org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion() == null ? "1.37"
            : org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion())
        .append(")\n\n");
    md.append(fmt("Average time, %d fork, %d×%d s warm-up, %d×%d s measurement; ± is JMH's 99.9%% error. "
            + "C2 = the JVM's default JIT; C1 = `-XX:TieredStopAtLevel=1`, as Lambda runs it. `generated` calls "
            + "`ExampleHandler.handleRequest` with a Lambda context that has the gateway's client context and **no "
            + "deadline**, so the tool runs on the calling thread; `generatedWithDeadline` gives it 30 s, as every "
            + "real invocation has, and Toolwright then starts a worker thread per call.\n\n",
        cfg.getInt("jmh.forks", 1), cfg.getInt("jmh.warmupIterations", 3), cfg.getInt("jmh.warmupSeconds", 2),
        cfg.getInt("jmh.iterations", 3), cfg.getInt("jmh.seconds", 2)));
    List<String> jits = new ArrayList<>(run.jmh().keySet());
    md.append("| path |");
    jits.forEach(j -> md.append(" ns/op (").append(j).append(") | ÷ direct (").append(j).append(") |"));
    md.append("\n|---|");
    jits.forEach(j -> md.append("---:|---:|"));
    md.append('\n');
    String[][] paths = {
        {"generated", "Toolwright: `ToolHandler.handleRequest` → generated dispatcher"},
        {"generatedWithDeadline", "the same, context with a deadline (worker thread)"},
        {"direct", "direct: `ObjectReader` → method → `ObjectWriter`"},
        {"reflective", "reflective, Spring-AI style: `Method.invoke` + `convertValue`"}};
    for (String[] p : paths) {
      md.append("| ").append(p[1]).append(" |");
      for (String j : jits) {
        double[] r = run.jmh().get(j).get(p[0]);
        double direct = run.jmh().get(j).get("direct")[0];
        md.append(r == null ? " – | – |" : fmt(" %.0f ± %.0f | %.2f |", r[0], r[1], r[0] / direct));
      }
      md.append('\n');
    }
  }

  // ------------------------------------------------------------------------------------------- sizes

  private void sizes() {
    md.append("\n#### Size of the deployed artifact\n\n| variant | jar | bytes | zip entries |\n|---|---|---:|---:|\n");
    for (Variant v : new Variant[] {run.a(), run.b(), run.c()}) {
      if (v == null || v.jar == null) {
        continue;
      }
      md.append(fmt("| %s | `%s` | %,d | %,d |\n", v.id, v.jar.getFileName(), Sizes.bytes(v.jar),
          Sizes.entries(v.jar)));
    }
    md.append(fmt("\nA − B: %,d bytes, %,d entries. Framework runtime jars added over B's dependencies (Jackson core/"
            + "databind/annotations, aws-lambda-java-core):\n\n| jar | bytes |\n|---|---:|\n",
        Sizes.bytes(run.a().jar) - Sizes.bytes(run.b().jar), Sizes.entries(run.a().jar) - Sizes.entries(run.b().jar)));
    long total = 0;
    for (Map.Entry<String, Path> e : BenchmarkMain.frameworkJars().entrySet()) {
      long bytes = Sizes.bytes(e.getValue());
      total += bytes;
      md.append(fmt("| %s (`%s`) | %,d |\n", e.getKey(), e.getValue().getFileName(), bytes));
    }
    md.append(fmt("| **total** | **%,d** |\n", total));
    md.append("\nInside A's jar (compressed bytes): ");
    md.append(Sizes.compressedByPart(run.a().jar).entrySet().stream()
        .map(e -> fmt("%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining("; ")));
    md.append(".\n");
  }

  private long frameworkAdded() {
    long total = 0;
    for (Path p : BenchmarkMain.frameworkJars().values()) {
      total += Sizes.bytes(p);
    }
    return total;
  }

  // ------------------------------------------------------------------------------------------- helpers

  private boolean has(Variant v) {
    return v != null && run.samples().containsKey(v) && !run.samples().get(v).isEmpty();
  }

  /** The 95% bootstrap interval of median(x) / median(y), as "[lo–hi]", saying when it contains the goal. */
  private String interval(Variant x, Variant y, double goal) {
    double[] ci = Stats.ratioInterval(totals(x), totals(y));
    return fmt("[95%% CI %.2f–%.2f%s]", ci[0], ci[1], ci[0] <= goal && goal <= ci[1] ? ", contains the goal" : "");
  }

  private List<Double> totals(Variant v) {
    return run.samples().get(v).stream().map(s -> s.totalMs).collect(Collectors.toList());
  }

  private double median(Variant v) {
    return Stats.median(run.samples().get(v).stream().map(s -> s.totalMs).collect(Collectors.toList()));
  }

  private static int medianCount(List<ClassLoads> runs) {
    return (int) Math.round(Stats.median(runs.stream().map(l -> (double) l.count()).collect(Collectors.toList())));
  }

  private static String abbreviate(List<String> names, int max) {
    List<String> distinct = names.stream().map(ClassLoads::normalize).distinct().collect(Collectors.toList());
    String shown = distinct.stream().limit(max).map(s -> "`" + s + "`").collect(Collectors.joining(", "));
    return distinct.size() > max ? shown + ", …" : shown;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return fmt("%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "?";
  }
}
