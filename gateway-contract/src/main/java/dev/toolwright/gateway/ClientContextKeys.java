package dev.toolwright.gateway;

/**
 * The keys the gateway puts into the Lambda client context's {@code custom} map (developer guide,
 * "Lambda targets"; the query-parameter key only in an AWS tutorial). In Java the runtime interface
 * client reads {@code custom} as {@code Map<String,String>}: a value that is not a string fails the
 * invocation before any handler runs ({@code aws/aws-lambda-java-libs#212}).
 */
public final class ClientContextKeys {

  /** {@code <target>___<tool>}. Documented. */
  public static final String TOOL_NAME = "bedrockAgentCoreToolName";

  /** The gateway invoked. Documented. */
  public static final String GATEWAY_ID = "bedrockAgentCoreGatewayId";

  /** The target invoked. Documented. */
  public static final String TARGET_ID = "bedrockAgentCoreTargetId";

  /** The JSON-RPC id of the MCP message. Documented. */
  public static final String MCP_MESSAGE_ID = "bedrockAgentCoreMcpMessageId";

  /** The gateway's request id. Documented. */
  public static final String AWS_REQUEST_ID = "bedrockAgentCoreAwsRequestId";

  /** E.g. {@code 1.0}. Documented. */
  public static final String MESSAGE_VERSION = "bedrockAgentCoreMessageVersion";

  /**
   * Allow-listed request headers ({@code metadataConfiguration.allowedRequestHeaders}). Documented
   * as an object; on Java only a string (a JSON object in a string) can reach the handler.
   */
  public static final String PROPAGATED_HEADERS = "bedrockAgentCorePropagatedHeaders";

  /**
   * Allow-listed query parameters ({@code allowedQueryParameters}, in the API model since
   * 2025-12-18). The key name comes from an AWS tutorial, not the developer guide.
   */
  public static final String PROPAGATED_QUERY_PARAMETERS =
      "bedrockAgentCorePropagatedQueryParameters";

  /**
   * Toolwright's own: an event field that carries these keys for a local run without a client
   * context ({@code sam local invoke} cannot send one; AWS samples use the same name).
   */
  public static final String LOCAL_CONTEXT_FIELD = "__context__";

  private ClientContextKeys() {}
}
