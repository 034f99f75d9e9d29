package dev.toolwright.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings: {@code key=value} arguments, else {@code -Dbench.<key>=value}, else the default.
 *
 * <pre>
 * n=15                     cold-start rounds (each: every variant once, interleaved), after a discarded warm-up round
 * classRuns=3              class-load runs of A, B, S and E (C: one)
 * probeRuns=10             InitProbe JVMs per column
 * probeWarmCalls=50        InitProbe: calls after the second whose median is the warm invoke
 * jdk25=/path/to/jdk-25    a JDK 25 for the "@25" and AOT-cache variants (default: $JDK25_HOME; empty: skip them)
 * skip=spring,cds,aot,primed,jmh,classes,cold,probe   parts to leave out ("primed": the "A primed" cold start)
 * jmh.forks=1 jmh.warmupIterations=3 jmh.warmupSeconds=2 jmh.iterations=3 jmh.seconds=2 jmh.c1=true
 * javaToolOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC   JAVA_TOOL_OPTIONS of every Lambda JVM and InitProbe
 *                          (C1 only, as Lambda's Java runtimes set it; the serial GC a small Lambda gets)
 * readme=benchmarks/README.md   where the results go ("-": only print them)
 * root=.                   the repository root (default: found from the working directory)
 * </pre>
 */
final class Config {

  private final Map<String, String> args = new HashMap<>();
  private final String commandLine;

  Config(String[] argv) {
    this.commandLine = String.join(" ", argv);
    for (String a : argv) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("Arguments are key=value, got: " + a);
      }
      args.put(a.substring(0, eq).replaceFirst("^--", ""), a.substring(eq + 1));
    }
  }

  /** The arguments as given. */
  String commandLine() {
    return commandLine;
  }

  String get(String key, String fallback) {
    String v = args.get(key);
    if (v == null) {
      v = System.getProperty("bench." + key);
    }
    return v == null ? fallback : v;
  }

  int getInt(String key, int fallback) {
    return Integer.parseInt(get(key, Integer.toString(fallback)).trim());
  }

  boolean getBoolean(String key, boolean fallback) {
    return Boolean.parseBoolean(get(key, Boolean.toString(fallback)).trim());
  }

  Set<String> skip() {
    return Arrays.stream(get("skip", "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  Path root() {
    String explicit = get("root", null);
    if (explicit != null) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("benchmarks/pom.xml"))
          && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "Cannot find the repository root from "
            + Path.of("").toAbsolutePath()
            + "; pass root=<path>");
  }

  /** The JDK 25 home, or null. */
  Path jdk25() {
    String v = get("jdk25", System.getenv("JDK25_HOME"));
    if (v == null || v.isBlank()) {
      return null;
    }
    Path home = Path.of(v.trim());
    if (!Files.isExecutable(home.resolve("bin/java"))) {
      throw new IllegalArgumentException("jdk25=" + v + " has no bin/java");
    }
    return home;
  }
}
