package dev.toolwright.benchmarks;

import dev.toolwright.ToolHandler;
import dev.toolwright.emulator.LambdaEmulatorException;
import dev.toolwright.emulator.LambdaProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark (cold start, classes loaded, warm path, size), prints the results and writes
 * them into {@code benchmarks/README.md} between the result markers. Run it with {@code
 * benchmarks/run.sh}; settings in {@link Config}.
 */
public final class BenchmarkMain {

  static final String START_MARKER = "<!-- benchmark-results:start -->";
  static final String END_MARKER = "<!-- benchmark-results:end -->";

  private static final String A_HANDLER = "dev.toolwright.examples.ExampleHandler::handleRequest";
  private static final String B_HANDLER =
      "dev.toolwright.benchmarks.baseline.SearchOrdersHandler::handleRequest";
  private static final String S_HANDLER =
      "dev.toolwright.benchmarks.streaming.SearchOrdersStreamingHandler::handleRequest";
  private static final String E_HANDLER =
      "dev.toolwright.benchmarks.streaming.NoJsonHandler::handleRequest";

  /**
   * The cold-start JVMs' {@code JAVA_TOOL_OPTIONS}: C1 only, as Lambda's Java runtimes set it, and
   * the serial collector, which the JVM picks itself on a Lambda with less than 2 vCPUs or 1,792 MB
   * (this machine has more).
   */
  static final String DEFAULT_JAVA_TOOL_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  private static final String C_HANDLER =
      "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

  /** The framework's INIT log line when it primed: {@code Primed 7 of 7 tools in 85 ms}. */
  static final Pattern PRIMED_LINE = Pattern.compile("Primed (\\d+) of (\\d+) tools in (\\d+) ms");

  private final Config config;
  private final Path root;
  private final Path work;
  private final Set<String> skip;
  private final ColdStart coldStart;
  private final String javaToolOptions;
  private final Instant started = Instant.now();

  // results
  private final Map<Variant, List<ColdStart.Sample>> samples = new LinkedHashMap<>();
  private final Map<String, List<ClassLoads>> classLoads = new LinkedHashMap<>();
  private final Map<String, Map<String, double[]>> jmh =
      new LinkedHashMap<>(); // jit -> benchmark -> {score, error}
  private final List<String> problems = new ArrayList<>();

  /** The smoke round's answers, compared before anything is timed. */
  private final Map<Variant, byte[]> smokeAnswers = new LinkedHashMap<>();

  /** InitProbe results: mode -> step -> runs of {millis, classes}. */
  private final Map<String, Map<String, List<double[]>>> probes = new LinkedHashMap<>();

  private Variant a;
  private Variant b;
  private Variant s;
  private Variant e;
  private Variant c;
  private Variant aPrimed;
  private Variant aCds;
  private Variant a25;
  private Variant b25;
  private Variant a25Aot;

  private BenchmarkMain(Config config) throws IOException {
    this.config = config;
    this.root = config.root();
    this.work = root.resolve("benchmarks/target/bench-work");
    Files.createDirectories(work);
    this.skip = config.skip();
    this.javaToolOptions = config.get("javaToolOptions", DEFAULT_JAVA_TOOL_OPTIONS);
    this.coldStart = new ColdStart(javaToolOptions);
  }

  public static void main(String[] args) throws Exception {
    new BenchmarkMain(new Config(args)).run();
  }

