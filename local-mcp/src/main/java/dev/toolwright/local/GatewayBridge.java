package dev.toolwright.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolHandler;
import dev.toolwright.emulation.AgentResult;
import dev.toolwright.emulation.GatewayEmulation;
import dev.toolwright.emulation.GatewayLambdaContext;
import dev.toolwright.emulation.ToolSchemas;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.gateway.LambdaAnswers;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the gateway between MCP and the Lambda handler: lists the generated tool schemas under
 * {@code <target>___<tool>} and turns each {@code tools/call} into a Lambda invocation (bare
 * arguments as the event, gateway keys in the client context) and its answer into a {@code
 * CallToolResult}.
 */
final class GatewayBridge {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final RequestStreamHandler handler;
  private final String target;
  private final Duration timeout;
  private final List<String> propagatedHeaders;
  private final List<String> propagatedQueryParameters;
  private final PrintStream console;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ToolSchemas schemas;
  private final GatewayEmulation gateway;
  private final List<McpSchema.Tool> tools = new ArrayList<>();
  private final AtomicLong fallbackMessageIds = new AtomicLong();

  GatewayBridge(
      RequestStreamHandler handler,
      String target,
      Duration timeout,
      List<String> propagatedHeaders,
      List<String> propagatedQueryParameters,
      EmulationProfile profile,
      PrintStream console) {
    this.handler = handler;
    this.target = target;
    this.timeout = timeout;
    this.propagatedHeaders = List.copyOf(propagatedHeaders);
    this.propagatedQueryParameters = List.copyOf(propagatedQueryParameters);
    this.console = console;
    this.schemas = ToolSchemas.load(classLoader(handler));
    this.gateway = new GatewayEmulation(profile, schemas);
    List<String> names =
        new ArrayList<>(
            handler instanceof ToolHandler
                ? ((ToolHandler) handler).toolNames()
                : schemas.toolNames());
    List<String> missing = schemas.missing(names);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          handler.getClass().getName()
              + " serves "
              + String.join(", ", missing)
              + " but no "
              + ToolSchemas.RESOURCE
              + " on the class path describes them. The annotation processor did"
              + " not run: declare dev.toolwright:toolwright-processor in the compiler's annotationProcessorPaths.");
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(
          "No tools: "
              + handler.getClass().getName()
              + " is not a ToolHandler and no "
              + ToolSchemas.RESOURCE
              + " is on the class path.");
    }
    for (String name : names) {
      JsonNode definition = schemas.tool(name).orElseThrow();
      McpSchema.Tool.Builder tool =
          McpSchema.Tool.builder(
                  target + GatewayContext.TARGET_SEPARATOR + name,
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
      specifications.add(
          SyncToolSpecification.builder().tool(tool).callHandler(this::call).build());
    }
    return specifications;
  }

  /** One {@code tools/call}, answered as the gateway answers it under the emulation profile. */
  CallToolResult call(McpSyncServerExchange exchange, CallToolRequest request) {
    String qualified = request.name();
    String tool = GatewayContext.stripTarget(qualified);
    JsonNode arguments =
        mapper.valueToTree(request.arguments() == null ? Map.of() : request.arguments());

    McpTransportContext transport = exchange.transportContext();
    Object messageId = transport == null ? null : transport.get(RequestCapture.MESSAGE_ID);
    GatewayLambdaContext.Builder context =
        GatewayLambdaContext.builder()
            .qualifiedToolName(qualified)
            .mcpMessageId(
                messageId != null
                    ? messageId.toString()
                    : "local-" + fallbackMessageIds.incrementAndGet())
            .timeout(timeout)
            .logger(new GatewayLambdaContext.CapturingLogger(console));
    for (String header : propagatedHeaders) {
      Object value =
          transport == null ? null : transport.get(RequestCapture.HEADER_PREFIX + header);
      if (value != null) {
        context.propagatedHeader(header, value.toString());
      }
    }
    for (String parameter : propagatedQueryParameters) {
      Object value =
          transport == null ? null : transport.get(RequestCapture.QUERY_PREFIX + parameter);
      if (value != null) {
        context.propagatedQueryParameter(parameter, value.toString());
      }
    }
    GatewayLambdaContext lambdaContext = context.build();

    Optional<GatewayEmulation.Refusal> refusal =
        gateway.beforeInvoke(tool, arguments, lambdaContext.custom());
    if (refusal.isPresent()) {
      console.println(
          "[local-gateway] "
              + qualified
              + ": not invoking the Lambda: "
              + refusal.get().reason()
              + ".");
      return result(refusal.get().result());
    }
    List<String> problems = schemas.checkArguments(tool, arguments);
    if (!problems.isEmpty()) {
      console.println(
          "[local-gateway] "
              + qualified
              + ": these arguments fail the inputSchema ("
              + String.join("; ", problems)
              + "); passing them on to the Lambda (schema-violations=pass-on).");
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(mapper.writeValueAsBytes(arguments)), out, lambdaContext);
    } catch (Exception | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      console.println(
          "[local-gateway] "
              + qualified
              + ": the Lambda handler threw (a function error):\n"
              + trace);
      return result(gateway.functionError());
    }
    AgentResult answer = gateway.answer(tool, out.toByteArray());
    if (answer.isError() && answer.text().equals(LambdaAnswers.GATEWAY_FUNCTION_ERROR_TEXT)) {
      console.println(
          "[local-gateway] "
              + qualified
              + ": the Lambda returned a body that is not JSON: "
              + out.toString(StandardCharsets.UTF_8));
    }
    gateway
        .strictClientObjection(tool, answer)
        .ifPresent(
            objection -> console.println("[local-gateway] " + qualified + ": " + objection + "."));
    return result(answer);
  }

  private CallToolResult result(AgentResult answer) {
    CallToolResult.Builder result =
        CallToolResult.builder().addTextContent(answer.text()).isError(answer.isError());
    if (answer.structuredContent() != null) {
      result.structuredContent(mapper.convertValue(answer.structuredContent(), MAP));
    }
    return result.build();
  }

  private static ClassLoader classLoader(RequestStreamHandler handler) {
    ClassLoader loader = handler.getClass().getClassLoader();
    return loader != null ? loader : ClassLoader.getSystemClassLoader();
  }
}
