package dev.toolwright.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolHandler;
import dev.toolwright.testing.GatewayLambdaContext;
import dev.toolwright.testing.ToolSchemas;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the gateway between MCP and the Lambda handler: lists the generated tool schemas under
 * {@code <target>___<tool>} and turns each {@code tools/call} into a Lambda invocation (bare
 * arguments as the event, gateway keys in the client context) and its answer into a
 * {@code CallToolResult}.
 */
final class GatewayBridge {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final RequestStreamHandler handler;
  private final String target;
  private final Duration timeout;
  private final List<String> propagatedHeaders;
  private final PrintStream console;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ToolSchemas schemas;
  private final List<McpSchema.Tool> tools = new ArrayList<>();
  private final AtomicLong fallbackMessageIds = new AtomicLong();

  GatewayBridge(RequestStreamHandler handler, String target, Duration timeout, List<String> propagatedHeaders,
      PrintStream console) {
    this.handler = handler;
    this.target = target;
    this.timeout = timeout;
    this.propagatedHeaders = List.copyOf(propagatedHeaders);
    this.console = console;
    this.schemas = ToolSchemas.load(classLoader(handler));
    List<String> names = new ArrayList<>(handler instanceof ToolHandler
        ? ((ToolHandler) handler).toolNames() : schemas.toolNames());
    List<String> missing = schemas.missing(names);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(handler.getClass().getName() + " serves " + String.join(", ", missing)
          + " but no " + ToolSchemas.RESOURCE + " on the class path describes them. The annotation processor did"
          + " not run: declare dev.toolwright:toolwright-processor in the compiler's annotationProcessorPaths.");
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("No tools: " + handler.getClass().getName() + " is not a ToolHandler and no "
          + ToolSchemas.RESOURCE + " is on the class path.");
    }
    for (String name : names) {
      JsonNode definition = schemas.tool(name).orElseThrow();
      McpSchema.Tool.Builder tool = McpSchema.Tool.builder(target + GatewayContext.TARGET_SEPARATOR + name,
              mapper.convertValue(definition.get("inputSchema"), MAP))
          .description(definition.path("description").asText(""));
      if (definition.path("outputSchema").isObject()) {
        tool.outputSchema(mapper.convertValue(definition.get("outputSchema"), MAP));
      }
      tools.add(tool.build());
    }
  }

  /** The tools as {@code tools/list} shows them. */
  List<McpSchema.Tool> tools() {
    return List.copyOf(tools);
  }

  List<SyncToolSpecification> specifications() {
    List<SyncToolSpecification> specifications = new ArrayList<>();
    for (McpSchema.Tool tool : tools) {
      specifications.add(SyncToolSpecification.builder().tool(tool).callHandler(this::call).build());
    }
    return specifications;
  }

  /** One {@code tools/call}, answered as the gateway answers it. */
  CallToolResult call(McpSyncServerExchange exchange, CallToolRequest request) {
    String qualified = request.name();
    String tool = GatewayContext.stripTarget(qualified);
    JsonNode arguments = mapper.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
    List<String> problems = schemas.checkArguments(tool, arguments);
    if (!problems.isEmpty()) {
      console.println("[local-gateway] " + qualified + ": the AgentCore Gateway would reject these arguments before"
          + " invoking the Lambda: " + String.join("; ", problems) + ". Passing them on to the Lambda.");
    }

    McpTransportContext transport = exchange.transportContext();
    Object messageId = transport == null ? null : transport.get(RequestCapture.MESSAGE_ID);
    GatewayLambdaContext.Builder context = GatewayLambdaContext.builder()
        .qualifiedToolName(qualified)
        .mcpMessageId(messageId != null ? messageId.toString() : "local-" + fallbackMessageIds.incrementAndGet())
        .timeout(timeout)
        .logger(new GatewayLambdaContext.CapturingLogger(console));
    for (String header : propagatedHeaders) {
      Object value = transport == null ? null : transport.get(RequestCapture.HEADER_PREFIX + header);
      if (value != null) {
        context.propagatedHeader(header, value.toString());
      }
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(mapper.writeValueAsBytes(arguments)), out, context.build());
    } catch (Exception | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      console.println("[local-gateway] " + qualified + ": the Lambda handler threw (a function error):\n" + trace);
      return error("The Lambda function failed with a function error; the gateway does not pass its details on.");
    }
    String text = out.toString(StandardCharsets.UTF_8);
    JsonNode body;
    try {
      body = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || body.isMissingNode()) {
      console.println("[local-gateway] " + qualified + ": the Lambda returned a body that is not JSON: " + text);
      return error("The Lambda function returned a response that is not valid JSON.");
    }
    boolean isError = body.isObject() && body.path("isError").isBoolean() && body.path("isError").booleanValue()
        && body.path("error").isObject();
    CallToolResult.Builder result = CallToolResult.builder().addTextContent(text).isError(isError);
    if (!isError && body.isObject() && definesOutput(qualified)) {
      result.structuredContent(mapper.convertValue(body, MAP));
    }
    return result.build();
  }

  private boolean definesOutput(String qualified) {
    for (McpSchema.Tool tool : tools) {
      if (tool.name().equals(qualified)) {
        return tool.outputSchema() != null;
      }
    }
    return false;
  }

  private static CallToolResult error(String text) {
    return CallToolResult.builder().addTextContent(text).isError(true).build();
  }

  private static ClassLoader classLoader(RequestStreamHandler handler) {
    ClassLoader loader = handler.getClass().getClassLoader();
    return loader != null ? loader : ClassLoader.getSystemClassLoader();
  }
}
