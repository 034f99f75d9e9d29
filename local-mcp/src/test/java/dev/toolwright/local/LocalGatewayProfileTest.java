package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.gateway.LambdaAnswers;
import dev.toolwright.local.fixture.ContextEchoHandler;
import dev.toolwright.local.fixture.ShopHandler;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The local endpoint under each reading of what AWS has not documented (the emulation profile). */
class LocalGatewayProfileTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Serves a handler under a profile to one Java SDK client and hands both to the test. */
  private static <T> T with(
      com.amazonaws.services.lambda.runtime.RequestStreamHandler handler,
      EmulationProfile profile,
      String endpoint,
      Function<LocalGateway.Builder, LocalGateway.Builder> settings,
      Function<McpSyncClient, T> test) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (LocalGateway gateway =
        settings
            .apply(
                LocalGateway.builder(handler)
                    .port(0)
                    .profile(profile)
                    .console(new PrintStream(console, true, StandardCharsets.UTF_8)))
            .start()) {
      McpSyncClient client =
          McpClient.sync(
                  HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + gateway.port())
                      .endpoint(endpoint)
                      .requestBuilder(HttpRequest.newBuilder().header("X-Tenant", "acme"))
                      .build())
              .requestTimeout(Duration.ofSeconds(30))
              .build();
      try {
        client.initialize();
        return test.apply(client);
      } finally {
        client.closeGracefully();
      }
    }
  }

  private static String text(CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  private static CallToolRequest call(String name, Map<String, Object> arguments) {
    return CallToolRequest.builder(name).arguments(arguments).build();
  }

  @Test
  void structuredContent_absentByDefault_fromTheAnswerOnRequest_onlyForToolsWithAnOutputSchema() {
    CallToolResult absent =
        with(
            new ShopHandler(),
            EmulationProfile.DEFAULT,
            LocalGateway.PATH,
            b -> b,
            client ->
                client.callTool(call("local___quote", Map.of("sku", "MUG-007", "quantity", 1))));
    assertNull(absent.structuredContent());
    EmulationProfile fromAnswer =
        EmulationProfile.DEFAULT.with(EmulationProfile.StructuredContent.FROM_ANSWER);
    CallToolResult[] results =
        with(
            new ShopHandler(),
            fromAnswer,
            LocalGateway.PATH,
            b -> b,
            client ->
                new CallToolResult[] {
                  client.callTool(call("local___add", Map.of("a", 1, "b", 2))),
                  client.callTool(call("local___quote", Map.of("sku", "MUG-007", "quantity", 1)))
                });
    assertFalse(results[0].isError());
    assertEquals(Map.of("result", 3), results[0].structuredContent());
    assertNull(results[1].structuredContent(), "quote lists no outputSchema");
  }

  @Test
  void errorAnswers_toolError_setsIsError() {
    CallToolResult result =
        with(
            new ShopHandler(),
            EmulationProfile.parse("error-answers=tool-error"),
            LocalGateway.PATH,
            b -> b,
            client -> client.callTool(call("local___quote", Map.of("sku", "LAMP", "quantity", 1))));
    assertTrue(result.isError());
    assertTrue(text(result).contains("\"code\":\"TOOL_ERROR\""), text(result));
  }

  @Test
  void schemaViolations_reject_answersWithoutInvokingTheLambda() {
    CallToolResult result =
        with(
            new ShopHandler(),
            EmulationProfile.parse("schema-violations=reject"),
            LocalGateway.PATH,
            b -> b,
            client -> client.callTool(call("local___quote", Map.of("sku", "MUG-007"))));
    assertTrue(result.isError());
    assertEquals("Invalid arguments for tool quote: 'quantity' is required.", text(result));
  }

  @Test
  void propagatedValues_asStrings_reachTheHandler_headersAndQueryParameters() throws Exception {
    String answer =
        with(
            new ContextEchoHandler(),
            EmulationProfile.DEFAULT,
            LocalGateway.PATH + "?tenant=acme&other=x",
            b -> b.propagateHeader("X-Tenant").propagateQueryParameter("tenant"),
            client -> text(client.callTool(call("local___whoami", Map.of()))));
    JsonNode custom = MAPPER.readTree(answer).path("custom");
    assertEquals(
        "{\"X-Tenant\":\"acme\"}", custom.path("bedrockAgentCorePropagatedHeaders").textValue());
    assertEquals(
        "{\"tenant\":\"acme\"}",
        custom.path("bedrockAgentCorePropagatedQueryParameters").textValue());
  }

  @Test
  void propagatedValues_asObjects_areAFunctionError_asUnderTheJavaRuntimeClient() {
    CallToolResult result =
        with(
            new ContextEchoHandler(),
            EmulationProfile.parse("propagated-values=object"),
            LocalGateway.PATH,
            b -> b.propagateHeader("X-Tenant"),
            client -> client.callTool(call("local___whoami", Map.of())));
    assertTrue(result.isError());
    assertEquals(LambdaAnswers.GATEWAY_FUNCTION_ERROR_TEXT, text(result));
    // without propagated values the same profile invokes the handler
    CallToolResult plain =
        with(
            new ContextEchoHandler(),
            EmulationProfile.parse("propagated-values=object"),
            LocalGateway.PATH,
            b -> b,
            client -> client.callTool(call("local___whoami", Map.of())));
    assertFalse(plain.isError());
  }
}
