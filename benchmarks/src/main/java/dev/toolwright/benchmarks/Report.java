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

  /** How many class names of one origin the A − S details list before "… n more". */
  private static final int LISTED_PER_ORIGIN = 40;

  /** The InitProbe columns the first/warm targets read. */
  private static final String PRIMED_PROBE = "A primed (deadline)";

  private static final String UNPRIMED_PROBE = "A (deadline)";

  private final BenchmarkMain run;
  private final StringBuilder md = new StringBuilder();
  private final List<String> targetLines = new ArrayList<>();

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

  // -------------------------------------------------------------------------------------------
  // machine

  private void machine() {
    Config cfg = run.config();
    md.append("### Latest results\n\n");
    md.append("Measured ")
        .append(run.started())
        .append(" with `benchmarks/run.sh")
        .append(
            cfg.commandLine().isBlank()
                ? ""
                : " " + cfg.commandLine().replaceAll("jdk25=\\S+", "jdk25=…"))
        .append("`.\n\n");
    md.append("| machine | |\n|---|---|\n");
    md.append("| CPUs (`nproc`) | ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" × ")
        .append(cpuModel())
        .append(" |\n");
    md.append("| memory | ").append(memory()).append(" |\n");
    md.append("| OS | ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(" |\n");
    md.append("| JDK (A, B, S, E, C, A+CDS, JMH) | ")
        .append(BenchmarkMain.javaVersion(null))
        .append(" |\n");
    if (run.a25() != null) {
      md.append("| JDK (@25 variants) | ")
          .append(BenchmarkMain.javaVersion(run.a25().java.getParent().getParent()))
          .append(" |\n");
    }
    md.append("| Lambda JVMs | `JAVA_TOOL_OPTIONS=")
        .append(run.javaToolOptions())
        .append("`, real runtime interface client, loopback Runtime API emulator |\n");
  }

  // -------------------------------------------------------------------------------------------
  // targets

  /** The goals of benchmarks/README.md's targets table (issue: compile-time JSON codecs). */
  private static final double A_OVER_B = 0.60;

  private static final double A_OVER_S = 1.15;
  private static final int CLASSES_OVER_S = 60;
  private static final double FIRST_OVER_WARM_PRIMED = 3;
  private static final double WARM_OVER_DIRECT = 0.80;
  private static final double REFLECTIVE_OVER_WARM = 2;
  private static final double FULL_PATH_OVER_DIRECT = 1.50;
  private static final double C_OVER_A = 5;

  private void targets() {
    md.append("\n#### Targets\n\n| target | measured | goal | |\n|---|---|---|---|\n");
    Variant a = run.a();
    coldStartRatio("A/B time to first response (median)", a, run.b(), "≤", A_OVER_B);
    coldStartRatio("A/S time to first response (median)", a, run.s(), "≤", A_OVER_S);
    if (has(a) && has(run.e())) {
      infoRow(
          "A/E time to first response (E: no JSON, the JVM + runtime client floor; for information)",
          ratioText(a, run.e(), Double.NaN));
    }
    if (has(run.a25()) && has(run.b25())) {
      infoRow("A/B on JDK 25 (for information)", ratioText(run.a25(), run.b25(), Double.NaN));
    }
    archiveRow("A+CDS / A (still measured; for information)", run.aCds(), a);
    archiveRow("A@25+AOT / A@25 (still measured; for information)", run.a25Aot(), run.a25());
    classTargets();
    double[] primed = firstOverWarm(PRIMED_PROBE);
    if (primed != null) {
      row(
          "first invoke / warm invoke in the same JVM, primed (InitProbe: A primed, deadline)",
          firstOverWarmText(primed),
          "≤ 3×",
          primed[0] / primed[1] <= FIRST_OVER_WARM_PRIMED);
    }
    double[] unprimed = firstOverWarm(UNPRIMED_PROBE);
    if (unprimed != null) {
      infoRow(
          "the same, unprimed (InitProbe: A, deadline; for information)",
          firstOverWarmText(unprimed));
    }
    for (String column : List.of("B", "S")) {
      double[] other = firstOverWarm(column);
      if (other != null) {
        infoRow("the same, " + column + " (InitProbe; for information)", firstOverWarmText(other));
      }
    }
    warmTargets();
    Variant c = run.c();
    if (has(c) && has(a)) {
      double ratio = median(c) / median(a);
      row(
          "C/A time to first response (median)",
          fmt("%.2f× %s (%.0f / %.0f ms)", ratio, interval(c, a, C_OVER_A), median(c), median(a)),
          "≥ 5×",
          ratio >= C_OVER_A);
    } else if (c != null && !c.available()) {
      row("C/A time to first response", "not measured: " + c.unavailable, "≥ 5×", false);
    }
    long added = frameworkAdded();
    row(
        "framework runtime jars added over B",
        fmt("%,d bytes (%.1f KiB)", added, added / 1024.0),
        "≤ 100 KiB",
        added <= FRAMEWORK_BUDGET_BYTES);
  }

  /**
   * A cold-start ratio of medians with its bootstrap interval, against a goal ({@code ≤} or {@code
   * ≥}).
   */
  private void coldStartRatio(String target, Variant x, Variant y, String relation, double goal) {
    if (!has(x) || !has(y)) {
      return;
    }
    double ratio = median(x) / median(y);
    row(
        target,
        ratioText(x, y, goal),
        fmt("%s %.2f×", relation, goal),
        relation.equals("≤") ? ratio <= goal : ratio >= goal);
  }

  /**
   * {@code 0.98× [95% CI 0.93–1.05] (241 / 246 ms)}; the interval says whether it contains {@code
   * goal}.
   */
  private String ratioText(Variant x, Variant y, double goal) {
    return fmt(
        "%.2f× %s (%.0f / %.0f ms)",
        median(x) / median(y), interval(x, y, goal), median(x), median(y));
  }

  private void archiveRow(String target, Variant archived, Variant base) {
    if (has(archived) && has(base)) {
      infoRow(target, ratioText(archived, base, Double.NaN));
    } else if (archived != null && !archived.available()) {
      infoRow(target, "not measured: " + archived.unavailable);
    }
  }

  private void classTargets() {
    List<ClassLoads> la = run.classLoads().get("A");
    List<ClassLoads> lb = run.classLoads().get("B");
    List<ClassLoads> ls = run.classLoads().get("S");
    if (la == null || lb == null || ls == null) {
      return;
    }
    int a = medianCount(la);
    int s = medianCount(ls);
    row(
        "classes loaded to the first response, A vs S",
        fmt("A − S = %d (%d − %d)", a - s, a, s),
        "≤ S + " + CLASSES_OVER_S,
        a - s <= CLASSES_OVER_S);
    List<String> databind = la.get(0).databind();
    row(
        "jackson-databind classes A loads to the first response",
        databind.isEmpty() ? "none" : fmt("%d (e.g. %s)", databind.size(), abbreviate(databind, 2)),
        "none",
        databind.isEmpty());
    infoRow(
        "A − B classes loaded to the first response (for information)",
        fmt("%d (%d − %d)", a - medianCount(lb), a, medianCount(lb)));
    List<String> aOnly = ClassLoads.minus(la.get(0), ls.get(0));
    List<String> bad = new ArrayList<>(ClassLoads.proxiesAndAccessors(aOnly));
    bad.addAll(ClassLoads.scanning(aOnly));
    row(
        "no proxy / generated-accessor / class-path-scanning classes in A beyond S",
        bad.isEmpty() ? "none" : fmt("%d: %s", bad.size(), abbreviate(bad, 3)),
        "none",
        bad.isEmpty());
  }

  /**
   * The warm-path targets read JMH's C2 run (the JVM's default JIT); the C1 figures are in the
   * table below.
   */
  private void warmTargets() {
    Map<String, double[]> c2 = run.jmh().get("C2");
    if (c2 == null) {
      return;
    }
    double direct = c2.get("direct")[0];
    double reflective = c2.get("reflective")[0];
    double[] off = c2.get("generatedTelemetryOff");
    if (off != null) {
      row(
          "warm (JMH, C2), telemetry off: generated / direct `ObjectReader` path",
          fmt("%.2f× (%.0f / %.0f ns)", off[0] / direct, off[0], direct),
          "≤ 0.80×",
          off[0] / direct <= WARM_OVER_DIRECT);
      row(
          "warm (JMH, C2), telemetry off: reflective dispatcher / generated",
          fmt("%.2f× (%.0f / %.0f ns)", reflective / off[0], reflective, off[0]),
          "≥ 2×",
          reflective / off[0] >= REFLECTIVE_OVER_WARM);
    }
    double[] full = c2.get("generated");
    if (full != null) {
      row(
          "warm (JMH, C2), full path with the log line and EMF document: generated / direct",
          fmt("%.2f× (%.0f / %.0f ns)", full[0] / direct, full[0], direct),
          "≤ 1.50×",
          full[0] / direct <= FULL_PATH_OVER_DIRECT);
    }
  }

  private void row(String target, String measured, String goal, boolean pass) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(goal)
        .append(" | ")
        .append(pass ? "PASS" : "**MISS**")
        .append(" |\n");
    targetLines.add(
        ((pass ? "PASS " : "MISS ") + target + ": " + measured + " (goal " + goal + ")")
            .replace("`", ""));
  }

  /** A row without a goal of its own. */
  private void infoRow(String target, String measured) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | – | |\n");
  }

  /**
   * One line per target with a goal, {@code PASS …} or {@code MISS …}, after {@link #markdown()}.
   */
  List<String> targetLines() {
    return targetLines;
  }

  /** {first call ms, warm call ms} (medians) of an InitProbe column, or null. */
  private double[] firstOverWarm(String column) {
    Map<String, List<double[]>> steps = run.probes().get(column);
    if (steps == null || steps.get("first call") == null || steps.get("warm call") == null) {
      return null;
    }
    return new double[] {probeMedian(steps.get("first call")), probeMedian(steps.get("warm call"))};
  }

  private static String firstOverWarmText(double[] firstAndWarm) {
    return fmt(
        "%.1f× (%.2f / %.3f ms)",
        firstAndWarm[0] / firstAndWarm[1], firstAndWarm[0], firstAndWarm[1]);
  }

  private static double probeMedian(List<double[]> values) {
    return Stats.median(values.stream().map(v -> v[0]).collect(Collectors.toList()));
  }

  // -------------------------------------------------------------------------------------------
  // cold start

  private void coldStart() {
    if (run.samples().isEmpty()) {
      return;
    }
    int n = run.samples().values().iterator().next().size();
    md.append("\n#### Cold start: process spawn → first tool response\n\n");
    md.append("A fresh JVM per sample, ")
        .append(n)
        .append(" interleaved rounds (")
        .append(run.samples().keySet().stream().map(v -> v.id).collect(Collectors.joining(" ")))
        .append(
            ", then again), after one discarded warm-up round. INIT = spawn → the runtime's first "
                + "`/invocation/next` (JVM and runtime client start, handler constructed); invoke = the first "
                + "invocation (fetch → response). Milliseconds.\n\n");
    md.append(
        "Ratios in the targets carry a 95% bootstrap interval (rounds resampled, 2,000 times).\n\n");
    md.append("| variant | what | median | p90 | min | INIT median | invoke median | ÷ A |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Variant, List<ColdStart.Sample>> e : run.samples().entrySet()) {
      Variant v = e.getKey();
      List<Double> total = e.getValue().stream().map(s -> s.totalMs).collect(Collectors.toList());
      List<Double> init = e.getValue().stream().map(s -> s.initMs).collect(Collectors.toList());
      List<Double> invoke = e.getValue().stream().map(s -> s.invokeMs).collect(Collectors.toList());
      Variant base = v.java != null && has(run.a25()) ? run.a25() : run.a();
      String ratio =
          has(base)
              ? fmt("%.2f", Stats.median(total) / median(base))
                  + (base == run.a() ? "" : " (÷ A@25)")
              : "";
      md.append(
          fmt(
              "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s |\n",
              v.id,
              v.description,
              Stats.median(total),
              Stats.percentile(total, 90),
              Stats.min(total),
              Stats.median(init),
              Stats.median(invoke),
              ratio));
    }
    for (Variant v : run.samples().keySet()) {
      for (String note : v.notes) {
        md.append("\n").append(v.id).append(": ").append(note).append('.');
      }
    }
    md.append('\n');
    primingNote();
  }

  /**
   * What priming costs in INIT and saves in the first invoke when nothing hides INIT (no
   * SnapStart).
   */
  private void primingNote() {
    Variant a = run.a();
    Variant primed = run.aPrimed();
    if (!has(a) || !has(primed)) {
      return;
    }
    double init = medianOf(primed, s -> s.initMs) - medianOf(a, s -> s.initMs);
    double invoke = medianOf(primed, s -> s.invokeMs) - medianOf(a, s -> s.invokeMs);
    double total = median(primed) - median(a);
    if (md.charAt(md.length() - 2) != '\n') {
      md.append('\n'); // a blank line before the paragraph
    }
    md.append(
        fmt(
            "A primed − A (medians), an on-demand cold start where INIT is on the caller's clock: INIT %s ms, "
                + "first invoke %s ms, time to first response %s ms.",
            signed(init), signed(invoke), signed(total)));
    List<Double> logged = new ArrayList<>();
    for (ColdStart.Sample s : run.samples().get(primed)) {
      java.util.regex.Matcher m = BenchmarkMain.PRIMED_LINE.matcher(s.stdout);
      if (m.find()) {
        logged.add(Double.parseDouble(m.group(3)));
      }
    }
    if (!logged.isEmpty()) {
      md.append(
          fmt(
              " The framework's own INIT log line (`Primed … tools in … ms`): median %.0f ms (%d of %d "
                  + "samples).",
              Stats.median(logged), logged.size(), run.samples().get(primed).size()));
    }
    md.append(
        " Under SnapStart or provisioned concurrency the INIT part is paid before any caller waits.\n");
  }

  // -------------------------------------------------------------------------------------------
  // classes

  private void classes() {
    List<ClassLoads> la = run.classLoads().get("A");
    List<ClassLoads> lb = run.classLoads().get("B");
    List<ClassLoads> ls = run.classLoads().get("S");
    if (la == null || lb == null || ls == null) {
      return;
    }
    md.append("\n#### Classes loaded to the first response\n\n");
    md.append("`-Xlog:class+load` to a file, counted when the first response arrived (runs: ");
    run.classLoads()
        .forEach(
            (id, runs) ->
                md.append(id)
                    .append(' ')
                    .append(
                        runs.stream()
                            .map(l -> Integer.toString(l.count()))
                            .collect(Collectors.joining("/")))
                    .append("; "));
    md.setLength(md.length() - 2);
    md.append(
        "). Lists: `benchmarks/target/bench-work/classes-A-minus-S.txt`, `classes-S-minus-A.txt`, "
            + "`classes-A-minus-B.txt`, `classes-B-minus-A.txt`. The runner stops if S or E loads a jackson-databind "
            + "class.\n\n");
    md.append(
        "| | classes (median) | without the application's own | jackson-databind classes |\n"
            + "|---|---:|---:|---:|\n");
    run.classLoads()
        .forEach(
            (id, runs) ->
                md.append("| ")
                    .append(id)
                    .append(" | ")
                    .append(medianCount(runs))
                    .append(" | ")
                    .append(
                        id.equals("C")
                            ? "–"
                            : Integer.toString(medianCountWithoutApplication(runs)))
                    .append(" | ")
                    .append(runs.get(0).databind().size())
                    .append(" |\n"));
    md.append(
        "\nThe application's own classes: A's `dev.toolwright.examples` (tools, records, handler and the "
            + "dispatchers generated for the tools); B's, S's and E's `dev.toolwright.benchmarks.*` (handler, the orders "
            + "records and store); what is left is what the framework (A) or the hand-written handler's libraries load, "
            + "with the JDK and the runtime client.\n");
    List<String> aNotS = ClassLoads.minus(la.get(0), ls.get(0));
    List<String> sNotA = ClassLoads.minus(ls.get(0), la.get(0));
    List<String> aNotB = ClassLoads.minus(la.get(0), lb.get(0));
    List<String> bNotA = ClassLoads.minus(lb.get(0), la.get(0));
    md.append(
        fmt(
            "\nA loads %d classes S does not, S %d that A does not; A loads %d classes B does not, B %d that A "
                + "does not. By origin:\n\n",
            aNotS.size(), sNotA.size(), aNotB.size(), bNotA.size()));
    md.append(
        "| origin | A, not S | S, not A | A, not B | B, not A |\n|---|---:|---:|---:|---:|\n");
    List<Map<String, Integer>> columns =
        List.of(
            ClassLoads.byGroup(aNotS),
            ClassLoads.byGroup(sNotA),
            ClassLoads.byGroup(aNotB),
            ClassLoads.byGroup(bNotA));
    java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>();
    columns.forEach(column -> groups.addAll(column.keySet()));
    for (String g : groups) {
      md.append("| ").append(g).append(" |");
      columns.forEach(column -> md.append(' ').append(column.getOrDefault(g, 0)).append(" |"));
      md.append('\n');
    }
    md.append("\n<details><summary>The classes A loads and S does not, by origin</summary>\n\n");
    Map<String, List<String>> byGroup = new java.util.LinkedHashMap<>();
    for (String name : aNotS) {
      byGroup.computeIfAbsent(ClassLoads.group(name), k -> new ArrayList<>()).add(name);
    }
    byGroup.forEach(
        (g, names) ->
            md.append("- **")
                .append(g)
                .append("** (")
                .append(names.size())
                .append("): ")
                .append(
                    names.stream()
                        .limit(LISTED_PER_ORIGIN)
                        .map(n -> "`" + n + "`")
                        .collect(Collectors.joining(", ")))
                .append(
                    names.size() > LISTED_PER_ORIGIN
                        ? fmt(", … %d more", names.size() - LISTED_PER_ORIGIN)
                        : "")
                .append('\n'));
    md.append(
        "\nThe full list: `benchmarks/target/bench-work/classes-A-minus-S.txt`.\n\n</details>\n");
  }

  // -------------------------------------------------------------------------------------------
  // init probe

  private void probes() {
    if (run.probes().isEmpty()) {
      return;
    }
    int runs = run.probes().values().iterator().next().values().iterator().next().size();
    md.append("\n#### Where the start-up time goes (InitProbe)\n\n");
    md.append(
            "A fresh JVM (`JAVA_TOOL_OPTIONS` as above, no runtime client) with one Lambda jar on the class path "
                + "runs the steps in order and times each; a step pays only for what earlier steps did not already load. "
                + "The A columns set `TOOLWRIGHT_PRIMING=off`, *A primed* sets `on` (its handler constructor primes every "
                + "tool); the *deadline* columns call with 30 s left (the call is handed to a worker thread, as on Lambda). "
                + "A's handler constructor is everything the framework sets up (A builds no Jackson object of its own "
                + "here). The warm invoke is the median of ")
        .append(run.config().getInt("probeWarmCalls", 50))
        .append(
            " further calls after the second, timed one by one (its classes: all those they loaded). Median of ")
        .append(runs)
        .append(" JVMs per column; ms / classes loaded.\n\n");
    List<String> modes = new ArrayList<>(run.probes().keySet());
    md.append("| step |");
    modes.forEach(m -> md.append(' ').append(m).append(" |"));
    md.append("\n|---|");
    modes.forEach(m -> md.append("---:|"));
    md.append('\n');
    java.util.LinkedHashSet<String> steps = new java.util.LinkedHashSet<>();
    run.probes().values().forEach(m -> steps.addAll(m.keySet()));
    String[][] labels = {
      {"jackson", "B: `JsonMapper.builder().build()`"},
      {"jdk8", "B: + `new Jdk8Module()`"},
      {"jsr310", "B: + `new JavaTimeModule()`"},
      {"jsonfactory", "S: `new JsonFactory()`"},
      {
        "handler",
        "handler constructor (A: `new ExampleHandler()`, A primed: + priming; B: its mapper with both "
            + "modules, the store; S: the store; E: nothing)"
      },
      {"first call", "first `handleRequest`"},
      {"second call", "second `handleRequest`"},
      {"warm call", "warm `handleRequest` (median of the further calls)"}
    };
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
        if (!label[0].equals("second call") && !label[0].equals("warm call")) {
          totals[i] += ms;
        }
        md.append(
            fmt(label[0].equals("warm call") ? " %.3f / %.0f |" : " %.1f / %.0f |", ms, classes));
      }
      md.append('\n');
    }
    md.append("| **sum to the first answer** |");
    for (double t : totals) {
      md.append(fmt(" **%.1f** |", t));
    }
    md.append("\n| **first / warm invoke** |");
    for (String mode : modes) {
      double[] ratio = firstOverWarm(mode);
      md.append(ratio == null ? " – |" : fmt(" **%.0f×** |", ratio[0] / ratio[1]));
    }
    md.append('\n');
  }

  // -------------------------------------------------------------------------------------------
  // warm path

  private void warmPath() {
    if (run.jmh().isEmpty()) {
      return;
    }
    Config cfg = run.config();
    md.append("\n#### Warm path: one search_orders call, bytes in → bytes out (JMH ")
        .append(
            org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion() == null
                ? "1.37"
                : org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion())
        .append(")\n\n");
    md.append(
        fmt(
            "Average time, %d fork, %d×%d s warm-up, %d×%d s measurement; ± is JMH's 99.9%% error. "
                + "C2 = the JVM's default JIT; C1 = `-XX:TieredStopAtLevel=1`, as Lambda runs it. `generated` calls "
                + "`ExampleHandler.handleRequest` with a Lambda context that has the gateway's client context and **no "
                + "deadline**, so the tool runs on the calling thread; it writes the invocation's JSON log line and EMF "
                + "document to `System.out`, which the benchmark points at `/dev/null` (each `write` Toolwright makes "
                + "is one system call, as to Lambda's pipe: one per invocation for both lines; JMH's own `System.out` would send each line to the host's console). "
                + "`generatedTelemetryOff` is the same "
                + "dispatch with both off (a `ToolEngine` with `TOOLWRIGHT_LOG_LEVEL=FATAL`, "
                + "`TOOLWRIGHT_METRICS_DISABLED=true`, the same dispatchers, `ToolHandler.handleRequest`'s reading and "
                + "writing): parse, check, bind, call, write. `generatedWithDeadline` gives the full path 30 s, as every "
                + "real invocation has, and Toolwright then hands the call to its (reused) worker thread and waits for it.\n\n",
            cfg.getInt("jmh.forks", 1),
            cfg.getInt("jmh.warmupIterations", 3),
            cfg.getInt("jmh.warmupSeconds", 2),
            cfg.getInt("jmh.iterations", 3),
            cfg.getInt("jmh.seconds", 2)));
    List<String> jits = new ArrayList<>(run.jmh().keySet());
    md.append("| path |");
    jits.forEach(
        j -> md.append(" ns/op (").append(j).append(") | ÷ direct (").append(j).append(") |"));
    md.append("\n|---|");
    jits.forEach(j -> md.append("---:|---:|"));
    md.append('\n');
    String[][] paths = {
      {"generated", "Toolwright: `ToolHandler.handleRequest` → generated dispatcher"},
      {"generatedTelemetryOff", "the same, telemetry off (no log line, no EMF document)"},
      {"generatedWithDeadline", "the same, context with a deadline (worker thread)"},
      {
        "direct",
        "direct: `ObjectReader` → `OrderTools.searchOrders` → `ObjectWriter` (jdk8 + jsr310 modules)"
      },
      {"reflective", "reflective, Spring-AI style: `Method.invoke` + `convertValue`"}
    };
    for (String[] p : paths) {
      md.append("| ").append(p[1]).append(" |");
      for (String j : jits) {
        double[] r = run.jmh().get(j).get(p[0]);
        double direct = run.jmh().get(j).get("direct")[0];
        md.append(r == null ? " – | – |" : fmt(" %.0f ± %.0f | %.2f |", r[0], r[1], r[0] / direct));
      }
      md.append('\n');
    }
    List<String> telemetry = new ArrayList<>();
    for (String j : jits) {
      double[] full = run.jmh().get(j).get("generated");
      double[] off = run.jmh().get(j).get("generatedTelemetryOff");
      if (full != null && off != null) {
        telemetry.add(fmt("%.0f ns (%s)", full[0] - off[0], j));
      }
    }
    if (!telemetry.isEmpty()) {
      md.append("\nTelemetry per call (generated − telemetry off): ")
          .append(String.join(", ", telemetry))
          .append(".\n");
    }
  }

  // -------------------------------------------------------------------------------------------
  // sizes

  private void sizes() {
    md.append(
        "\n#### Size of the deployed artifact\n\n| variant | jar | bytes | zip entries |\n|---|---|---:|---:|\n");
    for (Variant v : new Variant[] {run.a(), run.b(), run.s(), run.c()}) {
      if (v == null || v.jar == null) {
        continue;
      }
      md.append(
          fmt(
              "| %s | `%s` | %,d | %,d |\n",
              v == run.s() ? "S, E" : v.id,
              v.jar.getFileName(),
              Sizes.bytes(v.jar),
              Sizes.entries(v.jar)));
    }
    md.append(
        fmt(
            "\nA − B: %,d bytes, %,d entries. Framework runtime jars added over B's dependencies (Jackson core/"
                + "databind/annotations, jdk8 and jsr310 modules, aws-lambda-java-core):\n\n| jar | bytes |\n|---|---:|\n",
            Sizes.bytes(run.a().jar) - Sizes.bytes(run.b().jar),
            Sizes.entries(run.a().jar) - Sizes.entries(run.b().jar)));
    long total = 0;
    for (Map.Entry<String, Path> e : BenchmarkMain.frameworkJars().entrySet()) {
      long bytes = Sizes.bytes(e.getValue());
      total += bytes;
      md.append(fmt("| %s (`%s`) | %,d |\n", e.getKey(), e.getValue().getFileName(), bytes));
    }
    md.append(fmt("| **total** | **%,d** |\n", total));
    md.append("\nInside A's jar (compressed bytes): ");
    md.append(
        Sizes.compressedByPart(run.a().jar).entrySet().stream()
            .map(e -> fmt("%s %,d", e.getKey(), e.getValue()))
            .collect(Collectors.joining("; ")));
    md.append(".\n");
  }

  private long frameworkAdded() {
    long total = 0;
    for (Path p : BenchmarkMain.frameworkJars().values()) {
      total += Sizes.bytes(p);
    }
    return total;
  }

  // -------------------------------------------------------------------------------------------
  // helpers

  private boolean has(Variant v) {
    return v != null && run.samples().containsKey(v) && !run.samples().get(v).isEmpty();
  }

  /**
   * The 95% bootstrap interval of median(x) / median(y), as "[lo–hi]", saying when it contains the
   * goal (a NaN goal: none).
   */
  private String interval(Variant x, Variant y, double goal) {
    double[] ci = Stats.ratioInterval(totals(x), totals(y));
    return fmt(
        "[95%% CI %.2f–%.2f%s]",
        ci[0], ci[1], ci[0] <= goal && goal <= ci[1] ? ", contains the goal" : "");
  }

  private List<Double> totals(Variant v) {
    return run.samples().get(v).stream().map(s -> s.totalMs).collect(Collectors.toList());
  }

  private double median(Variant v) {
    return Stats.median(
        run.samples().get(v).stream().map(s -> s.totalMs).collect(Collectors.toList()));
  }

  private double medianOf(Variant v, java.util.function.ToDoubleFunction<ColdStart.Sample> value) {
    return Stats.median(
        run.samples().get(v).stream()
            .map(s -> value.applyAsDouble(s))
            .collect(Collectors.toList()));
  }

  private static int medianCountWithoutApplication(List<ClassLoads> runs) {
    return (int)
        Math.round(
            Stats.median(
                runs.stream()
                    .map(l -> (double) l.countWithoutApplication())
                    .collect(Collectors.toList())));
  }

  private static int medianCount(List<ClassLoads> runs) {
    return (int)
        Math.round(
            Stats.median(runs.stream().map(l -> (double) l.count()).collect(Collectors.toList())));
  }

  private static String abbreviate(List<String> names, int max) {
    List<String> distinct =
        names.stream().map(ClassLoads::normalize).distinct().collect(Collectors.toList());
    String shown =
        distinct.stream().limit(max).map(s -> "`" + s + "`").collect(Collectors.joining(", "));
    return distinct.size() > max ? shown + ", …" : shown;
  }

  /** {@code +12} or {@code −12}. */
  private static String signed(double value) {
    long rounded = Math.round(value);
    return (rounded < 0 ? "−" : "+") + Math.abs(rounded);
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
