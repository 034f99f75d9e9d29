package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.McpVersions;
import dev.toolwright.local.fixture.ShopHandler;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which MCP protocol version the local endpoint agrees to, for a raw {@code initialize} asking for
 * each version the gateway documents.
 */
class ProtocolVersionTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalGateway gateway;

  @BeforeAll
  static void start() {
    gateway =
        LocalGateway.builder(new ShopHandler())
            .port(0)
            .console(new PrintStream(OutputStream.nullOutputStream()))
            .start();
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  /**
   * The {@code result} of an {@code initialize} asking for {@code version}; JSON or one SSE event.
   */
  private static JsonNode initialize(String version) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(gateway.url())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                            + "\"params\":{\"protocolVersion\":\""
                            + version
                            + "\",\"capabilities\":{},"
                            + "\"clientInfo\":{\"name\":\"version-probe\",\"version\":\"1\"}}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body().strip();
    if (!body.startsWith("{")) {
      body =
          body.lines()
              .filter(l -> l.startsWith("data:"))
              .map(l -> l.substring(5).strip())
              .reduce("", String::concat);
    }
    JsonNode message = MAPPER.readTree(body);
    assertFalse(message.has("error"), message::toString);
    return message.get("result");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {McpVersions.V2025_03_26, McpVersions.V2025_06_18, McpVersions.V2025_11_25})
  void negotiates_everyVersionTheGatewayDocuments_upTo2025_11_25(String version) throws Exception {
    JsonNode result = initialize(version);
    assertEquals(version, result.get("protocolVersion").asText(), result::toString);
    assertEquals("toolwright-local-gateway", result.at("/serverInfo/name").asText());
    assertTrue(result.at("/capabilities/tools").isObject(), result::toString);
  }

  /**
   * The MCP Java SDK (2.1.0) does not know 2026-07-28; as the MCP rule says, it answers with a
   * version it supports, its newest, and the client decides whether to go on.
   */
  @Test
  void answers2025_11_25_toAClientAskingFor2026_07_28() throws Exception {
    JsonNode result = initialize(McpVersions.V2026_07_28);
    assertEquals(McpVersions.V2025_11_25, result.get("protocolVersion").asText(), result::toString);
  }

  @Test
  void answers2025_11_25_toAClientAskingForAnUnknownVersion() throws Exception {
    assertEquals(McpVersions.V2025_11_25, initialize("2024-01-01").get("protocolVersion").asText());
  }
}
