package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.toolwright.ArgumentRedactor;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolLog;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The invocation log line, the EMF document and tool log lines, byte for byte: fixed clock,
 * injected environment, captured output.
 */
class TelemetryTest {

  private static final JsonSupport JSON = new JsonSupport();

  /** 2026-11-22T21:50:00.123Z. */
  private static final long NOW = 1_795_384_200_123L;

  private static final String TS = "2026-11-22T21:50:00.123Z";

  /**
   * What every line of a gateway call with request id r-1 says about the function (FakeContext).
   */
  private static final String FUNCTION =
      "'function_name':'tools','function_version':'$LATEST',"
          + "'function_memory_size':512,'function_arn':'arn:aws:lambda:eu-west-1:123456789012:function:tools',"
          + "'function_request_id':'r-1'";

  /** The gateway's ids from FakeContext.gatewayCustom. */
  private static final String GATEWAY =
      "'target_id':'TARGET1234','gateway_id':'gw-123-abcdefghij',"
          + "'mcp_message_id':'42','gateway_request_id':'gw-req-1'";

  private static final String METRICS =
      "'Metrics':[{'Name':'Invocations','Unit':'Count'},"
          + "{'Name':'AgentErrors','Unit':'Count'},{'Name':'Failures','Unit':'Count'},"
          + "{'Name':'Duration','Unit':'Milliseconds'}";
  private static final String COLD_METRICS = METRICS + ",{'Name':'ColdStart','Unit':'Count'}";

  private final LogCapture capture = new LogCapture();
  private final FakeClock clock = new FakeClock();

  /**
   * Wall clock fixed at {@link #NOW}; every monotonic reading 1.234567 ms after the previous one.
   */
  static final class FakeClock implements Telemetry.Clock {
    private long nanos;

    @Override
    public long currentTimeMillis() {
      return NOW;
    }

    @Override
    public long nanoTime() {
      nanos += 1_234_567;
      return nanos;
    }
  }

  /** Tools that log through {@link ToolLog}, and one that takes any arguments. */
  static final class Chatty implements ToolDispatcher {
    @Override
    public String toolClassName() {
      return "test.Chatty";
    }

    @Override
    public List<String> toolNames() {
      return List.of("chatty", "chatty_error", "chatty_thread", "raw");
    }

    @Override
    public Object dispatch(String toolName, ToolArguments arguments) {
      switch (toolName) {
        case "chatty":
          {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("orderId", "A-1");
            fields.put("level", "reserved: ignored");
            fields.put("count", 3);
            fields.put("tags", List.of("a", "b"));
            ToolLog.info("Looking up", fields);
            ToolLog.debug("details");
            return ToolResult.wrap("done");
          }
        case "chatty_error":
          ToolLog.error("Cache unavailable", new IllegalStateException("cache down"));
          return ToolResult.VOID;
        case "chatty_thread":
          {
            Thread own = new Thread(() -> ToolLog.warn("from the tool's own thread"));
            own.start();
            try {
              own.join();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return ToolResult.VOID;
          }
        default:
          return ToolResult.VOID;
      }
    }
  }

  private static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_LAMBDA_FUNCTION_NAME", "tools");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private Telemetry telemetry(String... envPairs) {
    return new Telemetry(JSON, env(envPairs), clock, capture.out);
  }

  private ToolEngine engine(String... envPairs) {
    return engine(telemetry(envPairs));
  }

  private static ToolEngine engine(Telemetry telemetry) {
    return new ToolEngine(
        List.of(new SampleTools_ToolDispatcher(), new Chatty()), JSON, 500, telemetry);
  }

  private static String call(ToolEngine engine, String body, Context context) {
    byte[] bytes = Answers.utf8(q(body));
    return new String(engine.invoke(bytes, bytes.length, context), StandardCharsets.UTF_8);
  }

  private static FakeContext gateway(String tool) {
    return FakeContext.gateway("samples___" + tool).requestId("r-1");
  }

  /** The stack trace's text replaced by "...", so the rest of a line can be compared exactly. */
  private static String withoutStack(String line) {
    return line.replaceFirst("\"stack\":\"(?:[^\"\\\\]++|\\\\.)*+\"", "\"stack\":\"...\"");
  }

  @Nested
  class InvocationLine {

    @Test
    void successColdThenWarm() {
      ToolEngine engine = engine();
      assertEquals(
          "{\"message\":\"hi\",\"times\":1}", call(engine, "{'message':'hi'}", gateway("echo")));
      assertEquals(
          List.of(
              q(
                  "{'level':'INFO','message':'Tool echo answered ok','timestamp':'"
                      + TS
                      + "','service':'tools',"
                      + "'cold_start':true,"
                      + FUNCTION
                      + ",'tool':'echo','target':'samples',"
                      + GATEWAY
                      + ","
                      + "'outcome':'ok','duration_ms':1.234}"),
              q(
                  "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                      + "'Dimensions':[['Service','Tool']],"
                      + COLD_METRICS
                      + "]}]},'Service':'tools','Tool':'echo',"
                      + "'Invocations':1,'AgentErrors':0,'Failures':0,'Duration':1.234,'ColdStart':1,"
                      + "'function_request_id':'r-1'}")),
          capture.take());

      call(engine, "{'message':'again'}", gateway("echo"));
      assertEquals(
          List.of(
              q(
                  "{'level':'INFO','message':'Tool echo answered ok','timestamp':'"
                      + TS
                      + "','service':'tools',"
                      + "'cold_start':false,"
                      + FUNCTION
                      + ",'tool':'echo','target':'samples',"
                      + GATEWAY
                      + ","
                      + "'outcome':'ok','duration_ms':1.234}"),
              q(
                  "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                      + "'Dimensions':[['Service','Tool']],"
                      + METRICS
                      + "]}]},'Service':'tools','Tool':'echo',"
                      + "'Invocations':1,'AgentErrors':0,'Failures':0,'Duration':1.234,'function_request_id':'r-1'}")),
          capture.take());
    }

