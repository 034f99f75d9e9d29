package dev.toolwright.benchmarks;

import dev.toolwright.emulator.Invocation;
import dev.toolwright.emulator.InvocationResult;
import dev.toolwright.emulator.LambdaProcess;
import dev.toolwright.emulator.LambdaRuntimeEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One cold start: a fresh JVM under the real runtime interface client, fed by a fresh loopback
 * emulator whose first invocation is queued before the process is spawned, so that
 *
 * <ul>
 *   <li>{@code total} = spawn → the first response arrives,
 *   <li>{@code init} = spawn → the runtime asks for its first invocation (JVM start, runtime client
 *       start, handler class loaded and constructed: Lambda's INIT phase),
 *   <li>{@code invoke} = the first invocation's duration (fetch → response).
 * </ul>
 */
final class ColdStart {

  private static final Duration ANSWER_WAIT = Duration.ofSeconds(180);

  /** The framework's priming switch: {@code on}, {@code off}, {@code auto} (default). */
  static final String PRIMING_ENV = "TOOLWRIGHT_PRIMING";

  /** What one start measured. */
  static final class Sample {
    final double totalMs;
    final double initMs;
    final double invokeMs;

    /** The response body, byte for byte. */
    final byte[] answer;

    /** Lines of the class-load log when the answer arrived (0 without a log). */
    final List<String> classLoadLines;

    /** What the process had written to standard output when the answer arrived (its log lines). */
    final String stdout;

    Sample(
        double totalMs,
        double initMs,
        double invokeMs,
        byte[] answer,
        List<String> classLoadLines,
        String stdout) {
      this.totalMs = totalMs;
      this.initMs = initMs;
      this.invokeMs = invokeMs;
      this.answer = answer;
      this.classLoadLines = classLoadLines;
      this.stdout = stdout;
    }

    String answerText() {
      return new String(answer, StandardCharsets.UTF_8);
    }
  }

  private final String javaToolOptions;

  ColdStart(String javaToolOptions) {
    this.javaToolOptions = javaToolOptions;
  }

  /** Starts {@code variant} once and returns its timings; the process is gone when this returns. */
  Sample run(Variant variant, List<String> extraOptions, Path classLoadLog) {
    return run(variant, extraOptions, classLoadLog, p -> {});
  }

  /**
   * Like {@link #run(Variant, List, Path)}; {@code beforeClose} runs after the answer while the
   * process still lives (e.g. to ask it for a CDS dump).
   */
  Sample run(
      Variant variant,
      List<String> extraOptions,
      Path classLoadLog,
      Consumer<LambdaProcess> beforeClose) {
    List<String> options = new ArrayList<>(variant.jvmOptions);
    options.addAll(extraOptions);
    if (classLoadLog != null) {
      try {
        Files.deleteIfExists(classLoadLog);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // an absolute path: the runtime client's working directory is a fresh temporary task root
      options.add("-Xlog:class+load=info:file=" + classLoadLog.toAbsolutePath());
    }
    Invocation invocation =
        Invocation.builder()
            .event(GatewayEvent.ARGUMENTS)
            .clientContextCustom(GatewayEvent.clientContextCustom(GatewayEvent.TOOL))
            .timeout(Duration.ofSeconds(60))
            .build();
    try (LambdaRuntimeEmulator api = new LambdaRuntimeEmulator()) {
      CompletableFuture<InvocationResult> answer = api.submit(invocation);
      LambdaProcess.Builder builder =
          LambdaProcess.builder()
              .emulator(api)
              .classpath(variant.jar)
              .handler(variant.handler)
              .memorySizeMb(1024)
              .jvmOptions(options.toArray(String[]::new));
      if (javaToolOptions != null && !javaToolOptions.isBlank()) {
        builder.javaToolOptions(javaToolOptions);
      }
      if (variant.java != null) {
        builder.javaExecutable(variant.java);
      }
      // The emulator's environment is clean: priming is at its default (auto, which does not prime
      // an
      // on-demand INIT) unless the variant sets it.
      builder.env(PRIMING_ENV, null);
      variant.env.forEach(builder::env);
      LambdaProcess process = builder.start();
      try {
        InvocationResult result;
        try {
          result = answer.get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          throw new IllegalStateException(
              variant.id
                  + " gave no answer: "
                  + e.getMessage()
                  + "\nstderr:\n"
                  + tail(process.stderr())
                  + "\nstdout:\n"
                  + tail(process.stdout()),
              e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        List<String> lines = classLoadLog == null ? List.of() : readLines(classLoadLog);
        if (result.isError()) {
          throw new IllegalStateException(
              variant.id
                  + " answered with a function error: "
                  + result
                  + "\nstderr:\n"
                  + tail(process.stderr()));
        }
        beforeClose.accept(process);
        long start = process.startNanos();
        return new Sample(
            millis(result.answeredAtNanos() - start),
            millis(result.fetchedAtNanos() - start),
            millis(result.answeredAtNanos() - result.fetchedAtNanos()),
            result.body(),
            lines,
            process.stdout());
      } finally {
        process.close();
      }
    }
  }

  /** The complete lines of a log another process is writing. */
  private static List<String> readLines(Path file) {
    try {
      String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      int end = text.lastIndexOf('\n');
      return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
  }
}
