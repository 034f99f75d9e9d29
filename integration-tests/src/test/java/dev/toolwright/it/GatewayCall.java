package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.ToolHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a handler exactly as the AgentCore Gateway invokes the Lambda: the bare arguments as the
 * event, the tool name and the other gateway keys in the client context, a deadline, a request id.
 */
final class GatewayCall {

  static final String TARGET = "examples";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GatewayCall() {}

  /** The raw answer to {@code arguments} (JSON with ' for ") sent to {@code examples___tool}. */
  static String raw(ToolHandler handler, String tool, String arguments) {
    return raw(
        handler,
        arguments.replace('\'', '"'),
        new FakeLambdaContext(custom(TARGET + "___" + tool), "req-" + tool));
  }

  static String raw(ToolHandler handler, String event, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A successful answer, parsed. */
  static JsonNode ok(ToolHandler handler, String tool, String arguments) {
    JsonNode answer = parse(raw(handler, tool, arguments));
    assertFalse(answer.has("isError"), answer::toString);
    return answer;
  }

  /** The error object of an error answer with the given code. */
  static JsonNode error(ToolHandler handler, String tool, String arguments, String code) {
    JsonNode answer = parse(raw(handler, tool, arguments));
    assertTrue(answer.path("isError").booleanValue(), answer::toString);
    assertEquals(2, answer.size(), answer::toString);
    assertEquals(code, answer.path("error").path("code").textValue(), answer::toString);
    return answer.get("error");
  }

  /** The message of an error answer with the given code. */
  static String message(ToolHandler handler, String tool, String arguments, String code) {
    return error(handler, tool, arguments, code).get("message").textValue();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  /** JSON with ' for ", parsed, for comparing answers without caring about spacing. */
  static JsonNode json(String text) {
    return parse(text.replace('\'', '"'));
  }

  /** The client context's custom map as the gateway fills it. */
  static Map<String, String> custom(String qualifiedToolName) {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", qualifiedToolName);
    custom.put("bedrockAgentCoreGatewayId", "examples-gw-a1b2c3d4e5");
    custom.put("bedrockAgentCoreTargetId", "ABCDEFGHIJ");
    custom.put("bedrockAgentCoreMcpMessageId", "7");
    custom.put("bedrockAgentCoreAwsRequestId", "9f1c6a0e-gw");
    custom.put("bedrockAgentCoreMessageVersion", "1.0");
    custom.put("bedrockAgentCorePropagatedHeaders", "{\"x-tenant\":\"acme\"}");
    return custom;
  }

  /**
   * A Lambda context with a client context (or none, when {@code custom} is null) and 30 s left.
   */
  static final class FakeLambdaContext implements Context, LambdaLogger {
    private final ClientContext clientContext;
    private final String requestId;
    private final long deadline = System.currentTimeMillis() + 30_000;
    final StringBuilder log = new StringBuilder();

    FakeLambdaContext(Map<String, String> custom, String requestId) {
      this.requestId = requestId;
      this.clientContext =
          custom == null
              ? null
              : new ClientContext() {
                private final Map<String, String> map = Collections.unmodifiableMap(custom);

                @Override
                public Client getClient() {
                  return null;
                }

                @Override
                public Map<String, String> getCustom() {
                  return map;
                }

                @Override
                public Map<String, String> getEnvironment() {
                  return Map.of();
                }
              };
    }

    @Override
    public String getAwsRequestId() {
      return requestId;
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/examples";
    }

    @Override
    public String getLogStreamName() {
      return "stream";
    }

    @Override
    public String getFunctionName() {
      return "examples";
    }

    @Override
    public String getFunctionVersion() {
      return "1";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:us-east-1:123456789012:function:examples:1";
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return (int) Math.max(1, deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return this;
    }

    @Override
    public synchronized void log(String message) {
      log.append(message);
    }

    @Override
    public synchronized void log(byte[] message) {
      log.append(new String(message, StandardCharsets.UTF_8));
    }
  }
}
