package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.toolwright.ToolDispatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolEngineTest {

  private static final List<String> TOOLS =
      List.of(
          "answer",
          "b___c",
          "big",
          "echo",
          "explode",
          "fail",
          "interrupt_self",
          "length",
          "nothing",
          "place_order",
          "raw_list",
          "recurse",
          "sku",
          "sleep",
          "spin",
          "unwritable",
          "who");

  private final SampleTools tools = new SampleTools();
  private final ToolEngine engine =
      new ToolEngine(List.of(new SampleTools_ToolDispatcher(tools)), new JsonSupport(), 500);

  private byte[] call(String body, Context context) {
    byte[] bytes = Answers.utf8(body.replace('\'', '"'));
    return engine.invoke(bytes, bytes.length, context);
  }

  private byte[] call(String tool, String body) {
    return call(body, FakeContext.gateway("samples___" + tool));
  }

  @Nested
  class Success {

    @Test
    void returnValueAsJson() {
      assertEquals(
          "{\"message\":\"hi\",\"times\":1}",
          Answers.success(call("echo", "{'message':'hi'}")).toString());
      assertEquals(
          "{\"message\":\"7\",\"times\":3}",
          Answers.success(call("echo", "{'message':7,'times':'3'}")).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r ", "null", " null ", "{}"})
    void emptyBodyOrNullIsNoArguments(String body) {
      assertEquals("{\"result\":42}", Answers.success(call("answer", body)).toString());
    }

    @Test
    void voidIsAnEmptyObject() {
      assertEquals("{}", Answers.success(call("nothing", "{}")).toString());
    }

    @Test
    void nestedArgumentsBoundByJackson() {
      JsonNode answer =
          Answers.success(
              call(
                  "place_order",
                  "{'reason':'gift','order':'{\\'id\\':\\'A-1\\',\\'items\\':[{\\'sku\\':\\'X\\',\\'quantity\\':\\'2\\'},"
                      + "{\\'sku\\':\\'Y\\',\\'quantity\\':3.0}]}'}"));
      assertEquals("{\"orderId\":\"A-1\",\"units\":5,\"reason\":\"gift\"}", answer.toString());
    }

    @Test
    void resultsThatJacksonWritesAsNonObjectsAreWrapped() {
      assertEquals("{\"result\":\"BOOK-042\"}", new String(call("sku", "{}")));
      assertEquals("{\"result\":[1,2]}", new String(call("raw_list", "{}")));
    }

    @Test
    void aToolThatInterruptsItselfDoesNotPoisonTheHandlerThread() {
      assertEquals("{\"result\":\"interrupted\"}", new String(call("interrupt_self", "{}")));
      assertFalse(Thread.currentThread().isInterrupted());
      assertEquals(
          "{\"result\":\"slept\"}",
          Answers.success(call("{'millis':1}", FakeContext.gateway("t___sleep").remaining(60_000)))
              .toString());
    }

    @Test
    void withoutADeadlineTheToolRunsOnTheCallingThread() {
      assertEquals(
          "{\"result\":\"slept\"}", Answers.success(call("sleep", "{'millis':1}")).toString());
      assertEquals(
          "{\"result\":\"slept\"}",
          Answers.success(call("{'millis':1}", FakeContext.gateway("t___sleep").remaining(60_000)))
              .toString());
    }
  }

  @Nested
  class ToolNames {

    @Test
    void unknownToolListsTheAvailableTools() {
      JsonNode error = Answers.error(call("nope", "{}"), Responses.UNKNOWN_TOOL);
      assertEquals(
          "Unknown tool \"nope\". Available tools: " + String.join(", ", TOOLS) + ".",
          error.get("message").textValue());
      assertEquals(
          TOOLS.toString(),
          error.get("availableTools").toString().replace("\"", "").replace(",", ", "));
    }

    @Test
    void onlyTheFirstSeparatorIsStripped() {
      assertEquals(
          "{\"result\":\"b___c\"}",
          Answers.success(call("{}", FakeContext.gateway("a___b___c"))).toString());
      Answers.error(call("{}", FakeContext.gateway("a___b")), Responses.UNKNOWN_TOOL);
    }

    @Test
    void aNameWithoutSeparatorIsTheBareToolName() {
      assertEquals(
          "{\"result\":42}", Answers.success(call("{}", FakeContext.gateway("answer"))).toString());
    }

    @Test
    void theToolNameIsCaseSensitive() {
      Answers.error(call("{}", FakeContext.gateway("t___ANSWER")), Responses.UNKNOWN_TOOL);
    }

    @Test
    void missingToolName() {
      Map<String, String> custom = FakeContext.gatewayCustom("x");
      custom.remove("bedrockAgentCoreToolName");
      for (Context context :
          new Context[] {
            FakeContext.withCustom(custom),
            FakeContext.withCustom(Map.of()),
            FakeContext.withCustom(null),
            FakeContext.local(),
            null
          }) {
        String message = Answers.message(call("{}", context), Responses.INVALID_REQUEST);
        assertTrue(
            message.startsWith(
                "No tool name: the gateway sends it in the Lambda client context as"
                    + " bedrockAgentCoreToolName."),
            message);
      }
      Answers.message(call("{}", FakeContext.gateway("")), Responses.INVALID_REQUEST);
    }
  }

  @Nested
  class LocalContext {

    private static final String LOCAL =
        "{'__context__':{'bedrockAgentCoreToolName':'examples___echo',"
            + "'bedrockAgentCoreGatewayId':'local-gw'},'message':'hi'}";

    @Test
    void honouredWithoutAnyClientContext() {
      assertEquals(
          "{\"message\":\"hi\",\"times\":1}",
          Answers.success(call(LOCAL, FakeContext.local())).toString());
      assertEquals(
          "{\"message\":\"hi\",\"times\":1}",
          Answers.success(call(LOCAL, (Context) null)).toString());
    }

    @Test
    void carriesTheOtherKeysAndHeaders() {
      JsonNode who =
          Answers.success(
              call(
                  "{'__context__':{'bedrockAgentCoreToolName':'local___who',"
                      + "'bedrockAgentCoreGatewayId':'local-gw','bedrockAgentCoreMessageVersion':'1.0',"
                      + "'bedrockAgentCorePropagatedHeaders':'{\\'x-tenant\\':\\'acme\\'}'}}",
                  FakeContext.local()));
      assertEquals("local___who", who.get("qualifiedToolName").textValue());
      assertEquals("local", who.get("targetName").textValue());
      assertEquals("local-gw", who.get("gatewayId").textValue());
      assertEquals("{\"x-tenant\":\"acme\"}", who.get("headers").toString());
    }

    @Test
    void withAClientContextItIsAnUnknownArgument() {
      String message =
          Answers.message(
              call(LOCAL, FakeContext.gateway("t___echo")), Responses.INVALID_ARGUMENTS);
      assertEquals("Unknown argument '__context__'; expected one of: message, times.", message);
    }

    @Test
    void itCannotRenameTheToolTheGatewayNamed() {
      String body = "{'__context__':{'bedrockAgentCoreToolName':'t___explode'}}";
      Answers.error(call(body, FakeContext.gateway("t___answer")), Responses.INVALID_ARGUMENTS);
    }

    @Test
    void aClientContextWithoutCustomKeysIsStillAClientContext() {
      Answers.error(call(LOCAL, FakeContext.withCustom(null)), Responses.INVALID_REQUEST);
      Answers.error(call(LOCAL, FakeContext.withCustom(Map.of())), Responses.INVALID_REQUEST);
    }

    @Test
    void notAnObject() {
      Answers.error(
          call("{'__context__':'examples___echo','message':'hi'}", FakeContext.local()),
          Responses.INVALID_REQUEST);
    }
  }

  @Nested
  class GatewayKeys {

    private JsonNode who(Map<String, String> custom) {
      return Answers.success(call("{}", FakeContext.withCustom(custom)));
    }

    @Test
    void everyKeyReachesTheTool() {
      Map<String, String> custom = FakeContext.gatewayCustom("examples___who");
      custom.put(
          "bedrockAgentCorePropagatedHeaders", "{\"X-Tenant\":\"acme\",\"x-trace\":\"t-1\"}");
      assertEquals(
          "{\"qualifiedToolName\":\"examples___who\",\"targetName\":\"examples\",\"toolName\":\"who\","
              + "\"gatewayId\":\"gw-123-abcdefghij\",\"targetId\":\"TARGET1234\",\"mcpMessageId\":\"42\","
              + "\"gatewayRequestId\":\"gw-req-1\",\"messageVersion\":\"1.0\","
              + "\"headers\":{\"X-Tenant\":\"acme\",\"x-trace\":\"t-1\"}}",
          who(custom).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "[1]", "{\"a\":{\"b\":1}}"})
    void malformedPropagatedHeadersAreIgnored(String headers) {
      Map<String, String> custom = FakeContext.gatewayCustom("examples___who");
      custom.put("bedrockAgentCorePropagatedHeaders", headers);
      assertEquals("{}", who(custom).get("headers").toString());
    }

    @Test
    void absentPropagatedHeaders() {
      assertEquals(
          "{}", who(FakeContext.gatewayCustom("examples___who")).get("headers").toString());
    }
  }

  @Nested
  class Errors {

    @Test
    void invalidArgumentsWithPaths() {
      String message =
          Answers.message(
              call(
                  "place_order",
                  "{'order':{'id':'A','items':[{'sku':'a','quantity':1},{'sku':'b','quantity':2},{'sku':'c','quantity':'two'}]}}"),
              Responses.INVALID_ARGUMENTS);
      assertEquals(
          "Missing required argument 'reason'. Invalid argument 'order.items[2].quantity': expected integer,"
              + " got \"two\".",
          message);
    }

    @Test
    void toolExceptionWithoutRetryable() {
      FakeContext context = FakeContext.gateway("t___fail");
      JsonNode error = Answers.error(call("{}", context), Responses.TOOL_ERROR);
      assertEquals(
          "Order X-1 does not exist; use search_orders to find it.",
          error.get("message").textValue());
      assertFalse(error.get("retryable").booleanValue());
      assertFalse(error.has("requestId"));
      // a ToolException without a cause is the agent's business: the invocation's line says so,
      // with no error details
      JsonNode line = LogCapture.invocationLine(context.log());
      assertEquals("TOOL_ERROR", line.get("outcome").textValue());
      assertFalse(line.has("error"), line::toString);
    }

    @Test
    void toolExceptionRetryable() {
      JsonNode error = Answers.error(call("fail", "{'retryable':true}"), Responses.TOOL_ERROR);
      assertEquals(
          "The inventory service is busy; try again in a minute.",
          error.get("message").textValue());
      assertTrue(error.get("retryable").booleanValue());
    }

    @Test
    void toolExceptionCauseGoesOnlyToTheLog() {
      FakeContext context = FakeContext.gateway("t___fail");
      byte[] answer = call("{'retryable':'true','withCause':true}", context);
      JsonNode error = Answers.error(answer, Responses.TOOL_ERROR);
      assertTrue(error.get("retryable").booleanValue());
      assertFalse(new String(answer).contains("inventory.internal"));
      assertTrue(
          context
              .log()
              .contains("java.io.IOException: inventory.internal:8443 refused the connection"),
          context.log());
    }

    @Test
    void otherExceptionsAreMasked() {
      FakeContext context = FakeContext.gateway("t___explode").requestId("c0ffee-1");
      byte[] answer = call("{}", context);
      String text = new String(answer);
      JsonNode error = Answers.error(answer, Responses.INTERNAL_ERROR);
      assertEquals(
          "The tool explode failed unexpectedly. Report correlation id c0ffee-1 to the tool's owner.",
          error.get("message").textValue());
      assertEquals("c0ffee-1", error.get("requestId").textValue());
      for (String leak :
          List.of(
              "IllegalStateException",
              "hunter2",
              "password",
              "db.internal",
              "IOException",
              "java.",
              "dev.toolwright",
              "\tat ",
              "Caused by")) {
        assertFalse(text.contains(leak), () -> "the answer leaks '" + leak + "': " + text);
      }
      String log = context.log();
      assertTrue(log.contains("c0ffee-1"), log);
      assertTrue(
          log.contains("java.lang.IllegalStateException: database password=hunter2 rejected"), log);
      String stack = LogCapture.invocationLine(log).get("error").get("stack").textValue();
      assertTrue(stack.contains("\tat dev.toolwright.internal.SampleTools.explode"), stack);
      assertTrue(
          log.contains("Caused by: java.io.IOException: connection refused to db.internal:5432"),
          log);
    }

    @Test
    void unwritableResultsAreMasked() {
      FakeContext context = FakeContext.gateway("t___unwritable");
      byte[] answer = call("{}", context);
      Answers.error(answer, Responses.INTERNAL_ERROR);
      assertFalse(new String(answer).contains("s3cr3t"));
      assertTrue(context.log().contains("its result could not be written as JSON"), context.log());
      assertTrue(context.log().contains("s3cr3t"), context.log());
    }

    @Test
    void resultsLargerThanALambdaResponseAreMasked() {
      FakeContext context = FakeContext.gateway("t___big").requestId("big-1");
      JsonNode error = Answers.error(call("{'megabytes':7}", context), Responses.INTERNAL_ERROR);
      assertEquals("big-1", error.get("requestId").textValue());
      assertTrue(
          context
              .log()
              .contains(
                  "its result has 7340045 bytes, more than the 6291456 bytes a Lambda response"
                      + " may have"),
          context.log());
      assertEquals(
          5 * 1024 * 1024 + "{'result':''}".length(),
          call("{'megabytes':5}", FakeContext.gateway("t___big")).length);
    }

    @Test
    void errorsAreMaskedAndTheEngineKeepsServing() {
      Answers.error(call("recurse", "{}"), Responses.INTERNAL_ERROR);
      Answers.error(
          call("{}", FakeContext.gateway("t___recurse").remaining(60_000)),
          Responses.INTERNAL_ERROR);
      assertEquals("{\"result\":42}", Answers.success(call("answer", "{}")).toString());
    }

    @Test
    void withoutARequestId() {
      JsonNode error =
          Answers.error(
              call("{'__context__':{'bedrockAgentCoreToolName':'explode'}}", (Context) null),
              Responses.INTERNAL_ERROR);
      assertEquals("unavailable", error.get("requestId").textValue());
    }
  }

  @Nested
  class Deadline {

    @Test
    void aToolPastTheDeadlineAnswersTimeoutAndTheEngineKeepsServing() {
      FakeContext context = FakeContext.gateway("t___sleep").remaining(700);
      long start = System.nanoTime();
      JsonNode error = Answers.error(call("{'millis':10000}", context), Responses.TIMEOUT);
      long tookMillis = (System.nanoTime() - start) / 1_000_000;
      // the budget is about 200 ms (700 ms left less the 500 ms margin); allow for a busy machine
      assertTrue(
          tookMillis >= 150 && tookMillis < 2_000, () -> "answered after " + tookMillis + " ms");
      assertEquals(
          "The tool sleep did not finish in time. Try again with a smaller request, or later.",
          error.get("message").textValue());
      assertTrue(error.get("retryable").booleanValue());
      assertTrue(context.log().contains("Tool sleep did not finish within"), context.log());

      assertEquals(
          "{\"message\":\"next\",\"times\":1}",
          Answers.success(
                  call("{'message':'next'}", FakeContext.gateway("t___echo").remaining(700)))
              .toString());
    }

    @Test
    void theDeadlineCoversWritingTheResult() {
      ToolDispatcher slowWriter =
          new ToolDispatcher() {
            @Override
            public String toolClassName() {
              return "com.example.Slow";
            }

            @Override
            public List<String> toolNames() {
              return List.of("slow_result");
            }

            @Override
            public Object dispatch(String toolName, ToolArguments arguments) {
              return ToolResult.wrap("x");
            }

            @Override
            public boolean writeResult(String toolName, Object result, JsonOut out)
                throws java.io.IOException {
              try {
                Thread.sleep(5_000); // a result whose writing takes longer than the call may
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              out.string("late");
              return true;
            }
          };
      ToolEngine slow = new ToolEngine(List.of(slowWriter), new JsonSupport(), 500);
      long start = System.nanoTime();
      byte[] body = Answers.utf8("{}");
      byte[] answer =
          slow.invoke(body, body.length, FakeContext.gateway("t___slow_result").remaining(700));
      assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000);
      Answers.error(answer, Responses.TIMEOUT);
    }

    @Test
    void aToolThatIgnoresInterruptsDoesNotBlockTheNextRequest() {
      long start = System.nanoTime();
      Answers.error(
          call("{'millis':3000}", FakeContext.gateway("t___spin").remaining(600)),
          Responses.TIMEOUT);
      assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000);
      assertEquals(
          "{\"result\":42}",
          Answers.success(call("{}", FakeContext.gateway("t___answer").remaining(600))).toString());
      assertFalse(tools.spinFinished.get(), "the stuck tool is still running in the background");
    }

    @Test
    void aMarginLargerThanTheRemainingTimeStillAnswers() {
      ToolEngine strict =
          new ToolEngine(List.of(new SampleTools_ToolDispatcher()), new JsonSupport(), 5_000);
      byte[] body = Answers.utf8("{\"millis\":2000}");
      Answers.error(
          strict.invoke(body, body.length, FakeContext.gateway("t___sleep").remaining(1_000)),
          Responses.TIMEOUT);
    }

    @Test
    void fastToolsFinishWithinTheBudget() {
      assertEquals(
          "{\"result\":\"slept\"}",
          Answers.success(call("{'millis':20}", FakeContext.gateway("t___sleep").remaining(700)))
              .toString());
    }
  }

  @Nested
  class Construction {

    @Test
    void needsADispatcher() {
      assertThrows(
          IllegalArgumentException.class, () -> new ToolEngine(List.of(), new JsonSupport(), 500));
    }

    @Test
    void toolNamesMustBeUnique() {
      ToolDispatcher other =
          new ToolDispatcher() {
            @Override
            public String toolClassName() {
              return "com.example.Other";
            }

            @Override
            public List<String> toolNames() {
              return List.of("zeta", "echo");
            }

            @Override
            public Object dispatch(String toolName, ToolArguments arguments) {
              return null;
            }
          };
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new ToolEngine(
                      List.of(new SampleTools_ToolDispatcher(), other), new JsonSupport(), 500));
      assertEquals(
          "Tool name \"echo\" is served by both dev.toolwright.internal.SampleTools and com.example.Other;"
              + " rename one with @Tool(name = ...)",
          e.getMessage());
    }

    @Test
    void aDispatcherOfAnotherRuntimeVersionFailsInitInOneSentence() {
      ToolDispatcher old =
          new ToolDispatcher() {
            @Override
            public String toolClassName() {
              return "com.example.Old";
            }

            @Override
            public List<String> toolNames() {
              return List.of("old");
            }

            @Override
            public Object dispatch(String toolName, ToolArguments arguments) {
              return null;
            }

            @Override
            public int abiVersion() {
              return Abi.VERSION + 1;
            }
          };
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> new ToolEngine(List.of(old), new JsonSupport(), 500));
      assertTrue(
          e.getMessage()
              .contains(
                  "was generated for Toolwright runtime interface version "
                      + (Abi.VERSION + 1)
                      + ", but this toolwright-framework speaks version "
                      + Abi.VERSION),
          e.getMessage());
      assertTrue(
          e.getMessage().endsWith("same Toolwright release as the framework jar."), e.getMessage());
    }

    @Test
    void aFatalJvmErrorIsAnsweredThenRethrown() throws Exception {
      ToolDispatcher oom =
          new ToolDispatcher() {
            @Override
            public String toolClassName() {
              return "com.example.Oom";
            }

            @Override
            public List<String> toolNames() {
              return List.of("oom", "deep");
            }

            @Override
            public Object dispatch(String toolName, ToolArguments arguments) {
              if (toolName.equals("deep")) {
                throw new StackOverflowError();
              }
              throw new OutOfMemoryError("Java heap space");
            }
          };
      ToolEngine engine = new ToolEngine(List.of(oom), new JsonSupport(), 500);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      OutOfMemoryError e =
          assertThrows(
              OutOfMemoryError.class,
              () ->
                  engine.handle(
                      new java.io.ByteArrayInputStream(Answers.utf8("{}")),
                      out,
                      FakeContext.gateway("t___oom")));
      assertEquals("Java heap space", e.getMessage());
      Answers.error(out.toByteArray(), Responses.INTERNAL_ERROR);
      // a stack overflow is the tool's bug, not the JVM's: answered, and the environment keeps
      // serving
      java.io.ByteArrayOutputStream deep = new java.io.ByteArrayOutputStream();
      engine.handle(
          new java.io.ByteArrayInputStream(Answers.utf8("{}")),
          deep,
          FakeContext.gateway("t___deep"));
      Answers.error(deep.toByteArray(), Responses.INTERNAL_ERROR);
    }

    @Test
    void toolNamesAreSortedAcrossDispatchers() {
      ToolDispatcher other =
          new ToolDispatcher() {
            @Override
            public String toolClassName() {
              return "com.example.Other";
            }

            @Override
            public List<String> toolNames() {
              return List.of("zeta", "alpha");
            }

            @Override
            public Object dispatch(String toolName, ToolArguments arguments) {
              return null;
            }
          };
      ToolEngine both =
          new ToolEngine(List.of(other, new SampleTools_ToolDispatcher()), new JsonSupport(), 500);
      assertEquals("alpha", both.toolNames().get(0));
      assertEquals("zeta", both.toolNames().get(both.toolNames().size() - 1));
      byte[] body = Answers.utf8("{}");
      assertEquals(
          "{}", Answers.success(both.invoke(body, 2, FakeContext.gateway("t___zeta"))).toString());
    }

    @Test
    void defaultMargin() {
      if (System.getenv(ToolEngine.TIMEOUT_MARGIN_ENV) == null) {
        assertEquals(500, ToolEngine.timeoutMarginFromEnvironment());
      }
    }
  }
}
