package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.examples.ExampleHandler;
import dev.toolwright.local.LocalGateway;
import dev.toolwright.mcpclients.NodeMcpClients;
import dev.toolwright.mcpclients.NodeMcpClients.Result;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example tool, listed and called through the local gateway under the default emulation
 * profile by two official MCP clients from npm: the TypeScript SDK's client ({@code
 * mcp-clients/mcp-smoke.mjs}) and the MCP Inspector's CLI mode. Skipped when Node.js or npm is not
 * on the PATH, or when {@code npm ci} cannot install the clients, so a machine with only a JDK
 * still builds.
 */
class McpClientsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Valid arguments for every example tool, and the text the tool answers. */
  private static final Map<String, String[]> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("add", new String[] {"{\"a\": 2, \"b\": 0.5}", "{\"result\":2.5}"});
    CALLS.put(
        "convert_length",
        new String[] {"{\"value\": 1, \"from\": \"KILOMETRE\"}", "{\"result\":1000.0}"});
    CALLS.put(
        "days_between",
        new String[] {"{\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}", "{\"result\":21}"});
    CALLS.put(
        "statistics",
        new String[] {
          "{\"values\": [1, 2, 3, 6]}", "{\"count\":4,\"mean\":3.0,\"min\":1.0,\"max\":6.0}"
        });
    CALLS.put(
        "lookup_order",
        new String[] {
          "{\"orderId\": \"B-2001\"}",
          "{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\",\"placedOn\":\"2026-11-18\","
              + "\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}"
        });
    CALLS.put(
        "search_orders",
        new String[] {
          "{\"query\": {\"status\": \"shipped\"}}",
          "{\"orders\":[{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\","
              + "\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}],\"totalMatches\":1}"
        });
    CALLS.put(
        "cancel_order",
        new String[] {
          "{\"orderId\": \"A-1002\", \"reason\": \"changed mind\"}",
          "{\"result\":\"Order A-1002 is cancelled (changed mind).\"}"
        });
  }

  private static NodeMcpClients clients;

  @BeforeAll
  static void installClients() throws Exception {
    clients = NodeMcpClients.install();
  }

  private static LocalGateway gateway() {
    return LocalGateway.builder(new ExampleHandler())
        .port(0)
        .target("examples")
        .console(new PrintStream(OutputStream.nullOutputStream()))
        .start();
  }

  @Test
  void typeScriptSdkClient_listsAndCallsEveryExampleTool() throws Exception {
    try (LocalGateway gateway = gateway()) {
      String url = gateway.url().toString();
      for (Map.Entry<String, String[]> call : CALLS.entrySet()) {
        Result ran = clients.smoke(url, "examples___" + call.getKey(), call.getValue()[0]);
        assertEquals(0, ran.status(), call.getKey() + ": " + ran.stderr());
        JsonNode out = MAPPER.readTree(ran.stdout());
        assertEquals(expectedNames(), names(out.get("tools")));
        assertSuccess(call.getKey(), call.getValue()[1], out.at("/call/result"));
      }
    }
  }

  @Test
  void inspectorCli_listsAndCallsEveryExampleTool() throws Exception {
    try (LocalGateway gateway = gateway()) {
      String url = gateway.url().toString();
      Result listed = clients.inspector(url, "--method", "tools/list");
      assertEquals(0, listed.status(), listed.stderr());
      JsonNode tools = MAPPER.readTree(listed.stdout()).get("tools");
      assertEquals(expectedNames(), names(tools));
      tools.forEach(t -> assertFalse(t.has("outputSchema"), t::toString));

      for (Map.Entry<String, String[]> call : CALLS.entrySet()) {
        List<String> command =
            new ArrayList<>(
                List.of("--method", "tools/call", "--tool-name", "examples___" + call.getKey()));
        JsonNode arguments = MAPPER.readTree(call.getValue()[0]);
        for (Iterator<Map.Entry<String, JsonNode>> it = arguments.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> argument = it.next();
          command.add("--tool-arg");
          command.add(
              argument.getKey()
                  + "="
                  + (argument.getValue().isTextual()
                      ? argument.getValue().asText()
                      : argument.getValue().toString()));
        }
        Result ran = clients.inspector(url, command.toArray(String[]::new));
        assertEquals(0, ran.status(), call.getKey() + ": " + ran.stderr());
        assertSuccess(call.getKey(), call.getValue()[1], MAPPER.readTree(ran.stdout()));
      }
    }
  }

  private static void assertSuccess(String tool, String text, JsonNode result) {
    assertFalse(result.path("isError").asBoolean(true), tool + ": " + result);
    assertEquals(text, result.at("/content/0/text").asText(), tool);
    assertTrue(result.path("structuredContent").isMissingNode(), tool + ": " + result);
  }

  private static TreeSet<String> expectedNames() {
    TreeSet<String> names = new TreeSet<>();
    CALLS.keySet().forEach(n -> names.add("examples___" + n));
    return names;
  }

  private static TreeSet<String> names(JsonNode tools) {
    TreeSet<String> names = new TreeSet<>();
    tools.forEach(t -> names.add(t.get("name").asText()));
    return names;
  }
}
