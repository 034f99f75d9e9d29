package dev.toolwright.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Test helpers between the runtime's {@link JsonValue} and Jackson's trees (tests may use
 * databind).
 */
final class Trees {

  private static final JsonSupport JSON = new JsonSupport();

  private Trees() {}

  /** JSON with ' for ". */
  static JsonValue parse(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Jackson node of the same kind (int, long, BigInteger, BigDecimal, double kept apart). */
  static JsonNode toNode(JsonValue v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v == null) {
      return null;
    }
    switch (v.kind) {
      case OBJECT:
        {
          ObjectNode o = f.objectNode();
          for (Map.Entry<String, JsonValue> e : v.members().entrySet()) {
            o.set(e.getKey(), toNode(e.getValue()));
          }
          return o;
        }
      case ARRAY:
        {
          ArrayNode a = f.arrayNode();
          for (JsonValue item : v.items()) {
            a.add(toNode(item));
          }
          return a;
        }
      case STRING:
        return f.textNode(v.text());
      case INT:
        return f.numberNode(v.intValue());
      case LONG:
        return f.numberNode(v.longValue());
      case BIG_INTEGER:
        return f.numberNode(v.bigIntegerValue());
      case DECIMAL:
        return f.numberNode(v.decimalValue());
      case DOUBLE:
        return f.numberNode(v.doubleValue());
      case TRUE:
        return f.booleanNode(true);
      case FALSE:
        return f.booleanNode(false);
      default:
        return f.nullNode();
    }
  }

  /** The runtime value of a Jackson node (for tests that build trees by hand). */
  static JsonValue fromNode(JsonNode n) {
    if (n.isObject()) {
      JsonValue o = JsonValue.object();
      n.properties().forEach(e -> o.members().put(e.getKey(), fromNode(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      JsonValue a = JsonValue.array(n.size());
      n.forEach(item -> a.items().add(fromNode(item)));
      return a;
    }
    if (n.isTextual()) {
      return JsonValue.text(n.textValue());
    }
    if (n.isInt()) {
      return JsonValue.number(n.intValue());
    }
    if (n.isLong()) {
      return JsonValue.number(n.longValue());
    }
    if (n.isBigInteger()) {
      return JsonValue.number((BigInteger) n.bigIntegerValue());
    }
    if (n.isBigDecimal()) {
      return JsonValue.number((BigDecimal) n.decimalValue());
    }
    if (n.isDouble() || n.isFloat()) {
      return JsonValue.number(n.doubleValue());
    }
    if (n.isBoolean()) {
      return JsonValue.bool(n.booleanValue());
    }
    return JsonValue.NULL;
  }
}