    @Test
    void agentErrorIsAWarningAndAnAgentErrorMetric() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("place_order"));
      assertEquals(
          List.of(
              q(
                  "{'level':'WARN','message':'Tool place_order answered INVALID_ARGUMENTS','timestamp':'"
                      + TS
                      + "',"
                      + "'service':'tools','cold_start':true,"
                      + FUNCTION
                      + ",'tool':'place_order','target':'samples',"
                      + GATEWAY
                      + ",'outcome':'INVALID_ARGUMENTS','duration_ms':1.234}"),
              q(
                  "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                      + "'Dimensions':[['Service','Tool']],"
                      + COLD_METRICS
                      + "]}]},'Service':'tools','Tool':'place_order',"
                      + "'Invocations':1,'AgentErrors':1,'Failures':0,'Duration':1.234,'ColdStart':1,"
                      + "'function_request_id':'r-1'}")),
          capture.take());
    }

    @Test
    void toolErrorIsAnAgentError() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("fail"));
      List<String> lines = capture.take();
      assertEquals(
          q(
              "{'level':'WARN','message':'Tool fail answered TOOL_ERROR','timestamp':'"
                  + TS
                  + "',"
                  + "'service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'fail','target':'samples',"
                  + GATEWAY
                  + ",'outcome':'TOOL_ERROR','duration_ms':1.234}"),
          lines.get(0));
      assertTrue(lines.get(1).contains(q("'AgentErrors':1,'Failures':0")), lines.get(1));
    }

    @Test
    void toolErrorWithACauseLogsTheCause() {
      ToolEngine engine = engine();
      String answer = call(engine, "{'withCause':true}", gateway("fail"));
      assertFalse(answer.contains("inventory.internal"), answer);
      String line = capture.take().get(0);
      assertEquals(
          q(
              "{'level':'WARN','message':'Tool fail failed: The inventory service is busy; try again in a"
                  + " minute.','timestamp':'"
                  + TS
                  + "','service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'fail',"
                  + "'target':'samples',"
                  + GATEWAY
                  + ",'outcome':'TOOL_ERROR','duration_ms':1.234,"
                  + "'error':{'name':'dev.toolwright.ToolException','message':'The inventory service is busy; try again in a"
                  + " minute.','stack':'...'}}"),
          withoutStack(line));
      assertTrue(
          LogCapture.json(line)
              .get("error")
              .get("stack")
              .textValue()
              .contains(
                  "Caused by: java.io.IOException: inventory.internal:8443 refused the connection"),
          line);
    }

    @Test
    void maskedFailureLogsTheExceptionAndTheAgentSeesAGenericMessage() {
      ToolEngine engine = engine();
      String answer = call(engine, "{}", gateway("explode"));
      assertEquals(
          "{\"isError\":true,\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"The tool explode failed"
              + " unexpectedly. Report correlation id r-1 to the tool's owner.\",\"retryable\":false,"
              + "\"requestId\":\"r-1\"}}",
          answer);
      List<String> lines = capture.take();
      assertEquals(
          q(
              "{'level':'ERROR','message':'Tool explode failed (request r-1): it threw an exception',"
                  + "'timestamp':'"
                  + TS
                  + "','service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'explode',"
                  + "'target':'samples',"
                  + GATEWAY
                  + ",'outcome':'INTERNAL_ERROR','duration_ms':1.234,"
                  + "'error':{'name':'java.lang.IllegalStateException','message':'database password=hunter2 rejected',"
                  + "'stack':'...'}}"),
          withoutStack(lines.get(0)));
      String stack = LogCapture.json(lines.get(0)).get("error").get("stack").textValue();
      assertTrue(
          stack.startsWith(
              "java.lang.IllegalStateException: database password=hunter2 rejected\n"
                  + "\tat dev.toolwright.internal.SampleTools.explode("),
          stack);
      assertTrue(
          stack.contains(
              "\nCaused by: java.io.IOException: connection refused to db.internal:5432\n"),
          stack);
      assertEquals(
          q(
              "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                  + "'Dimensions':[['Service','Tool']],"
                  + COLD_METRICS
                  + "]}]},'Service':'tools','Tool':'explode',"
                  + "'Invocations':1,'AgentErrors':0,'Failures':1,'Duration':1.234,'ColdStart':1,"
                  + "'function_request_id':'r-1'}"),
          lines.get(1));
    }

    @Test
    void timeoutIsAFailure() {
      ToolEngine engine = engine();
      call(engine, "{'millis':10000}", gateway("sleep").remaining(700));
      List<String> lines = capture.take();
      JsonNode line = LogCapture.json(lines.get(0));
      assertEquals("ERROR", line.get("level").textValue());
      assertEquals("TIMEOUT", line.get("outcome").textValue());
      assertTrue(
          line.get("message")
              .textValue()
              .matches("Tool sleep did not finish within \\d+ ms; answered TIMEOUT"),
          line::toString);
      assertFalse(line.has("error"));
      assertTrue(
          lines.get(1).contains(q("'Tool':'sleep','Invocations':1,'AgentErrors':0,'Failures':1")),
          lines.get(1));
    }

    @Test
    void unknownToolAndNoToolName() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("nope"));
      List<String> lines = capture.take();
      assertEquals(
          q(
              "{'level':'WARN','message':'Tool nope answered UNKNOWN_TOOL','timestamp':'"
                  + TS
                  + "',"
                  + "'service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'nope','target':'samples',"
                  + GATEWAY
                  + ","
                  + "'outcome':'UNKNOWN_TOOL','duration_ms':1.234}"),
          lines.get(0));
      assertTrue(
          lines
              .get(1)
              .contains(q("'Service':'tools','Tool':'unknown','Invocations':1,'AgentErrors':1")),
          lines.get(1));

      call(engine, "{}", FakeContext.withCustom(Map.of()).requestId("r-1"));
      lines = capture.take();
      assertEquals(
          q(
              "{'level':'WARN','message':'Request answered INVALID_REQUEST','timestamp':'"
                  + TS
                  + "',"
                  + "'service':'tools','cold_start':false,"
                  + FUNCTION
                  + ",'outcome':'INVALID_REQUEST','duration_ms':1.234}"),
          lines.get(0));
      assertTrue(
          lines
              .get(1)
              .contains(q("'Service':'tools','Tool':'none','Invocations':1,'AgentErrors':1")),
          lines.get(1));
    }

    @Test
    void invalidJsonForAServedToolCountsForThatTool() {
      ToolEngine engine = engine();
      call(engine, "{'message':", gateway("echo"));
      List<String> lines = capture.take();
      assertEquals("INVALID_REQUEST", LogCapture.json(lines.get(0)).get("outcome").textValue());
      assertTrue(
          lines.get(1).contains(q("'Tool':'echo','Invocations':1,'AgentErrors':1")), lines.get(1));
    }

    @Test
    void localContextKeysAreLoggedToo() {
      ToolEngine engine = engine();
      call(
          engine,
          "{'__context__':{'bedrockAgentCoreToolName':'local___echo','bedrockAgentCoreGatewayId':'local-gw'},"
              + "'message':'hi'}",
          FakeContext.local());
      JsonNode line = LogCapture.json(capture.take().get(0));
      assertEquals("echo", line.get("tool").textValue());
      assertEquals("local", line.get("target").textValue());
      assertEquals("local-gw", line.get("gateway_id").textValue());
      assertEquals("local-request", line.get("function_request_id").textValue());
      assertFalse(line.has("mcp_message_id"), line::toString);
    }

    @Test
    void withoutAContext() {
      ToolEngine engine = engine();
      call(engine, "{'__context__':{'bedrockAgentCoreToolName':'answer'}}", null);
      assertEquals(
          q(
              "{'level':'INFO','message':'Tool answer answered ok','timestamp':'"
                  + TS
                  + "','service':'tools',"
                  + "'cold_start':true,'function_name':'tools','tool':'answer','outcome':'ok','duration_ms':1.234}"),
          capture.take().get(0));
    }

    @Test
    void provisionedConcurrencyIsNeverACold() {
      ToolEngine engine = engine("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency");
      call(engine, "{}", gateway("answer"));
      List<String> lines = capture.take();
      assertFalse(LogCapture.json(lines.get(0)).get("cold_start").booleanValue());
      assertFalse(lines.get(1).contains("ColdStart"), lines.get(1));
    }

    @Test
    void serviceNameFromPowertoolsVariable() {
      ToolEngine engine = engine("POWERTOOLS_SERVICE_NAME", "orders");
      call(engine, "{}", gateway("answer"));
      List<String> lines = capture.take();
      assertEquals("orders", LogCapture.json(lines.get(0)).get("service").textValue());
      assertTrue(lines.get(1).contains(q("'Service':'orders','Tool':'answer'")), lines.get(1));
    }
  }

  @Nested
  class Levels {

    @Test
    void aWarnLevelDropsSuccessLinesButNotTheirMetrics() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_LEVEL", "WARN");
      call(engine, "{}", gateway("answer"));
      List<String> lines = capture.take();
      assertEquals(1, lines.size(), lines::toString);
      assertTrue(lines.get(0).startsWith("{\"_aws\":"), lines.get(0));
      call(engine, "{}", gateway("explode"));
      assertEquals(2, capture.take().size());
    }

    @Test
    void withEveryLineAndTheMetricsOff_anInvocationWritesNothingAndReadsNoClock() {
      ToolEngine engine =
          engine("TOOLWRIGHT_LOG_LEVEL", "FATAL", "TOOLWRIGHT_METRICS_DISABLED", "true");
      long before = clock.nanos;
      assertTrue(call(engine, "{}", gateway("answer")).startsWith("{"));
      call(engine, "{}", gateway("explode")); // a failure: its ERROR line is off too
      assertEquals(List.of(), capture.take());
      assertEquals(before, clock.nanos, "no clock read");
    }

    @Test
    void lambdaLogLevelAppliesAndOurVariableOverridesIt() {
      ToolEngine errorOnly = engine("AWS_LAMBDA_LOG_LEVEL", "ERROR");
      call(errorOnly, "{}", gateway("place_order"));
      assertEquals(1, capture.take().size(), "the WARN line is dropped, the metrics are not");

      ToolEngine debug = engine("AWS_LAMBDA_LOG_LEVEL", "ERROR", "TOOLWRIGHT_LOG_LEVEL", "debug");
      call(debug, "{}", gateway("chatty"));
      List<String> lines = capture.take();
      assertEquals(4, lines.size(), lines::toString);
      assertEquals("details", LogCapture.json(lines.get(1)).get("message").textValue());
      assertEquals("DEBUG", LogCapture.json(lines.get(1)).get("level").textValue());
    }

    @Test
    void powertoolsLevelWhenOursIsUnsetOrNonsense() {
      assertEquals(LogLevel.ERROR, telemetry("POWERTOOLS_LOG_LEVEL", "error").level());
      assertEquals(
          LogLevel.WARN,
          telemetry("TOOLWRIGHT_LOG_LEVEL", "loud", "POWERTOOLS_LOG_LEVEL", "WARN").level());
      assertEquals(
          LogLevel.DEBUG,
          telemetry("POWERTOOLS_LOG_LEVEL", "DEBUG", "AWS_LAMBDA_LOG_LEVEL", "ERROR").level());
      assertEquals(LogLevel.INFO, telemetry().level());
      assertEquals(LogLevel.INFO, telemetry("AWS_LAMBDA_LOG_LEVEL", "").level());
    }

    @Test
    void levelNames() {
      assertEquals(LogLevel.WARN, LogLevel.parse(" warning ", null));
      assertEquals(LogLevel.FATAL, LogLevel.parse("CRITICAL", null));
      assertEquals(LogLevel.TRACE, LogLevel.parse("trace", null));
      assertNull(LogLevel.parse("verbose", null));
      assertNull(LogLevel.parse(null, null));
    }
  }

  @Nested
  class TextFormat {

    @Test
    void oneReadableLine() {
      ToolEngine engine = engine("AWS_LAMBDA_LOG_FORMAT", "Text");
      call(engine, "{'message':'hi there'}", gateway("echo"));
      List<String> lines = capture.take();
      assertEquals(
          TS
              + " INFO r-1 Tool echo answered ok cold_start=true tool=echo target=samples target_id=TARGET1234"
              + " gateway_id=gw-123-abcdefghij mcp_message_id=42 gateway_request_id=gw-req-1 outcome=ok"
              + " duration_ms=1.234",
          lines.get(0));
      assertTrue(lines.get(1).startsWith("{\"_aws\":"), "metrics are always JSON: " + lines.get(1));
    }

    @Test
    void aStackTraceStaysOnTheLine() {
      ToolEngine engine = engine("AWS_LAMBDA_LOG_FORMAT", "TEXT");
      call(engine, "{}", gateway("explode"));
      String text = capture.text();
      String line = text.substring(0, text.indexOf('\n'));
      assertTrue(
          line.startsWith(
              TS
                  + " ERROR r-1 Tool explode failed (request r-1): it threw an exception"
                  + " cold_start=true tool=explode"),
          line);
      assertTrue(
          line.contains(
              " outcome=INTERNAL_ERROR duration_ms=1.234 error=java.lang.IllegalStateException:"
                  + " database password=hunter2 rejected\r\tat dev.toolwright.internal.SampleTools.explode("),
          line);
      assertTrue(
          line.contains(
              "\rCaused by: java.io.IOException: connection refused to db.internal:5432\r"),
          line);
      assertFalse(line.endsWith("\r"), "no trailing carriage return");
    }

    @Test
    void valuesWithSpacesAreQuoted() {
      ToolEngine engine =
          engine("AWS_LAMBDA_LOG_FORMAT", "Text", "TOOLWRIGHT_LOG_ARGUMENTS", "true");
      call(engine, "{}", gateway("place_order"));
      String line = capture.take().get(0);
      assertTrue(
          line.endsWith(
              " outcome=INVALID_ARGUMENTS duration_ms=1.234"
                  + " error_message=\"Missing required arguments: 'order', 'reason'.\" arguments={}"),
          line);
    }

    @Test
    void ourVariableOverridesLambdas() {
      ToolEngine engine = engine("AWS_LAMBDA_LOG_FORMAT", "Text", "TOOLWRIGHT_LOG_FORMAT", "JSON");
      call(engine, "{}", gateway("answer"));
      assertTrue(capture.take().get(0).startsWith("{\"level\":\"INFO\""));
    }
  }

  @Nested
  class Arguments {

    private static final String SENT =
        "{'user':{'email':'ann@example.com','Password':'p','api_key':'k',"
            + "'sessions':[{'refresh-token':'t','ok':1}]},'note':'hi'}";

    @Test
    void notLoggedByDefault() {
      ToolEngine engine = engine();
      call(engine, SENT, gateway("raw"));
      call(engine, "{}", gateway("place_order"));
      for (String line : LogCapture.lines(capture.text())) {
        assertFalse(
            line.contains("ann@example.com")
                || line.contains("\"arguments\"")
                || line.contains("Missing"),
            line);
      }
    }

    @Test
    void optInLogsThemWithSecretsMasked() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      call(engine, SENT, gateway("raw"));
      assertEquals(
          q(
              "{'level':'INFO','message':'Tool raw answered ok','timestamp':'"
                  + TS
                  + "','service':'tools',"
                  + "'cold_start':true,"
                  + FUNCTION
                  + ",'tool':'raw','target':'samples',"
                  + GATEWAY
                  + ",'outcome':'ok',"
                  + "'duration_ms':1.234,'arguments':{'user':{'email':'ann@example.com','Password':'***','api_key':'***',"
                  + "'sessions':[{'refresh-token':'***','ok':1}]},'note':'hi'}}"),
          capture.take().get(0));
    }

    @Test
    void theLoggedArgumentsAreWhatTheAgentSent() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      assertEquals(
          "{\"message\":\"hi\",\"times\":3}",
          call(engine, "{'message':'hi','times':'3'}", gateway("echo")));
      assertEquals(
          q("{'message':'hi','times':'3'}"),
          LogCapture.json(capture.take().get(0)).get("arguments").toString());
    }

    @Test
    void optInAlsoLogsTheMessageTheAgentGot() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_ARGUMENTS", "TRUE");
      call(engine, "{'order':{'id':'A'}}", gateway("place_order"));
      assertEquals(
          q("{'level':'WARN','message':'Tool place_order answered INVALID_ARGUMENTS','timestamp':'"
                  + TS
                  + "','service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'place_order','target':'samples',"
                  + GATEWAY
                  + ",'outcome':'INVALID_ARGUMENTS','duration_ms':1.234,'error_message':'Missing required"
                  + " arguments: \\u0027order.items\\u0027, \\u0027reason\\u0027.','arguments':{'order':{'id':'A'}}}")
              .replace("\\u0027", "'"),
          capture.take().get(0));
    }

    @Test
    void aRedactorMasksMore() {
      Telemetry telemetry = telemetry("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      telemetry.argumentRedactor(ArgumentRedactor.maskingKeys("E-Mail", "", null));
      call(engine(telemetry), SENT, gateway("raw"));
      assertEquals(
          q(
              "{'user':{'email':'***','Password':'***','api_key':'***','sessions':[{'refresh-token':'***',"
                  + "'ok':1}]},'note':'hi'}"),
          LogCapture.json(capture.take().get(0)).get("arguments").toString());
    }

    @Test
    void aRedactorSeesTheToolAndMayReplaceOrDropTheArguments() {
      Telemetry telemetry = telemetry("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      ToolEngine engine = engine(telemetry);
      telemetry.argumentRedactor((tool, arguments) -> arguments.retain("note").put("tool", tool));
      call(engine, SENT, gateway("raw"));
      assertEquals(
          q("{'note':'hi','tool':'raw'}"),
          LogCapture.json(capture.take().get(0)).get("arguments").toString());

      telemetry.argumentRedactor((tool, arguments) -> null);
      call(engine, SENT, gateway("raw"));
      assertFalse(LogCapture.json(capture.take().get(0)).has("arguments"));
    }

    @Test
    void aFailingRedactorLogsNoArguments() {
      Telemetry telemetry = telemetry("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      telemetry.argumentRedactor(
          (tool, arguments) -> {
            throw new IllegalStateException("ann@example.com");
          });
      call(engine(telemetry), SENT, gateway("raw"));
      String line = capture.take().get(0);
      assertFalse(line.contains("ann@example.com"), line);
      assertEquals(
          "the argument redactor threw java.lang.IllegalStateException",
          LogCapture.json(line).get("arguments_omitted").textValue());
    }

    @Test
    void oddTextInArgumentsDoesNotCostTheLineOrTheAnswer() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      String answer = call(engine, "{'message':'a\\u0000b\\ud800c'}", gateway("echo"));
      assertEquals("a\u0000b\ud800c", LogCapture.json(answer).get("message").textValue());
      List<String> lines = capture.take();
      assertEquals(2, lines.size(), lines::toString);
      assertEquals(
          "a\u0000b\ud800c",
          LogCapture.json(lines.get(0)).get("arguments").get("message").textValue());
    }

    @Test
    void largeArgumentsAreLeftOut() {
      ToolEngine engine = engine("TOOLWRIGHT_LOG_ARGUMENTS", "true");
      String blob = "x".repeat(40_000);
      call(engine, "{'blob':'" + blob + "'}", gateway("raw"));
      JsonNode line = LogCapture.json(capture.take().get(0));
      assertFalse(line.has("arguments"));
      assertEquals(
          (blob.length() + 11) + " bytes, more than the 32768 logged",
          line.get("arguments_omitted").textValue());
    }
  }

  @Nested
  class Tracing {

    private static final String HEADER =
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    @Test
    void fromTheEnvironment() {
      ToolEngine engine = engine("_X_AMZN_TRACE_ID", HEADER);
      call(engine, "{}", gateway("answer"));
      List<String> lines = capture.take();
      assertTrue(
          lines
              .get(0)
              .contains(
                  q(
                      "'function_request_id':'r-1','xray_trace_id':"
                          + "'1-5759e988-bd862e3fe1be46a994272793','tool':'answer'")),
          lines.get(0));
      assertFalse(lines.get(1).contains("xray"), "metrics carry no trace id");
    }

    @Test
    void theRuntimePropertyIsReadPerInvocationAndWins() {
      ToolEngine engine = engine("_X_AMZN_TRACE_ID", HEADER);
      String before = System.getProperty(Telemetry.TRACE_HEADER_PROPERTY);
      try {
        System.setProperty(
            Telemetry.TRACE_HEADER_PROPERTY, "Root=1-00000001-aaaaaaaaaaaaaaaaaaaaaaaa;Sampled=0");
        call(engine, "{}", gateway("answer"));
        System.setProperty(
            Telemetry.TRACE_HEADER_PROPERTY, "Sampled=0;Root=1-00000002-bbbbbbbbbbbbbbbbbbbbbbbb");
        call(engine, "{}", gateway("answer"));
        System.clearProperty(Telemetry.TRACE_HEADER_PROPERTY);
        call(engine, "{}", gateway("answer"));
      } finally {
        if (before == null) {
          System.clearProperty(Telemetry.TRACE_HEADER_PROPERTY);
        } else {
          System.setProperty(Telemetry.TRACE_HEADER_PROPERTY, before);
        }
      }
      List<String> lines = capture.take();
      assertEquals(
          "1-00000001-aaaaaaaaaaaaaaaaaaaaaaaa",
          LogCapture.json(lines.get(0)).get("xray_trace_id").textValue());
      assertEquals(
          "1-00000002-bbbbbbbbbbbbbbbbbbbbbbbb",
          LogCapture.json(lines.get(2)).get("xray_trace_id").textValue());
      assertEquals(
          "1-5759e988-bd862e3fe1be46a994272793",
          LogCapture.json(lines.get(4)).get("xray_trace_id").textValue());
    }

    @Test
    void noHeaderNoField() {
      ToolEngine engine = engine("_X_AMZN_TRACE_ID", "Parent=53995c3f42cd8ad8;Sampled=1");
      call(engine, "{}", gateway("answer"));
      assertFalse(capture.take().get(0).contains("xray_trace_id"));
    }

    @Test
    void rootOfTheHeader() {
      assertEquals("1-a-b", Telemetry.traceRoot("Parent=x;Root=1-a-b"));
      assertEquals("1-a-b", Telemetry.traceRoot(" Root=1-a-b ; Sampled=0"));
      assertNull(Telemetry.traceRoot("Root="));
      assertNull(Telemetry.traceRoot("garbage"));
      assertNull(Telemetry.traceRoot(""));
      assertNull(Telemetry.traceRoot(null));
    }
  }

  @Nested
  class ToolLines {

    private final String chattyFields =
        "'cold_start':true," + FUNCTION + ",'tool':'chatty','target':'samples'," + GATEWAY;

    @Test
    void carryTheInvocationsFields() {
      ToolEngine engine = engine();
      assertEquals("{\"result\":\"done\"}", call(engine, "{}", gateway("chatty")));
      List<String> lines = capture.take();
      assertEquals(3, lines.size(), "the debug line is dropped at INFO: " + lines);
      assertEquals(
          q(
              "{'level':'INFO','message':'Looking up','timestamp':'"
                  + TS
                  + "','service':'tools',"
                  + chattyFields
                  + ",'orderId':'A-1','count':3,'tags':['a','b']}"),
          lines.get(0));
      assertEquals(
          "Tool chatty answered ok", LogCapture.json(lines.get(1)).get("message").textValue());
    }

    @Test
    void onTheWorkerThreadToo() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("chatty").remaining(60_000));
      assertEquals(
          q(
              "{'level':'INFO','message':'Looking up','timestamp':'"
                  + TS
                  + "','service':'tools',"
                  + chattyFields
                  + ",'orderId':'A-1','count':3,'tags':['a','b']}"),
          capture.take().get(0));
    }

    @Test
    void onAThreadTheToolStarts() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("chatty_thread").remaining(60_000));
      assertEquals(
          q("{'level':'WARN','message':'from the tool\\u0027s own thread','timestamp':'"
                  + TS
                  + "',"
                  + "'service':'tools','cold_start':true,"
                  + FUNCTION
                  + ",'tool':'chatty_thread','target':'samples',"
                  + GATEWAY
                  + "}")
              .replace("\\u0027", "'"),
          capture.take().get(0));
    }

    @Test
    void withAnException() {
      ToolEngine engine = engine();
      call(engine, "{}", gateway("chatty_error"));
      String line = capture.take().get(0);
      assertEquals(
          q(
              "{'level':'ERROR','message':'Cache unavailable','timestamp':'"
                  + TS
                  + "','service':'tools',"
                  + "'cold_start':true,"
                  + FUNCTION
                  + ",'tool':'chatty_error','target':'samples',"
                  + GATEWAY
                  + ","
                  + "'error':{'name':'java.lang.IllegalStateException','message':'cache down','stack':'...'}}"),
          withoutStack(line));
      assertTrue(
          LogCapture.json(line)
              .get("error")
              .get("stack")
              .textValue()
              .startsWith(
                  "java.lang.IllegalStateException: cache down\n\tat dev.toolwright.internal.TelemetryTest$Chatty"));
    }

    @Test
    void outsideAnInvocation() {
      Telemetry.standalone(telemetry("TOOLWRIGHT_LOG_LEVEL", "DEBUG"));
      assertTrue(ToolLog.isDebugEnabled());
      ToolLog.warn("outside", Map.of("n", 1.5));
      assertEquals(
          List.of(
              q(
                  "{'level':'WARN','message':'outside','timestamp':'"
                      + TS
                      + "','service':'tools',"
                      + "'function_name':'tools','n':1.5}")),
          capture.take());

      Telemetry.standalone(telemetry());
      assertFalse(ToolLog.isDebugEnabled());
      ToolLog.debug("dropped");
      ToolLog.info("kept");
      ToolLog.warn("w", new IllegalArgumentException());
      ToolLog.error("e");
      ToolLog.error("e", Map.of());
      List<String> lines = capture.take();
      assertEquals(4, lines.size(), lines::toString);
      assertEquals(
          q("{'name':'java.lang.IllegalArgumentException','stack':'...'}"),
          withoutStack(LogCapture.json(lines.get(1)).get("error").toString()));
      Telemetry.standalone(null);
    }

    @Test
    void aValueJacksonCannotWriteIsWrittenAsText() {
      Telemetry.standalone(telemetry());
      Object odd =
          new Object() {
            @Override
            public String toString() {
              return "odd";
            }

            @SuppressWarnings("unused")
            public Object getSelf() {
              return this;
            }
          };
      ToolLog.info("x", Map.of("odd", odd));
      Telemetry.standalone(null);
      assertTrue(capture.text().contains(q("'odd':'odd'")), capture.text());
    }
  }

  @Nested
  class Metrics {

    @Test
    void namespaceFromOurVariableThenPowertools() {
      call(engine("POWERTOOLS_METRICS_NAMESPACE", "Shop"), "{}", gateway("answer"));
      assertTrue(capture.take().get(1).contains(q("'Namespace':'Shop'")));
      call(
          engine("POWERTOOLS_METRICS_NAMESPACE", "Shop", "TOOLWRIGHT_METRICS_NAMESPACE", "Agents"),
          "{}",
          gateway("answer"));
      assertTrue(capture.take().get(1).contains(q("'Namespace':'Agents'")));
    }

    @Test
    void dimensionsAreConfigurable() {
      call(
          engine("TOOLWRIGHT_METRICS_DIMENSIONS", "functionname, Target ,Environment = prod"),
          "{}",
          gateway("answer"));
      assertEquals(
          q(
              "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                  + "'Dimensions':[['FunctionName','Target','Environment']],"
                  + COLD_METRICS
                  + "]}]},'FunctionName':'tools',"
                  + "'Target':'samples','Environment':'prod','Invocations':1,'AgentErrors':0,'Failures':0,'Duration':1.234,"
                  + "'ColdStart':1,'function_request_id':'r-1'}"),
          capture.take().get(1));
    }

    @Test
    void noDimensions() {
      call(engine("TOOLWRIGHT_METRICS_DIMENSIONS", ""), "{}", gateway("answer"));
      assertEquals(
          q(
              "{'_aws':{'Timestamp':1795384200123,'CloudWatchMetrics':[{'Namespace':'Toolwright',"
                  + "'Dimensions':[[]],"
                  + COLD_METRICS
                  + "]}]},'Invocations':1,'AgentErrors':0,'Failures':0,"
                  + "'Duration':1.234,'ColdStart':1,'function_request_id':'r-1'}"),
          capture.take().get(1));
    }

    @Test
    void aBadSettingIsNamedOnceAtStart() {
      ToolEngine engine = engine("TOOLWRIGHT_METRICS_DIMENSIONS", "Tool,Colour,tool,=x");
      assertEquals(
          List.of(
              q("{'level':'WARN','message':'TOOLWRIGHT_METRICS_DIMENSIONS: \\u0027Colour\\u0027 is not"
                      + " one of Service, Tool, Target, FunctionName or Name=value; \\u0027Tool\\u0027 is named twice;"
                      + " \\u0027=x\\u0027 needs a name and a value. Using [Tool].','timestamp':'"
                      + TS
                      + "','service':'tools',"
                      + "'function_name':'tools'}")
                  .replace("\\u0027", "'")),
          capture.take());
      call(engine, "{}", gateway("answer"));
      assertTrue(capture.take().get(1).contains(q("'Dimensions':[['Tool']]")));
    }

    @Test
    void theSwitchTurnsThemOff() {
      call(engine("TOOLWRIGHT_METRICS_DISABLED", "true"), "{}", gateway("answer"));
      assertEquals(1, capture.take().size());
      call(engine("POWERTOOLS_METRICS_DISABLED", "True"), "{}", gateway("answer"));
      assertEquals(1, capture.take().size());
      call(engine("TOOLWRIGHT_METRICS_DISABLED", "false"), "{}", gateway("answer"));
      assertEquals(2, capture.take().size());
    }
  }

  @Nested
  class Output {

    @Test
    void offLambdaLinesGoToTheContextsLogger() {
      ToolEngine engine = engine(new Telemetry(JSON, env(), clock, null));
      FakeContext context = gateway("answer");
      call(engine, "{}", context);
      List<String> lines = LogCapture.lines(context.log());
      assertEquals(2, lines.size(), context.log());
      assertTrue(
          lines.get(0).startsWith("{\"level\":\"INFO\",\"message\":\"Tool answer answered ok\""),
          lines.get(0));
      assertTrue(lines.get(1).startsWith("{\"_aws\":"), lines.get(1));
    }

    @Test
    void underALambdaRuntimeLinesGoToStandardOutput() {
      ToolEngine engine =
          engine(new Telemetry(JSON, env("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001"), clock, null));
      FakeContext context = gateway("answer");
      PrintStream stdout = System.out;
      try {
        System.setOut(capture.out);
        call(engine, "{}", context);
      } finally {
        System.setOut(stdout);
      }
      assertEquals("", context.log());
      assertEquals(2, capture.take().size());
    }
  }

  /**
   * Priming runs a made-up invocation through the request path without a trace: no line, no metric,
   * no tool of the user's called; the first real call is still the cold start, and runs on the
   * worker the priming started.
   */
  @Test
  void primingTheRequestPathWritesNothingAndKeepsTheColdStart() {
    List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    ToolDispatcher recording =
        new ToolDispatcher() {
          @Override
          public String toolClassName() {
            return "test.Recording";
          }

          @Override
          public List<String> toolNames() {
            return List.of("thread");
          }

          @Override
          public Object dispatch(String toolName, ToolArguments arguments) {
            threads.add(Thread.currentThread().getName());
            return ToolResult.wrap(Thread.currentThread().getName());
          }
        };
    ToolEngine engine = new ToolEngine(List.of(recording), JSON, 500, telemetry());
    engine.primeRequestPath();
    assertEquals("", capture.text());
    assertEquals(List.of(), threads, "priming calls no tool");
    java.util.Set<String> primedThreads = new java.util.HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      primedThreads.add(thread.getName());
    }

    String answer =
        call(engine, "{}", FakeContext.gateway("t___thread").requestId("r-1").remaining(30_000));
    assertEquals(1, threads.size());
    assertEquals("{\"result\":\"" + threads.get(0) + "\"}", answer);
    assertTrue(threads.get(0).startsWith("toolwright-worker-"), threads.get(0));
    assertTrue(
        primedThreads.contains(threads.get(0)), "the worker priming started: " + threads.get(0));
    List<String> lines = capture.take();
    assertEquals(2, lines.size(), lines::toString);
    assertTrue(lines.get(0).contains(q("'cold_start':true")), lines.get(0));
    assertTrue(lines.get(1).contains(q("'ColdStart':1")), lines.get(1));
  }

  /**
   * A tool's sample call ({@code @Tool(primeWith)}) runs the tool for real while priming, through
   * the whole request path, and writes nothing: no line, no metric, and the first real call is
   * still the cold start. A sample the tool refuses leaves a warning naming the tool and the
   * answer.
   */
  @Test
  void sampleCallsRunTheToolWriteNothingAndKeepTheColdStart() {
    List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    ToolDispatcher sampled =
        new ToolDispatcher() {
          @Override
          public String toolClassName() {
            return "test.Sampled";
          }

          @Override
          public List<String> toolNames() {
            return List.of("echo", "refuse", "unsampled");
          }

          @Override
          public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
            calls.add(toolName);
            if (toolName.equals("refuse")) {
              throw new dev.toolwright.ToolException("no such city");
            }
            return ToolResult.wrap(toolName);
          }

          @Override
          public String primingArguments(String toolName) {
            return toolName.equals("unsampled") ? null : "{\"city\":\"Seattle\"}";
          }
        };
    ToolEngine engine = new ToolEngine(List.of(sampled), JSON, 500, telemetry());
    assertEquals(1, engine.primeSampleCalls(), "echo answered, refuse did not");
    assertEquals(List.of("echo", "refuse"), calls);
    List<String> warnings = capture.take();
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains(q("'level':'WARN'")), warnings.get(0));
    assertTrue(
        warnings
            .get(0)
            .contains(
                "The sample call of refuse (@Tool primeWith) answered TOOL_ERROR: no such city"),
        warnings.get(0));

    String answer =
        call(engine, "{}", FakeContext.gateway("t___echo").requestId("r-1").remaining(30_000));
    assertEquals("{\"result\":\"echo\"}", answer);
    List<String> lines = capture.take();
    assertEquals(2, lines.size(), lines::toString);
    assertTrue(lines.get(0).contains(q("'cold_start':true")), lines.get(0));
    assertTrue(lines.get(1).contains(q("'ColdStart':1")), lines.get(1));
  }

  /**
   * The invocation line written straight into the buffer has the bytes of the same line as
   * key/value pairs ({@link LogLine#json}), for contexts with and without each field, odd values
   * (unicode, escapes, empty strings), every outcome and level, errors, and a buffer reused across
   * invocations (values escaped once and copied after).
   */
  @Test
  void theDirectInvocationLineHasTheBytesOfTheKeyValueLine() throws Exception {
    Telemetry telemetry = telemetry();
    LogBuffer direct = new LogBuffer(16);
    Random random = new Random(3);
    String[] values = {
      null, "", "x", "tools", "é \"quoted\" \\ back\nline\t\u0001 \u2028 \ud83d\ude00 \udc00"
    };
    String[] outcomes = {
      Telemetry.OK,
      Responses.INVALID_ARGUMENTS,
      Responses.TOOL_ERROR,
      Responses.INTERNAL_ERROR,
      Responses.TIMEOUT,
      Responses.UNKNOWN_TOOL
    };
    for (int i = 0; i < 2_000; i++) {
      Context context =
          i % 7 == 0 ? null : FakeContext.gateway("samples___echo").requestId(pick(random, values));
      InvocationLog inv =
          new InvocationLog(
              telemetry,
              context,
              0,
              random.nextBoolean(),
              pick(random, values),
              pick(random, values));
      if (random.nextBoolean()) {
        String tool = pick(random, values);
        String qualified =
            (random.nextBoolean() ? pick(random, values) + "___" : "") + (tool == null ? "" : tool);
        inv.tool(qualified, GatewayContext.stripTarget(qualified), random.nextBoolean());
      }
      inv.targetId = pick(random, values);
      inv.gatewayId = pick(random, values);
      inv.mcpMessageId = pick(random, values);
      inv.gatewayRequestId = pick(random, values);
      inv.error = i % 50 == 0 ? new IllegalStateException(pick(random, values)) : null;
      String outcome = outcomes[random.nextInt(outcomes.length)];
      LogLevel level = LogLevel.values()[random.nextInt(LogLevel.values().length)];
      String message = random.nextBoolean() ? pick(random, values) : "Tool x answered " + outcome;
      long now = (long) (random.nextDouble() * 4_000_000_000_000L);
      long micros = random.nextInt(3) == 0 ? random.nextInt(1000) : random.nextLong() >>> 20;

      LogBuffer expected = new LogBuffer(16);
      telemetry.invocationLogLine(level, message, now, inv, outcome, micros).json(JSON, expected);
      direct.truncate(0);
      telemetry.invocationJson(direct, level, message, now, inv, outcome, micros);
      assertEquals(
          new String(expected.copy(0, expected.size()), StandardCharsets.UTF_8),
          new String(direct.copy(0, direct.size()), StandardCharsets.UTF_8));
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  @Test
  void timestampsAreIsoUtcWithMilliseconds() {
    DateTimeFormatter iso =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    Random random = new Random(42);
    long[] fixed = {
      0, NOW, 951_782_400_000L, 951_868_799_999L, 4_107_542_400_000L, 253_402_300_799_999L, 1, 999
    };
    for (long millis : fixed) {
      assertEquals(iso.format(Instant.ofEpochMilli(millis)), Telemetry.isoTimestamp(millis));
    }
    for (int i = 0; i < 10_000; i++) {
      long millis = (long) (random.nextDouble() * 253_402_300_799_999L);
      assertEquals(iso.format(Instant.ofEpochMilli(millis)), Telemetry.isoTimestamp(millis));
    }
  }
}