  private void run() throws Exception {
    int n = config.getInt("n", 15);
    defineVariants();
    List<Variant> all =
        Stream.of(a, b, s, e, c, aPrimed, aCds, a25, b25, a25Aot)
            .filter(v -> v != null)
            .collect(Collectors.toList());

    if (!skip.contains("cold")) {
      log("Smoke test and warm-up round (discarded): every variant once");
      for (Variant v : all) {
        if (v == aCds || v == a25Aot) {
          continue; // prepared below
        }
        smoke(v);
      }
      checkSameAnswers();
      if (aCds != null && aCds.available()) {
        prepareCds();
      }
      if (a25Aot != null && a25Aot.available()) {
        prepareAot();
      }
      List<Variant> measured = all.stream().filter(Variant::available).collect(Collectors.toList());
      measured.forEach(v -> samples.put(v, new ArrayList<>()));
      log("Cold start: " + n + " interleaved rounds of " + measured);
      for (int round = 1; round <= n; round++) {
        StringBuilder line = new StringBuilder("  round " + round + "/" + n + ":");
        for (Variant v : measured) {
          ColdStart.Sample sample = coldStart.run(v, List.of(), null);
          checkAnswer(v, sample.answer);
          samples.get(v).add(sample);
          line.append(String.format(Locale.ROOT, " %s %.0f ms", v.id, sample.totalMs));
        }
        log(line.toString());
      }
    }

    if (!skip.contains("classes")) {
      int runs = config.getInt("classRuns", 3);
      log("Classes loaded to the first response: " + runs + " runs of A, B, S and E, one of C");
      for (int i = 1; i <= runs; i++) {
        for (Variant v : List.of(a, b, s, e)) {
          recordClassLoads(v, i);
        }
      }
      checkNoDatabind(s);
      checkNoDatabind(e);
      if (c != null && c.available()) {
        recordClassLoads(c, 1);
      }
      writeDiffs();
    }

    if (!skip.contains("probe")) {
      runProbes(config.getInt("probeRuns", 10));
    }

    if (!skip.contains("jmh")) {
      runJmh("C2", List.of());
      if (config.getBoolean("jmh.c1", true)) {
        runJmh("C1", List.of("-XX:TieredStopAtLevel=1"));
      }
    }

    Report report = new Report(this);
    String markdown = report.markdown();
    System.out.println();
    System.out.println(markdown);
    String readme = config.get("readme", root.resolve("benchmarks/README.md").toString());
    if (!readme.equals("-")) {
      writeReadme(Path.of(readme), markdown);
      log("Results written to " + readme);
    }
    log("Targets:");
    report.targetLines().forEach(line -> log("  " + line));
  }

  // -------------------------------------------------------------------------------------------
  // variants

  private void defineVariants() {
    Path aJar = single(root.resolve("examples/target"), "toolwright-examples-*-lambda.jar");
    Path bJar =
        single(
            root.resolve("benchmarks/baseline-handler/target"),
            "toolwright-benchmarks-baseline-*-lambda.jar");
    Path sJar =
        single(
            root.resolve("benchmarks/streaming-handler/target"),
            "toolwright-benchmarks-streaming-*-lambda.jar");
    a =
        new Variant(
            "A",
            "Toolwright: the examples' Lambda jar (7 tools, ExampleHandler)",
            aJar,
            A_HANDLER,
            null);
    b =
        new Variant(
            "B",
            "hand-written RequestStreamHandler, databind + jdk8 + jsr310 modules",
            bJar,
            B_HANDLER,
            null);
    s =
        new Variant(
            "S",
            "the same work hand-written on jackson-core streaming (no databind)",
            sJar,
            S_HANDLER,
            null);
    e =
        new Variant(
            "E",
            "no JSON: reads the event, answers the same bytes as a constant (floor)",
            sJar,
            E_HANDLER,
            null);
    if (!skip.contains("spring")) {
      Path cJar =
          optional(
              root.resolve("benchmarks/spring-handler/target"),
              "toolwright-benchmarks-spring-*-aws.jar");
      c =
          new Variant(
              "C",
              "Spring Boot 3.5 + Spring Cloud Function 4.3 AWS adapter (FunctionInvoker, routing; 7 tools)",
              cJar,
              C_HANDLER,
              null);
      if (cJar == null) {
        c.unavailable = "benchmarks/spring-handler/target/*-aws.jar was not built";
      }
    }
    if (!skip.contains("primed")) {
      aPrimed =
          a.withOptions(
              "A primed",
              "A with `TOOLWRIGHT_PRIMING=on`: every tool primed during INIT",
              List.of());
      aPrimed.env.put(ColdStart.PRIMING_ENV, "on");
    }
    if (!skip.contains("cds")) {
      aCds =
          a.withOptions(
              "A+CDS",
              "A with an application CDS archive (JDK " + Runtime.version().feature() + ")",
              List.of());
    }
    Path jdk25 = config.jdk25();
    if (jdk25 != null) {
      Path java25 = jdk25.resolve("bin/java");
      a25 = new Variant("A@25", "A on JDK 25", aJar, A_HANDLER, java25);
      b25 = new Variant("B@25", "B on JDK 25", bJar, B_HANDLER, java25);
      if (!skip.contains("aot")) {
        a25Aot = a25.withOptions("A@25+AOT", "A on JDK 25 with an AOT cache", List.of());
      }
    }
  }

