package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.emulator.Invocation;
import dev.toolwright.emulator.InvocationResult;
import dev.toolwright.emulator.LambdaProcess;
import dev.toolwright.emulator.LambdaRuntimeEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functional, not timed: a Lambda under the real runtime interface client answers a call of every
 * tool and loads no {@code com.fasterxml.jackson.databind} class, neither at INIT nor on a call
 * ({@code -Xlog:class+load} in the child JVM). Once for the examples' Lambda jar, once for a tool
 * class written only from the docs ({@code readme.TripTools}).
 */
class ClassLoadingIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private static Path jar() {
    Path jar =
        Path.of(
            System.getProperty(
                "lambda.jar", "../examples/target/toolwright-examples-0.1.0-SNAPSHOT-lambda.jar"));
    assertTrue(
        Files.isRegularFile(jar), "the Lambda jar is built before the integration tests: " + jar);
    return jar.toAbsolutePath();
  }

  /**
   * Runs the handler, makes the calls (tool, arguments, a text the answer contains) and returns the
   * loaded classes.
   */
  private List<String> classesLoaded(String handler, List<Path> classpath, String[][] calls)
      throws IOException {
    Path log = dir.resolve("class-load.log");
    try (LambdaRuntimeEmulator emulator = new LambdaRuntimeEmulator();
        LambdaProcess lambda =
            LambdaProcess.builder()
                .emulator(emulator)
                .classpath(classpath)
                .handler(handler)
                .jvmOptions("-Xlog:class+load=info:file=" + log)
                .start()) {
      for (String[] call : calls) {
        InvocationResult result =
            emulator.invoke(
                Invocation.builder()
                    .event(call[1])
                    .clientContextCustom(Map.of("bedrockAgentCoreToolName", "t___" + call[0]))
                    .build(),
                WAIT);
        assertTrue(result.isResponse(), () -> "a normal response: " + result);
        String body = result.bodyAsString();
        assertTrue(body.contains(call[2]), () -> call[0] + " answered " + body);
      }
      lambda.awaitStdout("\"tool\":\"" + calls[calls.length - 1][0] + "\"", WAIT);
    }
    List<String> lines = Files.readAllLines(log);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("dev.toolwright.internal.ToolEngine")),
        "the log lists the runtime's classes: " + lines.size() + " lines");
    return lines;
  }

  private static List<String> databind(List<String> lines) {
    return lines.stream()
        .filter(l -> l.contains("com.fasterxml.jackson.databind."))
        .collect(Collectors.toList());
  }

  @Test
  void examplesLambda_answersEveryToolWithoutLoadingDatabind() throws IOException {
    List<String> lines =
        classesLoaded(
            "dev.toolwright.examples.ExampleHandler::handleRequest",
            List.of(jar()),
            new String[][] {
              {"add", "{\"a\": 2, \"b\": 0.5}", "{\"result\":2.5}"},
              {"convert_length", "{\"value\": 1, \"from\": \"KILOMETRE\"}", "{\"result\":1000.0}"},
              {
                "days_between",
                "{\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}",
                "{\"result\":21}"
              },
              {"statistics", "{\"values\": [1, 2, 3, 6]}", "\"mean\":3.0"},
              {"lookup_order", "{\"orderId\": \"B-2001\"}", "\"placedOn\":\"2026-11-18\""},
              {
                "search_orders",
                "{\"query\": {\"status\": \"shipped\", \"placedAfter\": \"2026-01-01\"}}",
                "\"totalMatches\":1"
              },
              {"cancel_order", "{\"orderId\": \"A-1002\", \"reason\": \"late\"}", "cancelled"},
              // the error paths too: bad arguments, an unknown tool
              {"add", "{\"a\": \"two\"}", "INVALID_ARGUMENTS"},
              {"nope", "{}", "UNKNOWN_TOOL"},
            });
    assertEquals(List.of(), databind(lines), "jackson-databind classes loaded");
  }

  @Test
  void readmeToolClass_answersWithoutLoadingDatabind() throws IOException {
    List<String> lines =
        classesLoaded(
            "dev.toolwright.it.readme.TripHandler::handleRequest",
            List.of(jar(), Path.of("target/test-classes").toAbsolutePath()),
            new String[][] {
              {
                "plan_trip",
                "{\"request\": {\"travellers\": [\"Ada\", \"Bo\"], \"modes\": [\"ferry\", \"train\"],"
                    + " \"budget\": 120.00, \"seats\": {\"first\": 1}, \"note\": \"window\"}, \"start\": \"2026-11-22\"}",
                "\"legs\":[{\"from\":\"Lyon\",\"to\":\"Paris\",\"mode\":\"train\",\"date\":\"2026-11-22\","
                    + "\"departs\":\"09:30:00\",\"duration\":\"PT1H55M\"}],\"price\":89.50"
              },
              {
                "time_until",
                "{\"now\": \"2026-11-22T10:00:00Z\", \"departure\": \"2026-11-22T11:30:00Z\"}",
                "{\"result\":\"PT1H30M\"}"
              },
              {"modes_on", "{\"day\": \"2026-11-28\"}", "{\"result\":[\"bus\"]}"},
              {
                "plan_trip",
                "{\"request\": {\"travellers\": [], \"modes\": [], \"budget\": 0, \"seats\": {}},"
                    + " \"start\": \"2026-11-22\"}",
                "The budget must be positive."
              },
            });
    assertEquals(List.of(), databind(lines), "jackson-databind classes loaded");
  }
}
