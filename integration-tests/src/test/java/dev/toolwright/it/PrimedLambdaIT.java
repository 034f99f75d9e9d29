package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.emulator.Invocation;
import dev.toolwright.emulator.InvocationResult;
import dev.toolwright.emulator.LambdaProcess;
import dev.toolwright.emulator.LambdaRuntimeEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lambda jar under the real runtime interface client with the environment Lambda sets while it
 * initialises a SnapStart version ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}), so the
 * handler primes every tool during INIT and says so in one log line: the tools still answer exactly
 * as without priming, priming wrote no invocation line (it runs no tool and no invocation), and the
 * first real call is still reported as the cold start.
 */
class PrimedLambdaIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static LambdaRuntimeEmulator emulator;
  private static LambdaProcess lambda;

  @BeforeAll
  static void start() {
    Path jar =
        Path.of(
            System.getProperty(
                "lambda.jar", "../examples/target/toolwright-examples-0.1.0-SNAPSHOT-lambda.jar"));
    emulator = new LambdaRuntimeEmulator();
    lambda =
        LambdaProcess.builder()
            .emulator(emulator)
            .classpath(jar.toAbsolutePath())
            .handler("dev.toolwright.examples.ExampleHandler::handleRequest")
            .javaToolOptions("-XX:TieredStopAtLevel=1")
            .env("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
            .start();
  }

  @AfterAll
  static void stop() {
    if (lambda != null) {
      lambda.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  private static String call(String tool, String arguments) {
    InvocationResult result =
        emulator.invoke(
            Invocation.builder()
                .event(arguments)
                .clientContextCustom(Map.of("bedrockAgentCoreToolName", "examples___" + tool))
                .build(),
            WAIT);
    assertTrue(result.isResponse(), () -> "a normal response, not a function error: " + result);
    return result.bodyAsString();
  }

  @Test
  void primedTools_answerAsUnprimedOnes_andPrimingLeavesNoTrace() {
    assertEquals(
        "{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\","
            + "\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}",
        call("lookup_order", "{\"orderId\": \"B-2001\"}"));
    assertEquals(
        "{\"count\":4,\"mean\":3.0,\"min\":1.0,\"max\":6.0}",
        call("statistics", "{\"values\": [1, 2, 3, 6]}"));
    assertEquals(
        "{\"result\":21}",
        call("days_between", "{\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}"));
    assertTrue(
        call("cancel_order", "{\"orderId\": \"A-1002\", \"reason\": \"late\"}")
            .contains("cancelled"));

    lambda.awaitStdout("\"tool\":\"cancel_order\"", WAIT);
    String stdout = lambda.stdout();
    assertTrue(
        stdout.contains("\"message\":\"Primed 7 of 7 tools in "),
        "INIT reports the priming:\n" + stdout);
    assertTrue(
        stdout.matches("(?s).*Primed 7 of 7 tools in \\d+ ms, 2 with a sample call.*"),
        "lookup_order and search_orders declare a sample call (@Tool primeWith), and both answered:\n"
            + stdout);
    assertEquals(
        4,
        count(stdout, "\"outcome\":"),
        "one log line per real call, none from priming:\n" + stdout);
    assertEquals(1, count(stdout, "\"cold_start\":true"), stdout);
    assertTrue(
        stdout.indexOf("\"cold_start\":true") < stdout.indexOf("\"tool\":\"statistics\""),
        "the first real call is the cold start:\n" + stdout);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