  private void smoke(Variant v) {
    if (!v.available()) {
      return;
    }
    try {
      ColdStart.Sample sample =
          coldStart.run(
              v,
              List.of(),
              null,
              p -> {
                if (v == aPrimed) {
                  checkPrimed(p);
                }
              });
      checkAnswer(v, sample.answer);
      smokeAnswers.put(v, sample.answer);
      log(
          String.format(
              Locale.ROOT,
              "  %s answered in %.0f ms: %s",
              v.id,
              sample.totalMs,
              sample.answerText()));
    } catch (RuntimeException failure) {
      if (v == a || v == b || v == s || v == e) {
        throw failure;
      }
      v.unavailable = firstLine(failure.getMessage());
      problems.add(v.id + " could not be measured: " + v.unavailable);
      log("  " + v.id + " FAILED: " + failure.getMessage());
    }
  }

  /**
   * Before anything is timed: A, B, S and E must have answered the call with the same bytes (each
   * was also checked against {@link GatewayEvent#EXPECTED_ANSWER}); otherwise they do not do the
   * same work.
   */
  private void checkSameAnswers() {
    byte[] reference = smokeAnswers.get(a);
    for (Variant v : List.of(b, s, e)) {
      if (!Arrays.equals(reference, smokeAnswers.get(v))) {
        throw new IllegalStateException(
            "A and "
                + v.id
                + " answered different bytes:\n  A: "
                + new String(reference, StandardCharsets.UTF_8)
                + "\n  "
                + v.id
                + ": "
                + new String(smokeAnswers.get(v), StandardCharsets.UTF_8));
      }
    }
    log(String.format(Locale.ROOT, "  A, B, S and E answered the same %d bytes", reference.length));
  }

  /**
   * Whether the framework logged that it primed (it does not before the priming change); a note
   * either way.
   */
  private void checkPrimed(LambdaProcess p) {
    try {
      p.awaitStdout("Primed ", Duration.ofSeconds(5));
      Matcher m = PRIMED_LINE.matcher(p.stdout());
      log("  A primed: the framework logged \"" + (m.find() ? m.group() : "Primed …") + "\"");
    } catch (LambdaEmulatorException noLine) {
      String note =
          "no \"Primed …\" line in the log: this framework build does not prime, so A primed measures A";
      aPrimed.notes.add(note);
      problems.add("A primed: " + note);
      log("  " + note);
    }
  }

