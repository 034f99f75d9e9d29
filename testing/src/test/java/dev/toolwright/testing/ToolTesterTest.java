package dev.toolwright.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolHandler;
import dev.toolwright.emulation.AgentResult;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.testing.fixture.KitHandler;
import dev.toolwright.testing.fixture.Point;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ToolTesterTest {

  private static final ToolTester tester = ToolTester.forHandler(new KitHandler()).target("kit");

  @Test
  void wrappedResult_fromMapArguments() {
    ToolResponse response =
        tester
            .call("repeat", Map.of("text", "ab", "times", 3))
            .assertOk()
            .assertResult("ababab")
            .assertJson("{\"result\": \"ababab\"}")
            .assertAgentText("{\"result\":\"ababab\"}");
    assertEquals("ababab", response.resultAs(String.class));
  }

  @Test
  void argumentsAsJsonStringOrRecord() {
    tester.call("sum", "{\"values\": [1, 2.5]}").assertResult(3.5);
    // move lists an outputSchema, so its answer is asserted as a strict client under from-answer
    // reads it
    tester
        .profile(EmulationProfile.parse("structured-content=from-answer"))
        .call("move", Map.of("point", new Point(1, 2, Optional.of("p")), "dx", 2))
        .assertJson("{\"x\": 3, \"y\": 2, \"label\": \"p\"}");
  }

  @Test
  void numbersCompareByValue() {
    tester
        .call("sum", Map.of("values", List.of(1, 2)))
        .assertResult(3)
        .assertJson("{\"result\": 3.00}");
  }

  @Test
  void bindsTheAnswer() {
    Point moved = tester.call("move", Map.of("point", Map.of("x", 0, "y", 0))).as(Point.class);
    assertEquals(new Point(1, 0, Optional.empty()), moved);
    Map<String, Object> raw =
        tester
            .call("move", Map.of("point", Map.of("x", 0, "y", 0)))
            .as(new TypeReference<Map<String, Object>>() {});
    assertEquals(Map.of("x", 1, "y", 0), raw);
  }

  @Test
  void voidToolAnswersEmptyObject() {
    tester.call("nothing").assertOk().assertJson("{}").assertAgentText("{}");
  }

  @Test
  void toolError_isReadableByTheAgent() {
    ToolResponse response =
        tester
            .call("fail", Map.of("message", "Try again with a smaller order."))
            .assertError("TOOL_ERROR")
            .assertErrorMessage("Try again with a smaller order.")
            .assertErrorMessageContains("smaller")
            .assertAgentTextContains("\"code\":\"TOOL_ERROR\"");
    assertTrue(response.isError());
    assertEquals("TOOL_ERROR", response.errorCode());
  }

  @Test
  void otherExceptions_areMaskedAndLogged() {
    ToolResponse response = tester.call("crash").assertError("INTERNAL_ERROR");
    assertTrue(!response.text().contains("secret detail"), response.text());
    assertTrue(response.logs().contains("secret detail"), response.logs());
  }

  @Test
  void schemaCheck_rejectsWhatTheGatewayWould() {
    AssertionFailedError missing =
        assertThrows(AssertionFailedError.class, () -> tester.call("repeat", Map.of("text", "a")));
    assertTrue(
        missing.getMessage().contains("The gateway would reject these arguments for repeat"),
        missing.getMessage());
    assertTrue(missing.getMessage().contains("'times' is required"), missing.getMessage());

    AssertionFailedError fraction =
        assertThrows(
            AssertionFailedError.class,
            () -> tester.call("repeat", Map.of("text", "a", "times", 2.5)));
    assertTrue(
        fraction.getMessage().contains("'times' must be an integer, got the number 2.5"),
        fraction.getMessage());

    AssertionFailedError nested =
        assertThrows(
            AssertionFailedError.class, () -> tester.call("move", "{\"point\": {\"x\": \"1\"}}"));
    assertTrue(
        nested
            .getMessage()
            .contains("'point.x' must be an integer, got the string \"1\"; 'point.y' is required"),
        nested.getMessage());

    AssertionFailedError item =
        assertThrows(
            AssertionFailedError.class,
            () -> tester.call("sum", Map.of("values", List.of(1, "two"))));
    assertTrue(item.getMessage().contains("'values[1]' must be a number"), item.getMessage());
  }

  @Test
  void schemaCheck_acceptsIntegralNumbersForIntegers() {
    tester.call("repeat", "{\"text\": \"a\", \"times\": 2.0}").assertResult("aa");
  }

  @Test
  void skipSchemaCheck_letsTheLambdaAnswer() {
    tester
        .skipSchemaCheck()
        .call("repeat", Map.of("text", "a"))
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessage("Missing required argument 'times'.");
    tester.skipSchemaCheck().call("repeat", "{\"text\": ").assertError("INVALID_REQUEST");
    tester.skipSchemaCheck().call("no_such_tool").assertError("UNKNOWN_TOOL");
  }

  @Test
  void unknownTool_failsTheSchemaCheck() {
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> tester.call("no_such_tool"));
    assertTrue(e.getMessage().contains("No tool \"no_such_tool\""), e.getMessage());
  }

  @Test
  void malformedJson_failsTheSchemaCheck() {
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> tester.call("repeat", "{\"text\": "));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void gatewayContextReachesTheTool() {
    Map<String, String> seen =
        tester
            .withContext(c -> c.propagatedHeader("X-Tenant", "acme").gatewayId("gw-1234567890"))
            .call("whoami")
            .as(new TypeReference<Map<String, String>>() {});
    assertEquals("kit___whoami", seen.get("qualifiedToolName"));
    assertEquals("kit", seen.get("targetName"));
    assertEquals("1.0", seen.get("messageVersion"));
    assertEquals("gw-1234567890", seen.get("gatewayId"));
    assertEquals("acme", seen.get("tenant"));
    assertTrue(!seen.get("mcpMessageId").isEmpty());
  }

  @Test
  void failedAssertions_showWhatTheAgentSees() {
    ToolResponse ok = tester.call("repeat", Map.of("text", "a", "times", 1));
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ok.assertError("TOOL_ERROR"));
    assertTrue(e.getMessage().contains("The agent sees: {\"result\":\"a\"}"), e.getMessage());
    AssertionFailedError diff =
        assertThrows(AssertionFailedError.class, () -> ok.assertResult("b"));
    assertEquals("\"b\"", diff.getExpected().getStringRepresentation());
    AssertionFailedError notOk =
        assertThrows(
            AssertionFailedError.class,
            () -> tester.call("fail", Map.of("message", "No.")).assertOk());
    assertTrue(notOk.getMessage().contains("it answered TOOL_ERROR: No."), notOk.getMessage());
    assertThrows(AssertionFailedError.class, () -> ok.assertJson("{\"result\": \"b\"}"));
    assertThrows(AssertionFailedError.class, () -> ok.assertAgentTextContains("zzz"));
  }

  @Test
  void deadline_comesFromTheContext() {
    tester.withContext(c -> c.timeout(Duration.ofSeconds(5))).call("nothing").assertOk();
  }

  @Test
  void handlerWithoutSchema_failsLoudly() {
    ToolDispatcher unlisted =
        new ToolDispatcher() {
          @Override
          public String toolClassName() {
            return "example.Unlisted";
          }

          @Override
          public List<String> toolNames() {
            return List.of("unlisted");
          }

          @Override
          public Object dispatch(String toolName, ToolArguments arguments) {
            return Map.of();
          }
        };
    ToolTester broken = ToolTester.forHandler(new ToolHandler(unlisted));
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> broken.call("unlisted"));
    assertTrue(
        e.getMessage().contains("serves unlisted but no META-INF/toolwright/tool-schema.json"),
        e.getMessage());
    assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
    broken.skipSchemaCheck().call("unlisted").assertJson("{}");
  }

  @Test
  void handlerThatThrows_isAFunctionError() {
    ToolTester throwing =
        ToolTester.forHandler(
                (in, out, context) -> {
                  throw new IllegalStateException("boom");
                })
            .skipSchemaCheck();
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> throwing.call("anything"));
    assertTrue(e.getMessage().contains("function error"), e.getMessage());
  }

  @Test
  void invalidTargetName_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> tester.target("my_target"));
  }

  @Test
  void profile_byDefault_anOutputSchemaWithoutStructuredContentFailsAssertOk() {
    // move lists an outputSchema; under structured-content=absent a strict MCP client rejects the
    // result
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () -> tester.call("move", Map.of("point", Map.of("x", 0, "y", 0))).assertOk());
    assertTrue(
        failure
            .getMessage()
            .contains("Tool move has an output schema but did not return structured content"),
        failure.getMessage());
    assertTrue(
        failure.getMessage().contains("structured-content=from-answer"), failure.getMessage());
    AgentResult result = tester.call("move", Map.of("point", Map.of("x", 0, "y", 0))).agentResult();
    assertFalse(result.isError());
    assertEquals("{\"x\":1,\"y\":0}", result.text());
    assertTrue(result.structured().isEmpty());
  }

  @Test
  void profile_structuredContentFromAnswer_passesAndCarriesTheAnswer() {
    ToolTester structured =
        tester.profile(
            EmulationProfile.DEFAULT.with(EmulationProfile.StructuredContent.FROM_ANSWER));
    ToolResponse response =
        structured.call("move", Map.of("point", Map.of("x", 0, "y", 0))).assertOk();
    assertEquals(1, response.agentResult().structuredContent().path("x").intValue());
    // a tool without an outputSchema never gets structuredContent
    assertTrue(
        structured
            .call("repeat", Map.of("text", "a", "times", 1))
            .agentResult()
            .structured()
            .isEmpty());
  }

  @Test
  void profile_errorAnswers_textByDefault_toolErrorOnRequest() {
    ToolResponse failed = tester.call("fail", Map.of("message", "no"));
    assertFalse(
        failed.agentResult().isError(),
        "an isError answer reaches the agent as plain text by default");
    assertTrue(failed.agentResult().text().contains("\"isError\":true"));
    ToolResponse mapped =
        tester
            .profile(EmulationProfile.parse("error-answers=tool-error"))
            .call("fail", Map.of("message", "no"));
    assertTrue(mapped.agentResult().isError());
  }

  @Test
  void profile_propagatedValuesAsObjects_failBeforeTheHandler() {
    ToolTester withHeader = tester.withContext(c -> c.propagatedHeader("X-Tenant", "acme"));
    withHeader.call("whoami").assertOk();
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () ->
                withHeader
                    .profile(EmulationProfile.parse("propagated-values=object"))
                    .call("whoami"));
    assertTrue(failure.getMessage().contains("aws-lambda-java-libs#212"), failure.getMessage());
    assertTrue(
        failure.getMessage().contains("An internal error occurred. Please retry later."),
        failure.getMessage());
  }

  @Test
  void profile_schemaViolationsRejected_namesTheProblems() {
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () ->
                tester
                    .profile(EmulationProfile.parse("schema-violations=reject"))
                    .call("sum", "{\"values\": \"1\"}"));
    assertTrue(failure.getMessage().contains("'values' must be an array"), failure.getMessage());
  }
}
