package dev.toolwright.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Artifact sizes: bytes and zip entries, and where the bytes of a shaded jar go. */
final class Sizes {

  private Sizes() {}

  static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int entries(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compressed bytes per part of a shaded Lambda jar. */
  static Map<String, Long> compressedByPart(Path jar) {
    Map<String, Long> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        long size = Math.max(0, entry.getCompressedSize());
        parts.merge(part(entry.getName()), size, Long::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static String part(String name) {
    String n =
        name.startsWith("META-INF/versions/")
            ? name.replaceFirst("^META-INF/versions/\\d+/", "")
            : name;
    if (n.startsWith("dev/toolwright/examples/")) {
      return "examples (tools, handler, generated dispatchers)";
    }
    if (n.startsWith("dev/toolwright/benchmarks/")) {
      return "benchmark handler code";
    }
    if (n.startsWith("dev/toolwright/")) {
      return "toolwright-framework";
    }
    if (n.startsWith("com/fasterxml/jackson/datatype/jsr310/")) {
      return "jackson-datatype-jsr310";
    }
    if (n.startsWith("com/fasterxml/jackson/datatype/jdk8/")) {
      return "jackson-datatype-jdk8";
    }
    if (n.startsWith("com/fasterxml/jackson/")) {
      return "jackson core/databind/annotations";
    }
    if (n.startsWith("com/amazonaws/")) {
      return "aws-lambda-java-core";
    }
    return "META-INF and other";
  }

  /**
   * The jar a class was loaded from; for a class directory (a reactor build), the module's jar next
   * to it in {@code target/}.
   */
  static Path jarOf(Class<?> type) {
    Path location = dev.toolwright.emulator.LambdaProcess.classpathOf(type);
    if (Files.isRegularFile(location)) {
      return location;
    }
    Path target = location.getParent();
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(
              p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests|lambda)\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No jar for " + type + " in " + target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
