package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.emulator.Invocation;
import dev.toolwright.emulator.InvocationResult;
import dev.toolwright.emulator.LambdaProcess;
import dev.toolwright.emulator.LambdaRuntimeEmulator;
import dev.toolwright.gateway.ClientContextKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built Lambda jar under the real AWS Lambda runtime interface client, in a child JVM, fed by a
 * loopback Runtime API emulator: exactly the path a gateway invocation takes on Lambda, minus the
 * network.
 */
class ExamplesLambdaIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static LambdaRuntimeEmulator emulator;
  private static LambdaProcess lambda;

  @BeforeAll
  static void start() {
    Path jar =
        Path.of(
            System.getProperty(
                "lambda.jar", "../examples/target/toolwright-examples-0.1.0-SNAPSHOT-lambda.jar"));
    assertTrue(
        Files.isRegularFile(jar), "the Lambda jar is built before the integration tests: " + jar);
    emulator = new LambdaRuntimeEmulator();
    lambda =
        LambdaProcess.builder()
            .emulator(emulator)
            .classpath(jar.toAbsolutePath(), Path.of("target/test-classes").toAbsolutePath())
            .handler("dev.toolwright.it.e2e.EndToEndHandler::handleRequest")
            .javaToolOptions("-XX:TieredStopAtLevel=1")
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

  private static InvocationResult call(String tool, String arguments) {
    return call(tool, arguments, Duration.ofSeconds(30));
  }

  private static InvocationResult call(String tool, String arguments, Duration timeout) {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", "examples___" + tool);
    custom.put("bedrockAgentCoreGatewayId", "gw-1234567890");
    custom.put("bedrockAgentCoreTargetId", "TARGET1234");
    custom.put("bedrockAgentCoreMcpMessageId", "42");
    custom.put("bedrockAgentCoreAwsRequestId", "req-1");
    custom.put("bedrockAgentCoreMessageVersion", "1.0");
    return emulator.invoke(
        Invocation.builder().event(arguments).clientContextCustom(custom).timeout(timeout).build(),
        WAIT);
  }

  private static String ok(InvocationResult result) {
    assertTrue(result.isResponse(), () -> "a normal response, not a function error: " + result);
    return result.bodyAsString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "add            | {\"a\": 2, \"b\": 0.5}                              | {\"result\":2.5}",
        "convert_length | {\"value\": 1, \"from\": \"KILOMETRE\"}              | {\"result\":1000.0}",
        "days_between   | {\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}    | {\"result\":21}",
        "statistics     | {\"values\": [1, 2, 3, 6]}                         | {\"count\":4,\"mean\":3.0,\"min\":1.0,\"max\":6.0}",
        "lookup_order   | {\"orderId\": \"B-2001\"}                             | {\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\",\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}",
        "search_orders  | {\"query\": {\"status\": \"shipped\"}}               | {\"orders\":[{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\",\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}],\"totalMatches\":1}",
        "cancel_order   | {\"orderId\": \"B-2001\", \"reason\": \"late\"}        | {\"isError\":true,\"error\":{\"code\":\"TOOL_ERROR\",\"message\":\"Order B-2001 is shipped and can no longer be cancelled; offer a return instead.\",\"retryable\":false}}",
      })
  void everyExampleTool_answersAsTheGatewayExpects(String tool, String arguments, String expected) {
    assertEquals(expected, ok(call(tool, arguments)));
  }

  @Test
  void gatewayContext_reachesTheTool() {
    String body = ok(call("who_am_i", ""));
    assertTrue(body.contains("\"tool\":\"who_am_i\""), body);
    assertTrue(body.contains("\"mcpMessageId\":\"42\""), body);
    assertTrue(body.contains("\"gatewayId\":\"gw-1234567890\""), body);
    assertTrue(body.contains("\"target\":\"examples\""), body);
  }

  /**
   * {@code who_am_i} with the propagated headers and query parameters as the string {@code value},
   * or absent when null.
   */
  private static InvocationResult whoAmI(String headers, String queryParameters) {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put(ClientContextKeys.TOOL_NAME, "examples___who_am_i");
    custom.put(ClientContextKeys.MCP_MESSAGE_ID, "44");
    if (headers != null) {
      custom.put(ClientContextKeys.PROPAGATED_HEADERS, headers);
    }
    if (queryParameters != null) {
      custom.put(ClientContextKeys.PROPAGATED_QUERY_PARAMETERS, queryParameters);
    }
    return emulator.invoke(
        Invocation.builder().event("{}").clientContextCustom(custom).build(), WAIT);
  }

  /**
   * Propagated values as strings (the only form a Java function can receive): every form answers.
   */
  @ParameterizedTest(name = "headers {0}, query parameters {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "ABSENT",
      value = {
        "'{\"X-Tenant\": \"acme\", \"X-Trace\": \"t-1\"}' | '{\"region\": \"eu-west-1\"}' | {\"X-Tenant\":\"acme\",\"X-Trace\":\"t-1\"} | {\"region\":\"eu-west-1\"}",
        "''                                                  | ''                                 | {} | {}",
        "'{not json'                                         | '[\"region\"]'                    | {} | {}",
        "ABSENT                                              | ABSENT                             | {} | {}",
      })
  void propagatedValues_asStrings_reachTheTool_andNeverFailTheCall(
      String headers, String queryParameters, String seen, String seenQuery) throws Exception {
    String body = ok(whoAmI(headers, queryParameters));
    com.fasterxml.jackson.databind.JsonNode answer =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    assertFalse(answer.has("isError"), body);
    assertEquals("who_am_i", answer.get("tool").textValue());
    // in the order the gateway sent them
    assertEquals(seen, answer.get("headers").toString());
    assertEquals(seenQuery, answer.get("queryParameters").toString());
  }

  /**
   * The form the gateway documents and Python functions see, a JSON object as the value in {@code
   * custom}: the runtime interface client reads {@code custom} as {@code Map<String,String>} and
   * fails the invocation before the handler runs (aws-lambda-java-libs#212). The container serves
   * the next call.
   */
  @Test
  void
      propagatedValues_asAnObject_failInTheRuntimeClient_beforeTheHandler_andTheContainerServesOn() {
    for (String key :
        new String[] {
          ClientContextKeys.PROPAGATED_HEADERS, ClientContextKeys.PROPAGATED_QUERY_PARAMETERS
        }) {
      InvocationResult result =
          emulator.invoke(
              Invocation.builder()
                  .event("{}")
                  .rawClientContext(
                      "{\"custom\":{\""
                          + ClientContextKeys.TOOL_NAME
                          + "\":\"examples___who_am_i\",\""
                          + key
                          + "\":{\"X-Tenant\":\"acme\"}},\"env\":{},\"client\":null}")
                  .build(),
              WAIT);
      assertTrue(result.isError(), () -> key + " as an object: a function error, got " + result);
      assertEquals("Runtime.UserException", result.errorType(), result::toString);
      String body = result.bodyAsString();
      // the runtime client's own Gson fails on the client context; no Toolwright code ran
      assertTrue(
          body.contains("Expected a string but was BEGIN_OBJECT")
              && body.contains("path $.custom."),
          body);
      assertTrue(body.contains("GsonFactory") && !body.contains("dev.toolwright"), body);
      assertEquals("{\"result\":3.0}", ok(call("add", "{\"a\": 1, \"b\": 2}")));
    }
    assertTrue(lambda.isAlive());
  }

  @Test
  void unknownTool_listsTheAvailableTools() {
    String body = ok(call("lookup_ordr", "{}"));
    assertTrue(
        body.startsWith(
            "{\"isError\":true,\"error\":{\"code\":\"UNKNOWN_TOOL\",\"message\":\"Unknown tool "
                + "\\\"lookup_ordr\\\". Available tools: add, cancel_order, convert_length, days_between, explode, lookup_order,"
                + " search_orders, sleep, statistics, who_am_i. Did you mean \\\"lookup_order\\\"?\""),
        body);
  }

  @Test
  void noClientContext_isAnInvalidRequestThatExplainsTheLocalFallback() {
    String body = ok(emulator.invoke(Invocation.of("{\"orderId\": \"A-1001\"}"), WAIT));
    assertTrue(body.contains("\"code\":\"INVALID_REQUEST\""), body);
    assertTrue(body.contains("__context__"), body);
  }

  @Test
  void noClientContext_localFallbackNamesTheTool() {
    String body =
        ok(
            emulator.invoke(
                Invocation.of(
                    "{\"__context__\": {\"bedrockAgentCoreToolName\": \"examples___add\"}, \"a\": 1, \"b\": 2}"),
                WAIT));
    assertEquals("{\"result\":3.0}", body);
  }

  @Test
  void badArguments_areNamedWithPaths() {
    assertEquals(
        "{\"isError\":true,\"error\":{\"code\":\"INVALID_ARGUMENTS\",\"message\":\"Missing required argument 'b'."
            + " Invalid argument 'a': expected number, got \\\"two\\\".\"}}",
        ok(call("add", "{\"a\": \"two\"}")));
    String body =
        ok(
            call(
                "search_orders",
                "{\"query\": {\"status\": \"lost\", \"limit\": 2.5, \"colour\": 1}}"));
    assertTrue(
        body.contains(
            "Invalid argument 'query.status': expected one of pending, shipped, delivered, cancelled,"
                + " got \\\"lost\\\"."),
        body);
    assertTrue(body.contains("Invalid argument 'query.limit': expected integer, got 2.5."), body);
    assertTrue(body.contains("Unknown argument 'query.colour'"), body);
  }

  @Test
  void throwingTool_isMasked_andLogged() {
    String body = ok(call("explode", "{}"));
    assertTrue(body.startsWith("{\"isError\":true,\"error\":{\"code\":\"INTERNAL_ERROR\""), body);
    assertFalse(
        body.contains("hunter2") || body.contains("IllegalState") || body.contains("at dev."),
        body);
    lambda.awaitStdout("hunter2", Duration.ofSeconds(10));
  }

  @Test
  void aCall_writesOneJsonLogLineAndOneEmfDocumentToStandardOutput() throws Exception {
    String requestId = "obs-" + java.util.UUID.randomUUID();
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", "examples___add");
    custom.put("bedrockAgentCoreGatewayId", "gw-1234567890");
    custom.put("bedrockAgentCoreMcpMessageId", "43");
    custom.put("bedrockAgentCoreAwsRequestId", "gw-req-43");
    assertEquals(
        "{\"result\":3.0}",
        ok(
            emulator.invoke(
                Invocation.builder()
                    .event("{\"a\": 1, \"b\": 2}")
                    .clientContextCustom(custom)
                    .requestId(requestId)
                    .traceId(
                        "Root=1-6569f266-4b0c7f97280dcd8428d3c9b5;Parent=53995c3f42cd8ad8;Sampled=1")
                    .build(),
                WAIT)));
    // the EMF document is written last and ends with the request id
    lambda.awaitStdout("\"function_request_id\":\"" + requestId + "\"}", Duration.ofSeconds(10));

    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode log = null;
    com.fasterxml.jackson.databind.JsonNode emf = null;
    for (String line : lambda.stdout().split("\n")) {
      if (line.contains("\"" + requestId + "\"")) {
        com.fasterxml.jackson.databind.JsonNode node = mapper.readTree(line);
        if (node.has("_aws")) {
          assertEquals(null, emf, "one EMF document per call");
          emf = node;
        } else {
          assertEquals(null, log, "one log line per call");
          log = node;
        }
      }
    }
    assertTrue(log != null && emf != null, lambda.stdout());
    assertEquals("INFO", log.get("level").textValue());
    assertEquals("Tool add answered ok", log.get("message").textValue());
    assertTrue(
        log.get("timestamp")
            .textValue()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
        log::toString);
    assertEquals(LambdaProcess.DEFAULT_FUNCTION_NAME, log.get("service").textValue());
    assertEquals(LambdaProcess.DEFAULT_FUNCTION_NAME, log.get("function_name").textValue());
    assertTrue(log.get("cold_start").isBoolean(), log::toString);
    assertTrue(log.get("function_memory_size").isInt(), log::toString);
    assertEquals("1-6569f266-4b0c7f97280dcd8428d3c9b5", log.get("xray_trace_id").textValue());
    assertEquals("add", log.get("tool").textValue());
    assertEquals("examples", log.get("target").textValue());
    assertEquals("gw-1234567890", log.get("gateway_id").textValue());
    assertEquals("43", log.get("mcp_message_id").textValue());
    assertEquals("gw-req-43", log.get("gateway_request_id").textValue());
    assertEquals("ok", log.get("outcome").textValue());
    assertTrue(
        log.get("duration_ms").isNumber() && log.get("duration_ms").doubleValue() >= 0,
        log::toString);
    assertFalse(log.has("arguments"), "arguments are not logged by default");

    com.fasterxml.jackson.databind.JsonNode directive =
        emf.get("_aws").get("CloudWatchMetrics").get(0);
    assertEquals("Toolwright", directive.get("Namespace").textValue());
    assertEquals("[[\"Service\",\"Tool\"]]", directive.get("Dimensions").toString());
    assertEquals(LambdaProcess.DEFAULT_FUNCTION_NAME, emf.get("Service").textValue());
    assertEquals("add", emf.get("Tool").textValue());
    assertEquals(1, emf.get("Invocations").intValue());
    assertEquals(0, emf.get("AgentErrors").intValue());
    assertEquals(0, emf.get("Failures").intValue());
    assertTrue(emf.get("Duration").isNumber(), emf::toString);
    assertTrue(emf.get("_aws").get("Timestamp").isIntegralNumber(), emf::toString);
  }

  @Test
  void overrunningTool_answersTimeoutBeforeTheDeadline_andTheContainerServesOn() {
    long start = System.nanoTime();
    String body = ok(call("sleep", "{\"millis\": 20000}", Duration.ofMillis(2000)));
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(body.contains("\"code\":\"TIMEOUT\""), body);
    assertTrue(
        tookMillis < 2000, "answered within the invocation timeout, took " + tookMillis + " ms");
    assertEquals("{\"result\":3.0}", ok(call("add", "{\"a\": 1, \"b\": 2}")));
  }

  @Test
  void hostileBodies_getClearErrors_andTheContainerServesOn() {
    String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    for (String event :
        new String[] {
          "[1,2]", "\"text\"", "{\"a\": 1,", deep, "{\"a\":1} trailing", "{\"a\":1,\"a\":2}"
        }) {
      String body = ok(call("add", event));
      assertTrue(body.contains("\"code\":\"INVALID_REQUEST\""), event + " → " + body);
    }
    byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    String body =
        ok(
            emulator.invoke(
                Invocation.builder()
                    .event(invalidUtf8)
                    .clientContextCustom(Map.of("bedrockAgentCoreToolName", "examples___add"))
                    .build(),
                WAIT));
    assertTrue(body.contains("\"code\":\"INVALID_REQUEST\""), body);
    assertEquals("{\"result\":3.0}", ok(call("add", "{\"a\": 1, \"b\": 2}")));
    assertTrue(lambda.isAlive());
  }

  @Test
  void aThousandCalls_onOneContainer_doNotGrowTheHeap() {
    for (int i = 0; i < 200; i++) {
      ok(call("lookup_order", "{\"orderId\": \"A-1002\", \"includeItems\": true}"));
    }
    long warm = lambda.liveHeapBytes();
    for (int i = 0; i < 1000; i++) {
      String body =
          ok(
              call(
                  i % 2 == 0 ? "lookup_order" : "statistics",
                  i % 2 == 0
                      ? "{\"orderId\": \"A-1002\", \"includeItems\": true}"
                      : "{\"values\": [" + i + ", 2]}"));
      assertFalse(body.contains("isError"), body);
    }
    long after = lambda.liveHeapBytes();
    assertTrue(
        after - warm < 512 * 1024,
        "live heap grew from " + warm + " to " + after + " bytes over 1,000 calls");
  }
}
