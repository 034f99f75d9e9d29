package dev.toolwright.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.toolwright.emulation.AgentResult;
import dev.toolwright.emulation.GatewayEmulation;
import dev.toolwright.emulation.ToolSchemas;
import dev.toolwright.gateway.LambdaAnswers;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * What a tool Lambda answered to one call, with fluent assertions. {@link #text()} is exactly what
 * the agent reads: the gateway passes the whole JSON body on as the text content of the MCP result.
 * Errors follow the response contract, {@code {"isError": true, "error": {"code": …, "message":
 * …}}}; {@link #errorCode()} and {@link #errorMessage()} read them.
 *
 * <pre>{@code
 * tester.call("lookup_order", Map.of("orderId", "A-9999"))
 *     .assertError("TOOL_ERROR")
 *     .assertErrorMessage("Order A-9999 does not exist. Check the id, or use search_orders to find it.");
 * }</pre>
 *
 * <p>Every assertion returns {@code this} and fails with an {@link AssertionFailedError} whose
 * message holds everything a CI log needs: the expected and actual values (for JSON, each path that
 * differs, with both values) and the text the agent sees. The expected and actual values are also
 * attached, for an IDE's diff view.
 */
public final class ToolResponse {

  private final String tool;
  private final String text;
  private final ObjectMapper mapper;

  /**
   * The gateway the call went through; null when the schema check was skipped (a direct
   * invocation).
   */
  private final GatewayEmulation gateway;

  private final String logs;
  private JsonNode json;

  ToolResponse(
      String tool, String text, ObjectMapper mapper, GatewayEmulation gateway, String logs) {
    this.tool = tool;
    this.text = text;
    this.mapper = mapper;
    this.gateway = gateway;
    this.logs = logs;
  }

  /** The tool that was called, without the target prefix. */
  public String tool() {
    return tool;
  }

  /** The exact text the agent sees: the Lambda's whole response body. */
  public String text() {
    return text;
  }

  /**
   * The response body as a JSON tree. Fails when it is not valid JSON (the gateway could not parse
   * it).
   */
  public JsonNode json() {
    if (json == null) {
      try {
        json = mapper.readTree(text);
      } catch (JsonProcessingException e) {
        throw failure(
            "The answer of "
                + tool
                + " is not valid JSON, which the gateway cannot pass on: "
                + e.getOriginalMessage());
      }
    }
    return json;
  }

  /** The response body bound to a type, e.g. a record the tool returns. */
  public <T> T as(Class<T> type) {
    json();
    return bind(mapper.readerFor(type), type.getName());
  }

  /**
   * The response body bound to a generic type, e.g. {@code new TypeReference<Map<String, Object>>()
   * {}}.
   */
  public <T> T as(TypeReference<T> type) {
    json();
    return bind(mapper.readerFor(type), type.getType().getTypeName());
  }

  /**
   * The value of a wrapped answer, {@code {"result": value}}, bound to a type; fails on an error.
   */
  public <T> T resultAs(Class<T> type) {
    wrappedResult();
    return bind(mapper.readerFor(type).at("/" + LambdaAnswers.RESULT), type.getName());
  }

  /** Whether the answer is an error object of the response contract. */
  public boolean isError() {
    return GatewayEmulation.isErrorAnswer(json());
  }

  /** The error code, e.g. {@code INVALID_ARGUMENTS}, or null when the call succeeded. */
  public String errorCode() {
    return isError()
        ? json().path(LambdaAnswers.ERROR).path(LambdaAnswers.CODE).asText(null)
        : null;
  }

  /** The error message the agent reads, or null when the call succeeded. */
  public String errorMessage() {
    return isError()
        ? json().path(LambdaAnswers.ERROR).path(LambdaAnswers.MESSAGE).asText(null)
        : null;
  }

  /**
   * What the agent's MCP client gets from this answer, as the gateway would pass it on under the
   * tester's {@link dev.toolwright.gateway.EmulationProfile} ({@link ToolTester#profile}).
   *
   * @throws IllegalStateException after {@link ToolTester#skipSchemaCheck()}: the call did not go
   *     through the gateway
   */
  public AgentResult agentResult() {
    if (gateway == null) {
      throw new IllegalStateException(
          "The call of "
              + tool
              + " skipped the gateway (skipSchemaCheck()), so there is"
              + " no MCP result to show");
    }
    return gateway.answer(tool, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** What the handler logged through {@code context.getLogger()} during the call. */
  public String logs() {
    return logs;
  }

  /**
   * Asserts the call succeeded. When the schema check is on and the tool lists an {@code
   * outputSchema}, also asserts that the answer conforms to it and that a strict MCP client (the
   * TypeScript SDK, the Python SDK from 1.24, the MCP Inspector) accepts the result the gateway
   * would pass on under the tester's profile: with {@code structured-content=absent}, the default,
   * it does not, because the result then carries no {@code structuredContent}.
   */
  public ToolResponse assertOk() {
    if (isError()) {
      throw failure(
          "Expected "
              + tool
              + " to succeed, but it answered "
              + errorCode()
              + ": "
              + errorMessage());
    }
    if (!json().isObject()) {
      throw failure(
          "Expected " + tool + " to answer a JSON object, as the gateway's outputSchema requires");
    }
    if (gateway != null && gateway.schemas().tool(tool).isPresent()) {
      List<String> problems = gateway.schemas().checkResult(tool, json());
      if (!problems.isEmpty()) {
        throw failure(
            "The answer of "
                + tool
                + " does not match its outputSchema in "
                + ToolSchemas.RESOURCE
                + ": "
                + String.join("; ", problems));
      }
      gateway
          .strictClientObjection(tool, agentResult())
          .ifPresent(
              objection -> {
                throw failure(
                    objection
                        + ". Whether the gateway adds structuredContent for Lambda targets is"
                        + " undocumented. Either stop listing the outputSchema (drop @Tool(outputSchema = true) or"
                        + " -Atoolwright.outputSchema=true), or test under the other reading: ToolTester.profile("
                        + "EmulationProfile.DEFAULT.with(StructuredContent.FROM_ANSWER)) or"
                        + " -Dtoolwright.gateway.profile=structured-content=from-answer");
              });
    }
    return this;
  }

  /**
   * Asserts the call succeeded and the body equals this JSON (key order and number notation aside).
   */
  public ToolResponse assertJson(String expectedJson) {
    JsonNode expected;
    try {
      expected = mapper.readTree(expectedJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The expected JSON is not valid: " + e.getOriginalMessage(), e);
    }
    assertOk();
    List<String> differences = JsonDiff.differences(expected, json(), "$");
    if (!differences.isEmpty()) {
      throw new AssertionFailedError(
          withAgentText(
              "The answer of "
                  + tool
                  + " differs from the expected JSON at "
                  + paths(differences)
                  + ":\n  "
                  + String.join("\n  ", differences)),
          pretty(expected),
          pretty(json()));
    }
    return this;
  }

  /**
   * Asserts the call succeeded with a wrapped answer {@code {"result": value}} (what tools that
   * return strings, numbers, lists or {@code Optional} send) whose value equals {@code expected}
   * written as JSON: a {@code String} is a JSON string, a {@code List} an array, and so on.
   */
  public ToolResponse assertResult(Object expected) {
    JsonNode actual = wrappedResult();
    JsonNode wanted =
        expected instanceof JsonNode ? (JsonNode) expected : mapper.valueToTree(expected);
    List<String> differences = JsonDiff.differences(wanted, actual, "$.result");
    if (!differences.isEmpty()) {
      throw new AssertionFailedError(
          withAgentText(
              "The result of "
                  + tool
                  + " differs at "
                  + paths(differences)
                  + ":\n  "
                  + String.join("\n  ", differences)),
          pretty(wanted),
          pretty(actual));
    }
    return this;
  }

  /** Asserts the answer is an error with this code, e.g. {@code "INVALID_ARGUMENTS"}. */
  public ToolResponse assertError(String expectedCode) {
    if (!isError()) {
      throw failure(
          "Expected " + tool + " to answer the error " + expectedCode + ", but it succeeded");
    }
    if (!expectedCode.equals(errorCode())) {
      throw new AssertionFailedError(
          "Expected "
              + tool
              + " to answer the error "
              + expectedCode
              + ", but it answered "
              + errorCode()
              + ": "
              + errorMessage(),
          expectedCode,
          errorCode());
    }
    return this;
  }

  /** Asserts the answer is an error whose message is exactly this text. */
  public ToolResponse assertErrorMessage(String expectedMessage) {
    requireError(expectedMessage);
    if (!expectedMessage.equals(errorMessage())) {
      throw new AssertionFailedError(
          "The error message of "
              + tool
              + " differs"
              + firstDifference(expectedMessage, errorMessage())
              + ":\n  expected: "
              + quote(expectedMessage)
              + "\n  got:      "
              + quote(errorMessage())
              + " (code "
              + errorCode()
              + ")",
          expectedMessage,
          errorMessage());
    }
    return this;
  }

  /** Asserts the answer is an error whose message contains this text. */
  public ToolResponse assertErrorMessageContains(String fragment) {
    requireError(fragment);
    if (errorMessage() == null || !errorMessage().contains(fragment)) {
      throw new AssertionFailedError(
          "Expected the error message of "
              + tool
              + " to contain "
              + quote(fragment)
              + ":\n  got: "
              + quote(errorMessage())
              + " (code "
              + errorCode()
              + ")",
          fragment,
          errorMessage());
    }
    return this;
  }

  /** Asserts the text the agent sees (the whole body) is exactly this. */
  public ToolResponse assertAgentText(String expectedText) {
    if (!expectedText.equals(text)) {
      throw new AssertionFailedError(
          "The text the agent sees from "
              + tool
              + " differs"
              + firstDifference(expectedText, text)
              + ":\n  expected: "
              + quote(expectedText)
              + "\n  got:      "
              + quote(text),
          expectedText,
          text);
    }
    return this;
  }

  /** Asserts the text the agent sees (the whole body) contains this. */
  public ToolResponse assertAgentTextContains(String fragment) {
    if (!text.contains(fragment)) {
      throw failure(
          "Expected the text the agent sees from " + tool + " to contain \"" + fragment + "\"");
    }
    return this;
  }

  @Override
  public String toString() {
    return tool + " → " + text;
  }

  private void requireError(String expected) {
    if (!isError()) {
      throw failure(
          "Expected " + tool + " to answer an error with \"" + expected + "\", but it succeeded");
    }
  }

  private JsonNode wrappedResult() {
    assertOk();
    JsonNode body = json();
    if (body.size() != 1 || !body.has(LambdaAnswers.RESULT)) {
      throw failure(
          "Expected "
              + tool
              + " to answer a wrapped {\"result\": …}; records, POJOs and maps are sent"
              + " unwrapped, so use assertJson or as(Class) for them");
    }
    return body.get(LambdaAnswers.RESULT);
  }

  /** Binds from the text, not the tree, so that decimals keep their scale. */
  private <T> T bind(ObjectReader reader, String typeName) {
    try {
      return reader.readValue(text);
    } catch (JsonProcessingException e) {
      throw failure(
          "Cannot read the answer of " + tool + " as " + typeName + ": " + e.getOriginalMessage());
    }
  }

  private AssertionFailedError failure(String message) {
    return new AssertionFailedError(withAgentText(message));
  }

  private String withAgentText(String message) {
    return message + "\nThe agent sees: " + text;
  }

  /**
   * The differing paths for the first line of a message: {@code $.a, $.b[2]} (the rest are listed
   * below it).
   */
  private static String paths(List<String> differences) {
    StringBuilder s = new StringBuilder();
    int listed = 0;
    for (String line : differences) {
      int colon = line.indexOf(": expected ");
      if (colon < 0 || listed == 3) {
        s.append(", …");
        break;
      }
      s.append(listed++ == 0 ? "" : ", ").append(line, 0, colon);
    }
    return s.toString();
  }

  /** " at character N" for the first position where two texts differ (both non-null). */
  private static String firstDifference(String expected, String actual) {
    if (actual == null) {
      return "";
    }
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    return " from character " + (i + 1);
  }

  /** A text as a JSON string literal, so that whitespace and quotes show. */
  private String quote(String value) {
    if (value == null) {
      return "(none)";
    }
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return "\"" + value + "\"";
    }
  }

  private String pretty(JsonNode node) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
