package dev.toolwright.internal;

import dev.toolwright.GatewayContext;
import dev.toolwright.gateway.ClientContextKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the gateway's client-context keys into a {@link GatewayContext}, leniently and without
 * databind: a malformed or absent value is an empty one, never a failed call. Not API.
 */
final class GatewayContexts {

  private GatewayContexts() {}

  static GatewayContext from(Map<String, ?> custom, JsonSupport json) {
    String qualified = text(custom.get(ClientContextKeys.TOOL_NAME));
    String target = target(qualified);
    return new GatewayContext(
        qualified,
        target == null ? "" : target,
        GatewayContext.stripTarget(qualified),
        text(custom.get(ClientContextKeys.GATEWAY_ID)),
        text(custom.get(ClientContextKeys.TARGET_ID)),
        text(custom.get(ClientContextKeys.MCP_MESSAGE_ID)),
        text(custom.get(ClientContextKeys.AWS_REQUEST_ID)),
        text(custom.get(ClientContextKeys.MESSAGE_VERSION)),
        stringMap(custom.get(ClientContextKeys.PROPAGATED_HEADERS), json),
        stringMap(custom.get(ClientContextKeys.PROPAGATED_QUERY_PARAMETERS), json));
  }

  /**
   * The target part of {@code <target>___<tool>} (before the first separator), or null without one.
   */
  static String target(String qualifiedToolName) {
    int at = qualifiedToolName.indexOf(GatewayContext.TARGET_SEPARATOR);
    return at < 0 ? null : qualifiedToolName.substring(0, at);
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof JsonValue) {
      JsonValue node = (JsonValue) value;
      return node.isValueNode() ? node.asText() : node.toJson();
    }
    return value.toString();
  }

  /**
   * Propagated headers or query parameters: a JSON object in a string (as the Java runtime delivers
   * client-context values), or an object; values that are arrays are joined with commas. Anything
   * else (absent, empty, malformed, not an object) is an empty map.
   */
  static Map<String, String> stringMap(Object value, JsonSupport json) {
    try {
      if (value instanceof JsonValue && ((JsonValue) value).isTextual()) {
        // a local __context__ that spells the value as the Java runtime delivers it: a JSON string
        value = ((JsonValue) value).text();
      }
      if (value instanceof String) {
        String text = ((String) value).trim();
        if (!text.startsWith("{")) {
          return Map.of();
        }
        value = json.readTree(text);
      }
      Map<String, String> result = new LinkedHashMap<>();
      if (value instanceof JsonValue && ((JsonValue) value).isObject()) {
        for (Map.Entry<String, JsonValue> e : ((JsonValue) value).members().entrySet()) {
          JsonValue v = e.getValue();
          if (v.isValueNode() && !v.isNull()) {
            result.put(e.getKey(), v.asText());
          } else if (v.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (JsonValue item : v.items()) {
              if (item.isValueNode() && !item.isNull()) {
                joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
              }
            }
            result.put(e.getKey(), joined.toString());
          }
        }
      } else if (value instanceof Map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          Object v = e.getValue();
          if (e.getKey() == null || v == null) {
            continue;
          }
          if (v instanceof Iterable) {
            StringBuilder joined = new StringBuilder();
            for (Object item : (Iterable<?>) v) {
              if (item != null) {
                joined.append(joined.length() == 0 ? "" : ",").append(item);
              }
            }
            result.put(e.getKey().toString(), joined.toString());
          } else if (!(v instanceof Map)) {
            result.put(e.getKey().toString(), v.toString());
          }
        }
      }
      return result;
    } catch (java.io.IOException | RuntimeException e) {
      return Map.of();
    }
  }
}
