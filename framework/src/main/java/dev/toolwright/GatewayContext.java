package dev.toolwright;

import dev.toolwright.gateway.ClientContextKeys;
import dev.toolwright.gateway.GatewayNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the AgentCore Gateway says about the call, from the Lambda client context. Declare a
 * parameter of this type on a {@link Tool} method to receive it; it never appears in the schema.
 *
 * @param qualifiedToolName the name as the gateway sent it, {@code <target>___<tool>}
 * @param targetName the part before the first {@code ___}, or empty when there was none
 * @param toolName the tool name this Lambda serves
 * @param gatewayId {@code bedrockAgentCoreGatewayId}, or empty
 * @param targetId {@code bedrockAgentCoreTargetId}, or empty
 * @param mcpMessageId {@code bedrockAgentCoreMcpMessageId}, the JSON-RPC id of the MCP call
 * @param gatewayRequestId {@code bedrockAgentCoreAwsRequestId}, the gateway's request id
 * @param messageVersion {@code bedrockAgentCoreMessageVersion}, e.g. {@code "1.0"}
 * @param propagatedHeaders {@code bedrockAgentCorePropagatedHeaders}: the request headers the
 *     target allow-lists, empty when none (or when the value was not a JSON object)
 * @param propagatedQueryParameters {@code bedrockAgentCorePropagatedQueryParameters}: the query
 *     parameters the target allow-lists, empty when none (or when the value was not a JSON object)
 */
public record GatewayContext(
    String qualifiedToolName,
    String targetName,
    String toolName,
    String gatewayId,
    String targetId,
    String mcpMessageId,
    String gatewayRequestId,
    String messageVersion,
    Map<String, String> propagatedHeaders,
    Map<String, String> propagatedQueryParameters) {

  /** The client-context key that names the tool. */
  public static final String TOOL_NAME_KEY = ClientContextKeys.TOOL_NAME;

  /** The separator between target and tool name in {@link #TOOL_NAME_KEY}. */
  public static final String TARGET_SEPARATOR = GatewayNames.TARGET_SEPARATOR;

  public GatewayContext {
    qualifiedToolName = orEmpty(qualifiedToolName);
    targetName = orEmpty(targetName);
    toolName = orEmpty(toolName);
    gatewayId = orEmpty(gatewayId);
    targetId = orEmpty(targetId);
    mcpMessageId = orEmpty(mcpMessageId);
    gatewayRequestId = orEmpty(gatewayRequestId);
    messageVersion = orEmpty(messageVersion);
    propagatedHeaders = inOrder(propagatedHeaders);
    propagatedQueryParameters = inOrder(propagatedQueryParameters);
  }

  /** A context without propagated query parameters (the record's shape before they existed). */
  public GatewayContext(
      String qualifiedToolName,
      String targetName,
      String toolName,
      String gatewayId,
      String targetId,
      String mcpMessageId,
      String gatewayRequestId,
      String messageVersion,
      Map<String, String> propagatedHeaders) {
    this(
        qualifiedToolName,
        targetName,
        toolName,
        gatewayId,
        targetId,
        mcpMessageId,
        gatewayRequestId,
        messageVersion,
        propagatedHeaders,
        Map.of());
  }

  /** The propagated query parameters, by name (empty when none). */
  public Map<String, String> queryParameters() {
    return propagatedQueryParameters;
  }

  /**
   * A propagated query parameter, looked up by its exact name (query parameter names are
   * case-sensitive).
   */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(propagatedQueryParameters.get(name));
  }

  /** A propagated request header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    for (Map.Entry<String, String> e : propagatedHeaders.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Splits a gateway tool name at the first {@code ___}: target names cannot contain an underscore,
   * so the rest (which may itself contain {@code ___}) is the tool name. A name without {@code ___}
   * is taken as a bare tool name.
   */
  public static String stripTarget(String qualifiedToolName) {
    int at = qualifiedToolName.indexOf(TARGET_SEPARATOR);
    return at < 0 ? qualifiedToolName : qualifiedToolName.substring(at + TARGET_SEPARATOR.length());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** An unmodifiable copy in the order the gateway sent the values. */
  private static Map<String, String> inOrder(Map<String, String> values) {
    return values == null || values.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
