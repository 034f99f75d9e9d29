package dev.toolwright.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one request every variant answers: the examples' search_orders, as the gateway sends it. The
 * arguments are a nested record of optional criteria (a string and a date set, the enum criterion
 * left out, an int); the answer is a list of two order records with enum wire names, ISO dates,
 * {@code BigDecimal}s, empty lists and one empty {@code Optional} (left out).
 */
final class GatewayEvent {

  /** The gateway target name the examples are registered under. */
  static final String TARGET = "examples";

  /** The tool every variant serves. */
  static final String TOOL = "search_orders";

  /** The event: the bare arguments object of the MCP tools/call. */
  static final String ARGUMENTS =
      "{\"query\":{\"customerEmail\":\"ana@example.com\",\"placedAfter\":\"2026-10-01\",\"limit\":5}}";

  /** What every variant must answer: A, B, S and E byte for byte (E has it as a constant). */
  static final String EXPECTED_ANSWER =
      "{\"orders\":["
          + "{\"orderId\":\"A-1002\",\"customerEmail\":\"ana@example.com\",\"status\":\"pending\","
          + "\"placedOn\":\"2026-11-20\",\"items\":[],\"total\":22.50},"
          + "{\"orderId\":\"A-1001\",\"customerEmail\":\"ana@example.com\",\"status\":\"delivered\","
          + "\"placedOn\":\"2026-10-02\",\"items\":[],\"total\":25.00,\"trackingNumber\":\"1Z999\"}],"
          + "\"totalMatches\":2}";

  private GatewayEvent() {}

  static byte[] argumentBytes() {
    return ARGUMENTS.getBytes(StandardCharsets.UTF_8);
  }

  /** The client context's custom map, with the keys the gateway sends. */
  static Map<String, String> clientContextCustom(String tool) {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", TARGET + "___" + tool);
    custom.put("bedrockAgentCoreGatewayId", "gw-1234567890");
    custom.put("bedrockAgentCoreTargetId", "TARGET1234");
    custom.put("bedrockAgentCoreMcpMessageId", "42");
    custom.put("bedrockAgentCoreAwsRequestId", "0f4c5a3e-6d1b-4c1e-9a57-3c2f6a1b9e10");
    custom.put("bedrockAgentCoreMessageVersion", "1.0");
    return custom;
  }
}
