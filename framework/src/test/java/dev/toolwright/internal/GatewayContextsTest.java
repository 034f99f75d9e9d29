package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.toolwright.GatewayContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayContextsTest {

  private final JsonSupport json = new JsonSupport();

  private GatewayContext from(Map<String, ?> custom) {
    return GatewayContexts.from(custom, json);
  }

  @Test
  void everyDocumentedKey() {
    Map<String, String> custom = FakeContext.gatewayCustom("examples___lookup_order");
    custom.put("bedrockAgentCorePropagatedHeaders", "{\"X-Tenant\":\"acme\",\"x-trace\":\"t-1\"}");
    GatewayContext g = from(custom);
    assertEquals("examples___lookup_order", g.qualifiedToolName());
    assertEquals("examples", g.targetName());
    assertEquals("lookup_order", g.toolName());
    assertEquals("gw-123-abcdefghij", g.gatewayId());
    assertEquals("TARGET1234", g.targetId());
    assertEquals("42", g.mcpMessageId());
    assertEquals("gw-req-1", g.gatewayRequestId());
    assertEquals("1.0", g.messageVersion());
    assertEquals(Map.of("X-Tenant", "acme", "x-trace", "t-1"), g.propagatedHeaders());
    assertEquals(Optional.of("acme"), g.header("x-tenant"));
    assertEquals(Optional.of("t-1"), g.header("X-TRACE"));
    assertEquals(Optional.empty(), g.header("authorization"));
  }

  @Test
  void absentKeysAreEmpty() {
    GatewayContext g = from(Map.of());
    assertEquals("", g.qualifiedToolName());
    assertEquals("", g.targetName());
    assertEquals("", g.toolName());
    assertEquals("", g.gatewayId());
    assertEquals(Map.of(), g.propagatedHeaders());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not json",
        "{\"a\":",
        "[\"a\"]",
        "\"text\"",
        "null",
        "42",
        "{\"a\":1}{"
      })
  void malformedHeadersAreIgnored(String headers) {
    Map<String, String> custom = new HashMap<>(FakeContext.gatewayCustom("t___x"));
    custom.put("bedrockAgentCorePropagatedHeaders", headers);
    assertEquals(Map.of(), from(custom).propagatedHeaders());
  }

  @Test
  void headerValuesThatAreNotStrings() {
    Map<String, String> custom = new HashMap<>();
    custom.put(
        "bedrockAgentCorePropagatedHeaders",
        "{\"n\":1,\"b\":true,\"list\":[\"a\",\"b\"],\"nil\":null,\"obj\":{\"x\":1}}");
    assertEquals(Map.of("n", "1", "b", "true", "list", "a,b"), from(custom).propagatedHeaders());
  }

  @Test
  void headersFromALocalContextAsObjectOrString() throws Exception {
    Map<String, Object> local = new HashMap<>();
    local.put("bedrockAgentCorePropagatedHeaders", Trees.parse("{\"x-tenant\":\"acme\"}"));
    assertEquals(Map.of("x-tenant", "acme"), from(local).propagatedHeaders());
    local.put(
        "bedrockAgentCorePropagatedHeaders", Trees.parse("\"{\\\"x-tenant\\\":\\\"acme\\\"}\""));
    assertEquals(Map.of("x-tenant", "acme"), from(local).propagatedHeaders());
    local.put("bedrockAgentCoreToolName", Trees.parse("\"t___x\""));
    assertEquals("x", from(local).toolName());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a___b___c | a | b___c",
        "examples___lookup_order | examples | lookup_order",
        "lookup_order | '' | lookup_order",
        "a__b | '' | a__b",
        "___x | '' | x",
        "a____b | a | _b",
        "t___ | t | ''"
      })
  void prefixIsStrippedAtTheFirstSeparator(String qualified, String target, String tool) {
    GatewayContext g = from(Map.of("bedrockAgentCoreToolName", qualified));
    assertEquals(target, g.targetName());
    assertEquals(tool, g.toolName());
    assertEquals(tool, GatewayContext.stripTarget(qualified));
  }

  @Test
  void recordNormalisesNulls() {
    GatewayContext g = new GatewayContext(null, null, null, null, null, null, null, null, null);
    assertEquals("", g.toolName());
    assertEquals(Map.of(), g.propagatedHeaders());
    Map<String, String> headers = new HashMap<>(Map.of("a", "1"));
    GatewayContext copy = new GatewayContext("", "", "", "", "", "", "", "", headers);
    headers.put("b", "2");
    assertEquals(Map.of("a", "1"), copy.propagatedHeaders());
    assertThrows(UnsupportedOperationException.class, () -> copy.propagatedHeaders().put("c", "3"));
  }

  @Test
  void propagatedQueryParameters_nextToTheHeaders_parsedLeniently() {
    Map<String, String> custom = FakeContext.gatewayCustom("examples___lookup_order");
    custom.put(
        "bedrockAgentCorePropagatedQueryParameters",
        "{\"region\":\"eu\",\"tags\":[\"a\",\"b\"],\"n\":3}");
    GatewayContext g = from(custom);
    assertEquals(Map.of("region", "eu", "tags", "a,b", "n", "3"), g.propagatedQueryParameters());
    assertEquals(g.propagatedQueryParameters(), g.queryParameters());
    assertEquals(java.util.Optional.of("eu"), g.queryParameter("region"));
    assertEquals(
        java.util.Optional.empty(),
        g.queryParameter("Region"),
        "query parameter names are case-sensitive");
    for (String bad :
        new String[] {"", "  ", "not json", "{\"a\":", "[1,2]", "\"text\"", "{\"a\":{\"b\":1}}"}) {
      custom.put("bedrockAgentCorePropagatedQueryParameters", bad);
      GatewayContext lenient = from(custom);
      assertEquals(Map.of(), lenient.propagatedQueryParameters(), bad);
    }
    custom.remove("bedrockAgentCorePropagatedQueryParameters");
    assertEquals(Map.of(), from(custom).propagatedQueryParameters());
  }
}
