package dev.toolwright.emulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.ClientContextKeys;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.gateway.LambdaAnswers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's side of a Lambda call, as an {@link EmulationProfile} reads the record: what it
 * does before invoking (arguments that fail the schema, propagated values the Java runtime cannot
 * read) and what the agent gets from the answer. The test kit and the local MCP endpoint both use
 * it, so they cannot disagree.
 */
public final class GatewayEmulation {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EmulationProfile profile;
  private final ToolSchemas schemas;

  public GatewayEmulation(EmulationProfile profile, ToolSchemas schemas) {
    this.profile = profile;
    this.schemas = schemas;
  }

  public EmulationProfile profile() {
    return profile;
  }

  public ToolSchemas schemas() {
    return schemas;
  }

  /**
   * The gateway answering in the Lambda's place.
   *
   * @param result what the agent gets
   * @param reason why, for a log line or a test failure
   */
  public record Refusal(AgentResult result, String reason) {}

  /**
   * What the gateway answers instead of invoking the Lambda, if anything: under {@code
   * propagated-values=object}, a client context with propagated values, which the Java runtime
   * interface client fails on before the handler runs; under {@code schema-violations=reject},
   * arguments that fail the {@code inputSchema}.
   */
  public Optional<Refusal> beforeInvoke(
      String tool, JsonNode arguments, Map<String, String> custom) {
    if (profile.propagatedValues() == EmulationProfile.PropagatedValues.OBJECT
        && (custom.containsKey(ClientContextKeys.PROPAGATED_HEADERS)
            || custom.containsKey(ClientContextKeys.PROPAGATED_QUERY_PARAMETERS))) {
      return Optional.of(
          new Refusal(
              functionError(),
              "under propagated-values=object the gateway sends propagated"
                  + " headers or query parameters as a JSON object, which the Java runtime interface client cannot read"
                  + " (aws-lambda-java-libs#212): the invocation fails before the handler runs"));
    }
    if (profile.schemaViolations() == EmulationProfile.SchemaViolations.REJECT) {
      List<String> problems = schemas.checkArguments(tool, arguments);
      if (!problems.isEmpty()) {
        String list = String.join("; ", problems);
        return Optional.of(
            new Refusal(
                new AgentResult(
                    true, "Invalid arguments for tool " + tool + ": " + list + ".", null),
                "under schema-violations=reject the gateway rejects arguments that fail the inputSchema: "
                    + list));
      }
    }
    return Optional.empty();
  }

  /** A Lambda function error: {@code isError: true} with the gateway's generic text. */
  public AgentResult functionError() {
    return new AgentResult(true, LambdaAnswers.GATEWAY_FUNCTION_ERROR_TEXT, null);
  }

  /**
   * What the agent gets from the Lambda's answer: its JSON as the text content; {@code isError} per
   * {@code error-answers}; {@code structuredContent} per {@code structured-content}, and only when
   * the tool lists an {@code outputSchema}. An answer that is not JSON is a function error.
   */
  public AgentResult answer(String tool, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      json = null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (json == null || json.isMissingNode()) {
      return functionError();
    }
    boolean errorAnswer = isErrorAnswer(json);
    boolean isError =
        errorAnswer && profile.errorAnswers() == EmulationProfile.ErrorAnswers.TOOL_ERROR;
    JsonNode structured = null;
    if (!errorAnswer
        && json.isObject()
        && listsOutputSchema(tool)
        && profile.structuredContent() == EmulationProfile.StructuredContent.FROM_ANSWER) {
      structured = json;
    }
    return new AgentResult(isError, text, structured);
  }

  /** Whether the tool's definition has an {@code outputSchema}. */
  public boolean listsOutputSchema(String tool) {
    return schemas.tool(tool).map(t -> t.path("outputSchema").isObject()).orElse(false);
  }

  /**
   * What a strict MCP client (the TypeScript SDK, the Python SDK from 1.24, the MCP Inspector) says
   * of this result: empty when it accepts it. Such a client rejects a successful result without
   * {@code structuredContent} when the tool listed an {@code outputSchema}, and one whose {@code
   * structuredContent} does not conform to it.
   */
  public Optional<String> strictClientObjection(String tool, AgentResult result) {
    if (result.isError() || !listsOutputSchema(tool)) {
      return Optional.empty();
    }
    if (result.structuredContent() == null) {
      return Optional.of(
          "Tool "
              + tool
              + " has an output schema but did not return structured content (under "
              + "structured-content="
              + (profile.structuredContent() == EmulationProfile.StructuredContent.ABSENT
                  ? "absent"
                  : "from-answer")
              + "); strict MCP clients reject this result");
    }
    List<String> problems = schemas.checkResult(tool, result.structuredContent());
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "The structuredContent of "
                + tool
                + " does not match its outputSchema: "
                + String.join("; ", problems));
  }

  /** {@code {"isError": true, "error": {…}}}: Toolwright's error envelope. */
  public static boolean isErrorAnswer(JsonNode json) {
    return json.isObject()
        && json.path(LambdaAnswers.IS_ERROR).isBoolean()
        && json.path(LambdaAnswers.IS_ERROR).booleanValue()
        && json.path(LambdaAnswers.ERROR).isObject();
  }
}
