package dev.toolwright.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one request every variant answers: lookup_order of B-2001, as the gateway sends it. */
final class GatewayEvent {

  /** The gateway target name the examples are registered under. */
  static final String TARGET = "examples";
  /** The tool every variant serves. */
  static final String TOOL = "lookup_order";
  /** The event: the bare arguments object of the MCP tools/call. */
  static final String ARGUMENTS = "{\"orderId\":\"B-2001\",\"includeItems\":false}";
  /** What every variant must answer (A and B byte for byte). */
  static final String EXPECTED_ANSWER = "{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\","
      + "\"status\":\"shipped\",\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}";

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