  /**
   * Every answer of every variant, every time: exactly {@link GatewayEvent#EXPECTED_ANSWER}, byte
   * for byte.
   */
  private static void checkAnswer(Variant v, byte[] answer) {
    if (!Arrays.equals(answer, GatewayEvent.EXPECTED_ANSWER.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException(
          v.id
              + " answered "
              + new String(answer, StandardCharsets.UTF_8)
              + ", expected "
              + GatewayEvent.EXPECTED_ANSWER);
    }
  }

  /**
   * JDK 17: -XX:ArchiveClassesAtExit on a training run (one invocation), then
   * -XX:SharedArchiveFile.
   */
  private void prepareCds() throws IOException {
    Path archive = work.resolve("A-app-cds.jsa");
    Files.deleteIfExists(archive);
    log("Training run for the CDS archive: " + archive.getFileName());
    coldStart.run(a, List.of("-XX:ArchiveClassesAtExit=" + archive), null);
    waitFor(archive);
    if (!Files.isRegularFile(archive)) {
      // The archive is written as the JVM exits; if the stop signal cut that short, ask a live JVM
      // instead.
      log("  no archive at exit; dumping with jcmd VM.cds dynamic_dump instead");
      coldStart.run(
          a,
          List.of("-XX:+RecordDynamicDumpInfo"),
          null,
          p -> p.jcmd("VM.cds", "dynamic_dump", archive.toString()));
      aCds.notes.add("archive dumped with `jcmd VM.cds dynamic_dump` after one invocation");
    } else {
      aCds.notes.add("archive from `-XX:ArchiveClassesAtExit` after one invocation");
    }
    if (!Files.isRegularFile(archive)) {
      aCds.unavailable = "no CDS archive was written";
      problems.add("A+CDS: " + aCds.unavailable);
      return;
    }
    aCds.jvmOptions.add("-XX:SharedArchiveFile=" + archive);
    verifyArchive(aCds, archive);
  }

  /** JDK 25: -XX:AOTMode=record on a training run, -XX:AOTMode=create, then -XX:AOTCache. */
  private void prepareAot() throws IOException, InterruptedException {
    Path config25 = work.resolve("A-25.aotconf");
    Path cache = work.resolve("A-25.aot");
    Files.deleteIfExists(config25);
    Files.deleteIfExists(cache);
    log("Training run for the JDK 25 AOT cache: " + cache.getFileName());
    List<String> classpath = new ArrayList<>();
    coldStart.run(
        a25,
        List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config25),
        null,
        p -> {
          List<String> cmd = p.command();
          classpath.add(cmd.get(cmd.indexOf("-cp") + 1));
        });
    waitFor(config25);
    if (!Files.isRegularFile(config25)) {
      a25Aot.unavailable = "the training run wrote no AOT configuration";
      problems.add("A@25+AOT: " + a25Aot.unavailable);
      return;
    }
    List<String> create =
        List.of(
            a25.java.toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-XX:AOTMode=create",
            "-XX:AOTConfiguration=" + config25,
            "-XX:AOTCache=" + cache,
            "-cp",
            classpath.get(0));
    Path createLog = work.resolve("A-25.aot-create.log");
    Process p =
        new ProcessBuilder(create)
            .redirectErrorStream(true)
            .redirectOutput(createLog.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
      a25Aot.unavailable = "-XX:AOTMode=create failed, see " + root.relativize(createLog);
      problems.add("A@25+AOT: " + a25Aot.unavailable);
      return;
    }
    a25Aot.jvmOptions.add("-XX:AOTCache=" + cache);
    a25Aot.notes.add("cache from `-XX:AOTMode=record` (one invocation) + `-XX:AOTMode=create`");
    verifyArchive(a25Aot, cache);
  }

  /**
   * One start with a class-load log: how many classes came from the archive (and does it work at
   * all).
   */
  private void verifyArchive(Variant v, Path archive) {
    Path logFile = work.resolve("classload-" + fileId(v) + ".log");
    try {
      ColdStart.Sample sample = coldStart.run(v, List.of(), logFile);
      checkAnswer(v, sample.answer);
      ClassLoads loads = new ClassLoads(sample.classLoadLines);
      v.notes.add(
          String.format(
              Locale.ROOT,
              "%d of %d classes loaded to the first response came from the archive " + "(%s, %s)",
              loads.fromArchive(),
              loads.count(),
              archive.getFileName(),
              mib(Sizes.bytes(archive))));
      log("  " + v.notes.get(v.notes.size() - 1));
    } catch (RuntimeException failure) {
      v.unavailable = firstLine(failure.getMessage());
      problems.add(v.id + ": " + v.unavailable);
    }
  }

