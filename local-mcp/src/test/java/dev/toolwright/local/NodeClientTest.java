package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.local.fixture.ShopHandler;
import dev.toolwright.mcpclients.NodeMcpClients;
import dev.toolwright.mcpclients.NodeMcpClients.Result;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript SDK's client ({@code mcp-clients/mcp-smoke.mjs}) and the MCP Inspector's
 * CLI mode against the local gateway. Skipped when Node.js or npm is not on the PATH, or when
 * {@code npm ci} cannot install the client (e.g. offline), so a machine with only a JDK still
 * builds.
 */
class NodeClientTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * What the MCP Java SDK server answers for a tool listing an outputSchema when the result has no
   * structuredContent.
   */
  private static final String MISSING_STRUCTURED_CONTENT =
      "Response missing structured content which is expected when calling tool with non-empty outputSchema";

  @Test
  void typeScriptClient_listsAndCalls() throws Exception {
    NodeMcpClients clients = NodeMcpClients.install();
    try (LocalGateway gateway =
        LocalGateway.builder(new ShopHandler())
            .port(0)
            .console(new PrintStream(OutputStream.nullOutputStream()))
            .start()) {
      String url = gateway.url().toString();

      Result ok = clients.smoke(url, "local___quote", "{\"sku\": \"MUG-007\", \"quantity\": 3}");
      assertEquals(0, ok.status(), ok.stderr());
      JsonNode out = MAPPER.readTree(ok.stdout());
      assertEquals("toolwright-local-gateway", out.at("/server/name").asText());
      List<String> names = new ArrayList<>();
      out.get("tools").forEach(t -> names.add(t.get("name").asText()));
      assertEquals(List.of("local___add", "local___quote", "local___whoami"), names);
      JsonNode result = out.at("/call/result");
      assertFalse(result.path("isError").asBoolean(true), result.toString());
      assertEquals(
          "{\"sku\":\"MUG-007\",\"quantity\":3,\"total\":29.70}",
          result.at("/content/0/text").asText());
      assertTrue(result.path("structuredContent").isMissingNode(), result.toString());

      // the default profile passes an error answer on as text, isError false
      Result failed = clients.smoke(url, "local___quote", "{\"sku\": \"LAMP\", \"quantity\": 1}");
      assertEquals(0, failed.status(), failed.stderr());
      JsonNode error = MAPPER.readTree(failed.stdout()).at("/call/result");
      assertFalse(error.path("isError").asBoolean(true), error.toString());
      assertTrue(
          error.at("/content/0/text").asText().contains("\"code\":\"TOOL_ERROR\""),
          error.toString());

      // add lists an outputSchema: without structuredContent the call fails (here the Java SDK
      // server says so first)
      Result noStructure = clients.smoke(url, "local___add", "{\"a\": 2, \"b\": 3}");
      assertEquals(0, noStructure.status(), noStructure.stderr());
      JsonNode refused = MAPPER.readTree(noStructure.stdout()).at("/call/result");
      assertTrue(refused.path("isError").asBoolean(), refused.toString());
      assertEquals(MISSING_STRUCTURED_CONTENT, refused.at("/content/0/text").asText());

      // the MCP Inspector's CLI (0.15.0) gets the same answer, no protocol error
      Result inspected =
          clients.inspector(
              url,
              "--method",
              "tools/call",
              "--tool-name",
              "local___add",
              "--tool-arg",
              "a=2",
              "--tool-arg",
              "b=3");
      assertEquals(0, inspected.status(), inspected.stderr());
      JsonNode seen = MAPPER.readTree(inspected.stdout());
      assertTrue(seen.path("isError").asBoolean(), seen.toString());
      assertEquals(MISSING_STRUCTURED_CONTENT, seen.at("/content/0/text").asText());
    }
  }

  @Test
  void typeScriptClient_acceptsAnOutputSchemaTool_whenStructuredContentComesFromTheAnswer()
      throws Exception {
    NodeMcpClients clients = NodeMcpClients.install();
    EmulationProfile profile =
        EmulationProfile.parse("structured-content=from-answer,error-answers=tool-error");
    try (LocalGateway gateway =
        LocalGateway.builder(new ShopHandler())
            .port(0)
            .profile(profile)
            .console(new PrintStream(OutputStream.nullOutputStream()))
            .start()) {
      String url = gateway.url().toString();
      // the SDK's callTool validates structuredContent against the tool's outputSchema
      Result ok = clients.smoke(url, "local___add", "{\"a\": 2, \"b\": 3}");
      assertEquals(0, ok.status(), ok.stderr());
      JsonNode result = MAPPER.readTree(ok.stdout()).at("/call/result");
      assertFalse(result.path("isError").asBoolean(true), result.toString());
      assertEquals(5, result.at("/structuredContent/result").asInt());

      Result listed = clients.inspector(url, "--method", "tools/list");
      assertEquals(0, listed.status(), listed.stderr());
      assertEquals(
          "{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"integer\"}},\"required\":[\"result\"]}",
          MAPPER.readTree(listed.stdout()).at("/tools/0/outputSchema").toString());
      Result inspected =
          clients.inspector(
              url,
              "--method",
              "tools/call",
              "--tool-name",
              "local___add",
              "--tool-arg",
              "a=2",
              "--tool-arg",
              "b=3");
      assertEquals(0, inspected.status(), inspected.stderr());
      JsonNode seen = MAPPER.readTree(inspected.stdout());
      assertFalse(seen.path("isError").asBoolean(true), seen.toString());
      assertEquals("{\"result\":5}", seen.at("/content/0/text").asText());
      assertEquals(5, seen.at("/structuredContent/result").asInt());

      Result failed = clients.smoke(url, "local___quote", "{\"sku\": \"LAMP\", \"quantity\": 1}");
      assertEquals(0, failed.status(), failed.stderr());
      assertTrue(
          MAPPER.readTree(failed.stdout()).at("/call/result/isError").asBoolean(), failed.stdout());
    }
  }
}
