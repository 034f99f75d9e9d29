package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs {@link EchoHandler} in one child JVM under the real runtime interface client, for all tests.
 */
@EnabledOnOs(
    value = OS.LINUX,
    architectures = {"amd64", "x86_64", "aarch64"},
    disabledReason =
        "the runtime interface client's native library exists for Linux x86_64 and aarch64 only")
class LambdaProcessTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  static LambdaRuntimeEmulator emulator;
  static LambdaProcess process;

  @BeforeAll
  static void start() {
    emulator = new LambdaRuntimeEmulator();
    process =
        LambdaProcess.builder()
            .emulator(emulator)
            .classpath(TestJson.echoHandler())
            .handler(EchoHandler.class.getName() + "::handleRequest")
            .jvmOptions("-XX:TieredStopAtLevel=1", "-Xshare:auto")
            .start();
  }

  @AfterAll
  static void stop() {
    if (process != null) {
      process.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  static InvocationResult invoke(Invocation inv) {
    try {
      return emulator.invoke(inv, WAIT);
    } catch (LambdaEmulatorException e) {
      throw new AssertionError(
          e.getMessage() + "\nstderr:\n" + process.stderr() + "\nstdout:\n" + process.stdout(), e);
    }
  }

  static Map<String, Object> echo(InvocationResult r) {
    assertTrue(r.isResponse(), () -> "expected a response: " + r + "\n" + process.stderr());
    return TestJson.parseObject(r.bodyAsString());
  }

  @Test
  void echoesTheEventAndTheContext() {
    Invocation inv = Invocation.builder().event("{\"location\":\"Seattle\"}").build();
    InvocationResult r = invoke(inv);
    Map<String, Object> echo = echo(r);
    assertEquals("{\"location\":\"Seattle\"}", echo.get("event"));
    assertEquals(inv.requestId(), r.requestId());
    assertEquals(inv.requestId(), echo.get("requestId"));
    assertEquals(Invocation.DEFAULT_FUNCTION_ARN, echo.get("functionArn"));
    assertEquals(LambdaProcess.DEFAULT_FUNCTION_NAME, echo.get("functionName"));
    assertEquals("$LATEST", echo.get("functionVersion"));
    assertEquals("512", echo.get("memoryLimitMb"));
    assertEquals(inv.traceId(), echo.get("traceId"));
    assertNull(r.errorType());
    assertTrue(
        r.fetchedAtNanos() >= r.queuedAtNanos() && r.answeredAtNanos() >= r.fetchedAtNanos());
  }

  @Test
  void clientContextCustomArrivesAsGetCustom() {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", "weather___get_forecast");
    custom.put("bedrockAgentCoreGatewayId", "gw-1234567890");
    custom.put("bedrockAgentCorePropagatedHeaders", "{\"x-tenant\":\"a\\\"b\"}");
    custom.put("unicode", "héllo \u2603 \uD83D\uDE00 \t\n\u0001 \\ \"");
    InvocationResult r = invoke(Invocation.builder().clientContextCustom(custom).build());
    @SuppressWarnings("unchecked")
    Map<String, Object> cc = (Map<String, Object>) echo(r).get("clientContext");
    assertNotNull(cc, "client context");
    assertEquals(custom, cc.get("custom"));
    assertEquals(Map.of(), cc.get("env"));
    assertEquals(Boolean.TRUE, cc.get("clientIsNull"));
  }

  @Test
  void noClientContextMeansNull() {
    assertNull(echo(invoke(Invocation.of("{}"))).get("clientContext"));
    assertTrue(echo(invoke(Invocation.of("{}"))).containsKey("clientContext"));
  }

  @Test
  void thrownExceptionGoesToTheErrorEndpoint() {
    InvocationResult r =
        invoke(Invocation.of("{\"action\":\"throw\",\"message\":\"boom \\\"quoted\\\"\"}"));
    assertTrue(r.isError(), r::toString);
    assertEquals("Runtime.UserException", r.errorType());
    Map<String, Object> body = TestJson.parseObject(r.bodyAsString());
    assertEquals("java.lang.IllegalStateException", body.get("errorType"));
    assertEquals("boom \"quoted\"", body.get("errorMessage"));
    assertTrue(body.get("stackTrace") instanceof List, r::toString);
    // the runtime keeps serving
    assertTrue(invoke(Invocation.of("{}")).isResponse());
  }

  @Test
  void remainingTimeFollowsTheDeadline() {
    InvocationResult r = invoke(Invocation.builder().timeout(Duration.ofSeconds(42)).build());
    long remaining = Long.parseLong((String) echo(r).get("remainingMs"));
    assertTrue(remaining > 40_000 && remaining <= 42_000, "remaining " + remaining);
    long expectedDeadline = System.currentTimeMillis() + 42_000;
    assertTrue(
        Math.abs(r.deadlineEpochMillis() - expectedDeadline) < 5_000,
        "deadline " + r.deadlineEpochMillis());

    InvocationResult shortOne =
        invoke(Invocation.builder().timeout(Duration.ofMillis(1500)).build());
    long remainingShort = Long.parseLong((String) echo(shortOne).get("remainingMs"));
    assertTrue(remainingShort > 0 && remainingShort <= 1500, "remaining " + remainingShort);
  }

  @Test
  void severalInvocationsInARowInTheSameJvm() {
    int first = -1;
    for (int i = 0; i < 20; i++) {
      String event = "{\"n\":" + i + "}";
      Map<String, Object> echo = echo(invoke(Invocation.of(event)));
      assertEquals(event, echo.get("event"));
      int count = Integer.parseInt((String) echo.get("count"));
      if (first < 0) {
        first = count;
      } else {
        assertEquals(first + i, count);
      }
    }
  }

  @Test
  void queuedConcurrentlyServedInOrder() throws Exception {
    List<CompletableFuture<InvocationResult>> futures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      futures.add(emulator.submit(Invocation.of("{\"n\":" + i + "}")));
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(
          "{\"n\":" + i + "}",
          echo(futures.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS)).get("event"));
    }
  }

  @Test
  void environmentLooksLikeLambda() {
    @SuppressWarnings("unchecked")
    Map<String, Object> env = (Map<String, Object>) echo(invoke(Invocation.of("{}"))).get("env");
    assertEquals(emulator.runtimeApiAddress(), env.get("AWS_LAMBDA_RUNTIME_API"));
    assertEquals(EchoHandler.class.getName() + "::handleRequest", env.get("_HANDLER"));
    assertEquals("us-east-1", env.get("AWS_REGION"));
    assertEquals(process.taskRoot().toString(), env.get("LAMBDA_TASK_ROOT"));
    assertFalse(env.containsKey("JAVA_TOOL_OPTIONS"));
    assertFalse(env.containsKey("MAVEN_OPTS"));
  }

  @Test
  void noJvmWarningsOnStderr() {
    assertTrue(invoke(Invocation.of("{}")).isResponse());
    assertFalse(process.stderr().contains("WARNING"), process.stderr());
    if (Runtime.version().feature() >= 22) {
      assertTrue(
          process.command().contains("--enable-native-access=ALL-UNNAMED"),
          process.command()::toString);
    }
    assertTrue(
        process.command().stream()
            .anyMatch(o -> o.startsWith("-D" + LambdaProcess.NATIVE_LIBRARY_PROPERTY + "=")));
  }

  @Test
  void logsAreCaptured() {
    assertTrue(invoke(Invocation.of("{\"action\":\"log\",\"text\":\"hello-log\"}")).isResponse());
    process.awaitStdout("logger:hello-log", WAIT);
    process.awaitStdout("stdout:hello-log", WAIT);
    process.awaitStderr("stderr:hello-log", WAIT);
  }

  @Test
  void hostileClientContextFailsInsideTheRuntimeClient() {
    InvocationResult notJson = invoke(Invocation.builder().rawClientContext("not json").build());
    assertTrue(notJson.isError(), notJson::toString);
    assertEquals("Runtime.UserException", notJson.errorType());
    assertTrue(notJson.bodyAsString().contains("JsonSyntaxException"), notJson::toString);

    InvocationResult objectValue =
        invoke(
            Invocation.builder()
                .rawClientContext(
                    "{\"custom\":{\"bedrockAgentCorePropagatedHeaders\":{\"a\":\"b\"}},\"env\":{},\"client\":null}")
                .build());
    assertTrue(objectValue.isError(), objectValue::toString);
    assertTrue(
        objectValue.bodyAsString().contains("Expected a string but was BEGIN_OBJECT"),
        objectValue::toString);

    // raw UTF-8 in the header reaches Gson
    InvocationResult utf8 =
        invoke(
            Invocation.builder()
                .rawClientContext(
                    "{\"custom\":{\"k\":\"h\u00e9\u2603\"},\"env\":{},\"client\":null}")
                .build());
    @SuppressWarnings("unchecked")
    Map<String, Object> cc = (Map<String, Object>) echo(utf8).get("clientContext");
    assertEquals(Map.of("k", "h\u00e9\u2603"), cc.get("custom"));

    InvocationResult emoji =
        invoke(
            Invocation.builder()
                .rawClientContext(
                    "{\"custom\":{\"k\":\"\uD83D\uDE00\"},\"env\":{},\"client\":null}")
                .build());
    // Quirk of runtime client 2.9.0: header strings go through JNI NewStringUTF (modified UTF-8),
    // which mangles
    // a raw 4-byte UTF-8 character; the broken JSON then fails the invocation. Escaped (\\uXXXX) is
    // fine.
    assertTrue(emoji.isError(), emoji::toString);
    assertTrue(invoke(Invocation.of("{}")).isResponse(), "runtime still serving");
  }

  @Test
  void tooLargeResponseBecomesAnError() {
    int size = (int) LambdaRuntimeEmulator.DEFAULT_MAX_RESPONSE_BYTES + 1;
    InvocationResult r = invoke(Invocation.of("{\"action\":\"big\",\"bytes\":" + size + "}"));
    assertTrue(r.isError(), r::toString);
    assertEquals("Function.ResponseSizeTooLarge", r.errorType());
    InvocationResult ok =
        invoke(Invocation.of("{\"action\":\"big\",\"bytes\":" + (size - 1) + "}"));
    assertTrue(ok.isResponse(), ok::toString);
    assertEquals(size - 1, ok.body().length);
    assertTrue(invoke(Invocation.of("{}")).isResponse(), "runtime still serving");
    assertEquals(List.of(), emulator.protocolErrors());
  }

  @Test
  void heapDoesNotGrowOver1000Invocations() {
    Invocation.Builder b =
        Invocation.builder().clientContextCustom(Map.of("bedrockAgentCoreToolName", "t___x"));
    for (int i = 0; i < 200; i++) {
      assertTrue(invoke(b.event("{\"i\":" + i + "}").requestId("warm-" + i).build()).isResponse());
    }
    long used = process.usedHeapAfterGc();
    long before = process.liveHeapBytes();
    long t0 = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      assertTrue(invoke(b.event("{\"i\":" + i + "}").requestId("run-" + i).build()).isResponse());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long after = process.liveHeapBytes();
    long usedAfter = process.usedHeapAfterGc();
    System.out.printf(
        "1000 invocations in %d ms; live heap %d -> %d bytes; used after GC %d -> %d%n",
        millis, before, after, used, usedAfter);
    assertTrue(used > 0);
    assertTrue(after - before < 512 * 1024, "live heap grew from " + before + " to " + after);
    assertEquals(List.of(), emulator.protocolErrors());
  }
}