  private static void waitFor(Path file) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
      sleep(100);
    }
  }

  // -------------------------------------------------------------------------------------------
  // classes

  private void recordClassLoads(Variant v, int run) {
    Path logFile = work.resolve("classload-" + fileId(v) + "-" + run + ".log");
    ColdStart.Sample sample = coldStart.run(v, List.of(), logFile);
    checkAnswer(v, sample.answer);
    ClassLoads loads = new ClassLoads(sample.classLoadLines);
    classLoads.computeIfAbsent(v.id, k -> new ArrayList<>()).add(loads);
    log(
        String.format(
            Locale.ROOT,
            "  %s run %d: %d classes, %d of them databind",
            v.id,
            run,
            loads.count(),
            loads.databind().size()));
  }

  /**
   * S and E are floors without databind: if one loads a databind class, it measures something else.
   */
  private void checkNoDatabind(Variant v) {
    for (ClassLoads run : classLoads.get(v.id)) {
      if (!run.databind().isEmpty()) {
        throw new IllegalStateException(
            v.id
                + " must not load jackson-databind, but loaded "
                + run.databind().size()
                + " of its classes to the first response, e.g. "
                + run.databind().get(0));
      }
    }
  }

  private void writeDiffs() throws IOException {
    ClassLoads la = classLoads.get("A").get(0);
    for (String other : List.of("B", "S")) {
      ClassLoads lo = classLoads.get(other).get(0);
      Files.write(
          work.resolve("classes-A-minus-" + other + ".txt"),
          ClassLoads.minus(la, lo),
          StandardCharsets.UTF_8);
      Files.write(
          work.resolve("classes-" + other + "-minus-A.txt"),
          ClassLoads.minus(lo, la),
          StandardCharsets.UTF_8);
    }
  }

  // -------------------------------------------------------------------------------------------
  // init probe

  /**
   * Runs {@link InitProbe} in fresh JVMs (A with and without a deadline, A primed, B, S, E),
   * interleaved. The A columns set {@code TOOLWRIGHT_PRIMING} explicitly ({@code off}, primed:
   * {@code on}).
   */
  private void runProbes(int runs) throws IOException, InterruptedException {
    int warmCalls = config.getInt("probeWarmCalls", 50);
    log(
        "Init breakdown (InitProbe): "
            + runs
            + " fresh JVMs each of A (deadline), A (no deadline), "
            + "A primed (deadline), B, S, E; warm invoke = median of "
            + warmCalls
            + " calls after the second");
    Path probeClasses = classpathOf(InitProbe.class);
    // column, variant, context, TOOLWRIGHT_PRIMING (null: unset)
    String[][] modes = {
      {"A (deadline)", "A", "deadline", "off"},
      {"A (no deadline)", "A", "no-deadline", "off"},
      {"A primed (deadline)", "A", "deadline", "on"},
      {"B", "B", "deadline", null},
      {"S", "S", "deadline", null},
      {"E", "E", "deadline", null}
    };
    Map<String, Variant> byId = Map.of("A", a, "B", b, "S", s, "E", e);
    for (String[] mode : modes) {
      probes.put(mode[0], new LinkedHashMap<>());
    }
    for (int i = 0; i < runs; i++) {
      for (String[] mode : modes) {
        Path jar = byId.get(mode[1]).jar;
        List<String> cmd =
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                jar + java.io.File.pathSeparator + probeClasses,
                InitProbe.class.getName(),
                mode[1],
                mode[2],
                Integer.toString(warmCalls));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        if (javaToolOptions != null && !javaToolOptions.isBlank()) {
          pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        pb.environment().remove("AWS_LAMBDA_INITIALIZATION_TYPE");
        pb.environment().remove(ColdStart.PRIMING_ENV);
        if (mode[3] != null) {
          pb.environment().put(ColdStart.PRIMING_ENV, mode[3]);
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
          throw new IllegalStateException(
              "InitProbe " + String.join(" ", cmd) + " failed:\n" + output);
        }
        for (String line : output.split("\n")) {
          String[] f = line.split("\t");
          if (f.length == 3) {
            probes
                .get(mode[0])
                .computeIfAbsent(f[0], k -> new ArrayList<>())
                .add(new double[] {Long.parseLong(f[1]) / 1e6, Long.parseLong(f[2])});
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------- JMH

  private void runJmh(String jit, List<String> jvmArgs) throws Exception {
    int warmupSeconds = config.getInt("jmh.warmupSeconds", 2);
    int seconds = config.getInt("jmh.seconds", 2);
    log("JMH (" + jit + "): warm path");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(WarmPathBenchmark.class.getName() + "\\.")
            .forks(config.getInt("jmh.forks", 1))
            .warmupIterations(config.getInt("jmh.warmupIterations", 3))
            .warmupTime(TimeValue.seconds(warmupSeconds))
            .measurementIterations(config.getInt("jmh.iterations", 3))
            .measurementTime(TimeValue.seconds(seconds))
            .shouldFailOnError(true);
    if (!jvmArgs.isEmpty()) {
      options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
    }
    Map<String, double[]> results = new LinkedHashMap<>();
    for (RunResult r : new Runner(options.build()).run()) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      results.put(
          name,
          new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
    }
    jmh.put(jit, results);
  }

  // -------------------------------------------------------------------------------------------
  // README

  private static void writeReadme(Path readme, String report) throws IOException {
    String text =
        Files.isRegularFile(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
    String block = START_MARKER + "\n" + report.strip() + "\n" + END_MARKER;
    int start = text.indexOf(START_MARKER);
    int end = text.indexOf(END_MARKER);
    if (start >= 0 && end > start) {
      text = text.substring(0, start) + block + text.substring(end + END_MARKER.length());
    } else {
      text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
    }
    Files.writeString(readme, text, StandardCharsets.UTF_8);
  }

  // -------------------------------------------------------------------------------------------
  // helpers

  private static Path single(Path dir, String glob) {
    Path p = optional(dir, glob);
    if (p == null) {
      throw new IllegalStateException(
          "No " + glob + " in " + dir + ": build first (benchmarks/run.sh does)");
    }
    return p;
  }

  private static Path optional(Path dir, String glob) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      for (Path p : files) {
        return p.toAbsolutePath();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return null;
  }

  private static String fileId(Variant v) {
    return v.id.replace("@", "-jdk").replace("+", "-");
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void log(String message) {
    long seconds = Duration.between(started, Instant.now()).toSeconds();
    System.out.printf(Locale.ROOT, "[bench %3d:%02d] %s%n", seconds / 60, seconds % 60, message);
    System.out.flush();
  }

  // -------------------------------------------------------------------------------------------
  // accessors for Report

  Config config() {
    return config;
  }

  Path root() {
    return root;
  }

  Instant started() {
    return started.truncatedTo(ChronoUnit.MINUTES);
  }

  String javaToolOptions() {
    return javaToolOptions;
  }

  Map<Variant, List<ColdStart.Sample>> samples() {
    return samples;
  }

  Map<String, List<ClassLoads>> classLoads() {
    return classLoads;
  }

  Map<String, Map<String, double[]>> jmh() {
    return jmh;
  }

  Map<String, Map<String, List<double[]>>> probes() {
    return probes;
  }

  List<String> problems() {
    return problems;
  }

  Variant a() {
    return a;
  }

  Variant b() {
    return b;
  }

  Variant s() {
    return s;
  }

  Variant e() {
    return e;
  }

  Variant c() {
    return c;
  }

  Variant aPrimed() {
    return aPrimed;
  }

  Variant aCds() {
    return aCds;
  }

  Variant a25() {
    return a25;
  }

  Variant b25() {
    return b25;
  }

  Variant a25Aot() {
    return a25Aot;
  }

  Path work() {
    return work;
  }

  /**
   * The jars the framework adds to a Lambda beyond what B ships (B: Jackson +
   * aws-lambda-java-core): only its own (it handles {@code java.time} and {@code Optional} itself,
   * without Jackson's jsr310 and jdk8 modules).
   */
  static Map<String, Path> frameworkJars() {
    Map<String, Path> jars = new LinkedHashMap<>();
    jars.put("toolwright-framework", Sizes.jarOf(ToolHandler.class));
    return jars;
  }

  static String javaVersion(Path javaHome) {
    if (javaHome == null) {
      return System.getProperty("java.vm.vendor")
          + " "
          + System.getProperty("java.vm.name")
          + " "
          + System.getProperty("java.runtime.version");
    }
    Path release = javaHome.resolve("release");
    try (InputStream in = Files.newInputStream(release)) {
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      String impl = p.getProperty("IMPLEMENTOR", "").replace("\"", "");
      String version =
          p.getProperty("JAVA_RUNTIME_VERSION", p.getProperty("JAVA_VERSION", "?"))
              .replace("\"", "");
      return (impl + " " + version).trim();
    } catch (IOException e) {
      return javaHome.getFileName().toString();
    }
  }

  static Path classpathOf(Class<?> type) {
    return LambdaProcess.classpathOf(type);
  }
}
