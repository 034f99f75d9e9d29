package dev.toolwright.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The classes a {@code -Xlog:class+load} log shows, and what they tell. */
final class ClassLoads {

  private static final Pattern LINE = Pattern.compile("\\]\\s(\\S+)\\s+source:\\s*(.*)$");
  private static final Pattern HIDDEN_SUFFIX = Pattern.compile("/0x[0-9a-fA-F]+");
  private static final Pattern LAMBDA_NUMBER = Pattern.compile("\\$\\$Lambda\\$\\d+");
  private static final Pattern PROXY_NUMBER = Pattern.compile("\\$Proxy\\d+");

  /** Dynamic proxies and reflection-generated accessors. */
  private static final Pattern PROXY_OR_ACCESSOR =
      Pattern.compile(
          "^jdk\\.proxy\\d+\\..*|(^|.*\\.)\\$Proxy\\d*$|^(jdk\\.internal|sun)\\.reflect\\.Generated.*");

  /** Class-path scanning and service discovery. */
  private static final Pattern SCANNING =
      Pattern.compile(
          ".*(ServiceLoader|ClassPathScanning|classgraph|org\\.reflections\\.|ResourcePatternResolver"
              + "|JarFile\\$JarEntryIterator|ZipFile\\$ZipEntryIterator|ZipFile\\$EntrySpliterator).*");

  /** The origin of A's own classes ({@code dev.toolwright.examples}). */
  static final String APPLICATION_A = "application (A)";

  /**
   * The origin of the hand-written variants' own classes (B, S, E: {@code
   * dev.toolwright.benchmarks.*}).
   */
  static final String APPLICATION_HAND_WRITTEN = "application (B/S/E)";

  /** The package of every databind class. */
  static final String DATABIND_PACKAGE = "com.fasterxml.jackson.databind.";

  final List<String> names = new ArrayList<>();
  final List<String> sources = new ArrayList<>();

  ClassLoads(List<String> logLines) {
    for (String line : logLines) {
      Matcher m = LINE.matcher(line);
      if (m.find()) {
        names.add(m.group(1));
        sources.add(m.group(2));
      }
    }
  }

  int count() {
    return names.size();
  }

  /**
   * The {@code com.fasterxml.jackson.databind} classes loaded (jackson-databind's own, not its
   * modules).
   */
  List<String> databind() {
    List<String> found = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith(DATABIND_PACKAGE)) {
        found.add(n);
      }
    }
    return found;
  }

  /** How many classes came from a CDS archive or an AOT cache. */
  int fromArchive() {
    int n = 0;
    for (String s : sources) {
      if (s.contains("shared objects file")) {
        n++;
      }
    }
    return n;
  }

  /**
   * Names with run-dependent parts (hidden-class addresses, lambda and proxy numbers) removed, with
   * multiplicity.
   */
  Map<String, Integer> normalized() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String name : names) {
      counts.merge(normalize(name), 1, Integer::sum);
    }
    return counts;
  }

  static String normalize(String name) {
    String n = HIDDEN_SUFFIX.matcher(name).replaceAll("");
    n = LAMBDA_NUMBER.matcher(n).replaceAll(Matcher.quoteReplacement("$$Lambda"));
    return PROXY_NUMBER.matcher(n).replaceAll(Matcher.quoteReplacement("$Proxy"));
  }

  /** Classes (with multiplicity) of {@code a} that {@code b} does not load. */
  static List<String> minus(ClassLoads a, ClassLoads b) {
    Map<String, Integer> left = new TreeMap<>(a.normalized());
    b.normalized()
        .forEach(
            (name, count) ->
                left.computeIfPresent(name, (k, v) -> v - count > 0 ? v - count : null));
    List<String> result = new ArrayList<>();
    left.forEach(
        (name, count) -> {
          for (int i = 0; i < count; i++) {
            result.add(name);
          }
        });
    return result;
  }

  List<String> proxiesAndAccessors() {
    return matching(names, PROXY_OR_ACCESSOR);
  }

  static List<String> scanning(List<String> names) {
    return matching(names, SCANNING);
  }

  static List<String> proxiesAndAccessors(List<String> names) {
    return matching(names, PROXY_OR_ACCESSOR);
  }

  private static List<String> matching(List<String> names, Pattern pattern) {
    List<String> found = new ArrayList<>();
    for (String n : names) {
      if (pattern.matcher(n).matches()) {
        found.add(n);
      }
    }
    return found;
  }

  /**
   * How many classes were loaded, leaving out the application's own (A's tools and handler, B's,
   * S's, E's).
   */
  int countWithoutApplication() {
    int n = 0;
    for (String name : names) {
      if (!isApplication(name)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a class is a variant's own code rather than the framework's or a library's: A's {@code
   * dev.toolwright.examples} (tools, records, handler, and the dispatchers generated for them);
   * B's, S's and E's {@code dev.toolwright.benchmarks.baseline}, {@code .streaming} and {@code
   * .orders}.
   */
  static boolean isApplication(String name) {
    return group(name).startsWith("application ");
  }

  /** Counts by group, for the diff's summary. */
  static Map<String, Integer> byGroup(List<String> names) {
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (String g :
        List.of(
            "dev.toolwright.internal",
            "dev.toolwright (API)",
            APPLICATION_A,
            APPLICATION_HAND_WRITTEN,
            "jackson-datatype-jsr310",
            "jackson-datatype-jdk8",
            "jackson-databind",
            "jackson-core",
            "jackson-annotations",
            "java.time",
            "java.lang.invoke / lambdas",
            "other JDK",
            "other")) {
      groups.put(g, 0);
    }
    for (String n : names) {
      groups.merge(group(n), 1, Integer::sum);
    }
    groups.values().removeIf(v -> v == 0);
    return groups;
  }

  static String group(String n) {
    if (n.startsWith("dev.toolwright.internal.")) {
      return "dev.toolwright.internal";
    }
    if (n.startsWith("dev.toolwright.examples.")) {
      return APPLICATION_A;
    }
    if (n.startsWith("dev.toolwright.benchmarks.")) {
      return APPLICATION_HAND_WRITTEN;
    }
    if (n.startsWith("dev.toolwright.")) {
      return "dev.toolwright (API)";
    }
    if (n.startsWith("com.fasterxml.jackson.datatype.jsr310.")) {
      return "jackson-datatype-jsr310";
    }
    if (n.startsWith("com.fasterxml.jackson.datatype.jdk8.")) {
      return "jackson-datatype-jdk8";
    }
    if (n.startsWith(DATABIND_PACKAGE)) {
      return "jackson-databind";
    }
    if (n.startsWith("com.fasterxml.jackson.core.")) {
      return "jackson-core";
    }
    if (n.startsWith("com.fasterxml.jackson.annotation.")) {
      return "jackson-annotations";
    }
    if (n.startsWith("java.time.")) {
      return "java.time";
    }
    if (n.startsWith("java.lang.invoke.") || n.contains("$$Lambda")) {
      return "java.lang.invoke / lambdas";
    }
    if (n.startsWith("java.")
        || n.startsWith("jdk.")
        || n.startsWith("sun.")
        || n.startsWith("javax.")) {
      return "other JDK";
    }
    return "other";
  }
}
