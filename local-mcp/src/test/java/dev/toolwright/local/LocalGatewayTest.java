package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolHandler;
import dev.toolwright.emulation.ToolSchemas;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.local.fixture.ShopHandler;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalGatewayTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private static LocalGateway gateway;
  private static McpSyncClient client;

  @BeforeAll
  static void start() {
    gateway =
        LocalGateway.builder(new ShopHandler())
            .port(0)
            .propagateHeader("X-Tenant")
            .console(new PrintStream(console, true, StandardCharsets.UTF_8))
            .start();
    client =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + gateway.port())
                    .endpoint(LocalGateway.PATH)
                    .requestBuilder(HttpRequest.newBuilder().header("X-Tenant", "acme"))
                    .build())
            .requestTimeout(Duration.ofSeconds(30))
            .build();
    client.initialize();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  private static String text(CallToolResult result) {
    assertEquals(1, result.content().size(), "one content item");
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  @Test
  void servesOnLoopback() {
    assertEquals(URI.create("http://127.0.0.1:" + gateway.port() + "/mcp"), gateway.url());
    assertEquals(List.of("local___add", "local___quote", "local___whoami"), gateway.toolNames());
  }

  @Test
  void initialize_announcesTools() {
    assertEquals("toolwright-local-gateway", client.getServerInfo().name());
    assertNotNull(client.getServerCapabilities().tools());
  }

  @Test
  void listTools_hasPrefixedNamesAndTheGeneratedSchemas() {
    ToolSchemas schemas = ToolSchemas.load(getClass().getClassLoader());
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertEquals(
        List.of("local___add", "local___quote", "local___whoami"),
        tools.stream().map(McpSchema.Tool::name).toList());
    for (McpSchema.Tool tool : tools) {
      JsonNode generated = schemas.tool(tool.name().substring("local___".length())).orElseThrow();
      assertEquals(generated.get("description").asText(), tool.description());
      assertEquals(
          generated.get("inputSchema"), MAPPER.valueToTree(tool.inputSchema()), tool.name());
      assertEquals(generated.has("outputSchema"), tool.outputSchema() != null, tool.name());
      if (tool.outputSchema() != null) {
        assertEquals(
            generated.get("outputSchema"), MAPPER.valueToTree(tool.outputSchema()), tool.name());
      }
    }
  }

  @Test
  void call_success_isTheLambdaJsonAsText() {
    CallToolResult quote =
        client.callTool(call("local___quote", Map.of("sku", "MUG-007", "quantity", 2)));
    assertFalse(quote.isError());
    assertEquals("{\"sku\":\"MUG-007\",\"quantity\":2,\"total\":19.80}", text(quote));
  }

  @Test
  void call_toolWithAnOutputSchema_failsWithoutStructuredContent_underTheDefaultProfile() {
    // add lists an outputSchema; the default profile adds no structuredContent, and the MCP Java
    // SDK's server
    // (like the strict clients) refuses such a result: the hazard of publishing an outputSchema
    CallToolResult result = client.callTool(call("local___add", Map.of("a", 2, "b", 3)));
    assertTrue(result.isError());
    assertEquals(
        "Response missing structured content which is expected when calling tool with non-empty outputSchema",
        text(result));
    assertNull(result.structuredContent());
    assertTrue(
        console
            .toString(StandardCharsets.UTF_8)
            .contains(
                "local___add: Tool add has an output schema but did not return structured content"),
        console.toString(StandardCharsets.UTF_8));
  }

  @Test
  void call_toolException_isPlainTextByDefault() {
    // error-answers=text: no evidence that the gateway reads the Lambda's "isError", so the agent
    // reads the JSON
    CallToolResult result =
        client.callTool(call("local___quote", Map.of("sku", "LAMP", "quantity", 1)));
    assertFalse(result.isError());
    assertEquals(
        "{\"isError\":true,\"error\":{\"code\":\"TOOL_ERROR\",\"message\":"
            + "\"Unknown product LAMP; the only product is MUG-007.\",\"retryable\":false}}",
        text(result));
  }

  @Test
  void call_badArguments_reachTheLambda() {
    CallToolResult result = client.callTool(call("local___quote", Map.of("sku", "MUG-007")));
    assertFalse(result.isError());
    assertEquals(
        "{\"isError\":true,\"error\":{\"code\":\"INVALID_ARGUMENTS\",\"message\":"
            + "\"Missing required argument 'quantity'.\"}}",
        text(result));
    assertTrue(
        console
            .toString(StandardCharsets.UTF_8)
            .contains(
                "local___quote: these arguments fail the inputSchema ('quantity' is required); passing them on to the Lambda"
                    + " (schema-violations=pass-on)."),
        console.toString(StandardCharsets.UTF_8));

    CallToolResult wrongType =
        client.callTool(call("local___quote", Map.of("sku", "MUG-007", "quantity", 2.5)));
    assertTrue(text(wrongType).contains("INVALID_ARGUMENTS"), text(wrongType));
  }

  @Test
  void call_unknownTool_isAJsonRpcError() {
    McpError error =
        assertThrows(McpError.class, () -> client.callTool(call("local___nope", Map.of())));
    assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, error.getJsonRpcError().code());
    assertThrows(McpError.class, () -> client.callTool(call("add", Map.of("a", 1, "b", 2))));
  }

  @Test
  void call_passesTheGatewayContext() throws Exception {
    CallToolResult result = client.callTool(call("local___whoami", Map.of()));
    assertFalse(result.isError());
    JsonNode seen = MAPPER.readTree(text(result));
    assertEquals("local___whoami", seen.get("qualifiedToolName").asText());
    assertEquals("whoami", seen.get("toolName").asText());
    assertEquals("1.0", seen.get("messageVersion").asText());
    assertEquals("acme", seen.get("tenant").asText());
    String id = seen.get("mcpMessageId").asText();
    assertFalse(id.isEmpty() || id.startsWith("local-"), "the JSON-RPC id, got " + id);
  }

  @Test
  void foreignOrigin_isRejected() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway.url())
                    .header("Origin", "http://attacker.example")
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                                + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                                + "\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
  }

  @Test
  void serve_oneLiner_andPortConflict() {
    try (LocalGateway other = LocalGateway.serve(new ShopHandler(), 0)) {
      assertEquals("local", other.target());
      assertTrue(other.port() > 0 && other.port() != gateway.port());
      IllegalStateException taken =
          assertThrows(
              IllegalStateException.class,
              () -> LocalGateway.serve(new ShopHandler(), other.port()));
      assertTrue(
          taken
              .getMessage()
              .startsWith("Cannot start the local gateway on 127.0.0.1:" + other.port()),
          taken.getMessage());
    }
  }

  @Test
  void handlerWithoutSchema_isRefused() {
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
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> LocalGateway.serve(new ToolHandler(unlisted), 0));
    assertTrue(
        e.getMessage().contains("serves unlisted but no META-INF/toolwright/tool-schema.json"),
        e.getMessage());
  }

  @Test
  void banner_showsUrlToolsAndClientConfiguration() {
    String banner = Cli.banner(gateway, ShopHandler.class.getName());
    String url = gateway.url().toString();
    assertTrue(banner.contains("MCP endpoint (streamable HTTP): " + url), banner);
    assertTrue(banner.contains("  local___quote\n"), banner);
    assertTrue(
        banner.contains(
            "\"mcpServers\": {\n    \"toolwright-local\": {\n      \"type\": \"http\",\n      \"url\": \""
                + url
                + "\""),
        banner);
    assertTrue(banner.contains("\"servers\": {"), banner);
    assertFalse(banner.contains("WARNING"), banner);
  }

  private static CallToolRequest call(String name, Map<String, Object> arguments) {
    return CallToolRequest.builder(name).arguments(arguments).build();
  }
}
