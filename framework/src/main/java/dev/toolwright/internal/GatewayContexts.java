package dev.toolwright.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import dev.toolwright.gateway.ClientContextKeys;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the gateway's client-context keys into a {@link GatewayContext}. Not API. */
final class GatewayContexts {

  static final String GATEWAY_ID = ClientContextKeys.GATEWAY_ID;
  static final String TARGET_ID = ClientContextKeys.TARGET_ID;
  static final String MCP_MESSAGE_ID = ClientContextKeys.MCP_MESSAGE_ID;
  static final String AWS_REQUEST_ID = ClientContextKeys.AWS_REQUEST_ID;
  static final String MESSAGE_VERSION = ClientContextKeys.MESSAGE_VERSION;
  static final String PROPAGATED_HEADERS = ClientContextKeys.PROPAGATED_HEADERS;

  private GatewayContexts() {}

  static GatewayContext from(Map<String, ?> custom, ObjectMapper mapper) {
    String qualified = text(custom.get(GatewayContext.TOOL_NAME_KEY));
    int at = qualified.indexOf(GatewayContext.TARGET_SEPARATOR);
    String target = at < 0 ? "" : qualified.substring(0, at);
    return new GatewayContext(
        qualified,
        target,
        GatewayContext.stripTarget(qualified),
        text(custom.get(GATEWAY_ID)),
        text(custom.get(TARGET_ID)),
        text(custom.get(MCP_MESSAGE_ID)),
        text(custom.get(AWS_REQUEST_ID)),
        text(custom.get(MESSAGE_VERSION)),
        headers(custom.get(PROPAGATED_HEADERS), mapper));
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof JsonNode) {
      JsonNode node = (JsonNode) value;
      return node.isValueNode() ? node.asText() : node.toString();
    }
    return value.toString();
  }

  /** Propagated headers: a JSON object as a string (Java) or an object; anything else is ignored. */
  private static Map<String, String> headers(Object value, ObjectMapper mapper) {
    JsonNode node = null;
    if (value instanceof JsonNode && ((JsonNode) value).isTextual()) {
      // a local __context__ that spells the headers as the Java runtime delivers them: a JSON string
      value = ((JsonNode) value).textValue();
    }
    if (value instanceof JsonNode) {
      node = (JsonNode) value;
    } else if (value instanceof Map) {
      node = mapper.valueToTree(value);
    } else if (value instanceof String && !((String) value).isBlank()) {
      try {
        node = mapper.readTree((String) value);
      } catch (Exception e) {
        return Map.of();
      }
    }
    if (node == null || !node.isObject()) {
      return Map.of();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isValueNode() && !v.isNull()) {
        headers.put(e.getKey(), v.asText());
      } else if (v.isArray()) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode item : v) {
          if (item.isValueNode()) {
            joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
          }
        }
        headers.put(e.getKey(), joined.toString());
      }
    }
    return headers;
  }
}
