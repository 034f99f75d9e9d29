package dev.toolwright.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Builds the runtime's {@link ObjectMapper}: kept apart from {@link JsonSupport} so that no
 * databind class is loaded (or verified) until a mapper is asked for. Not API.
 */
final class Databind {

  private Databind() {}

  static ObjectMapper mapper(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .addModule(new JdkTypesModule())
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // keep every decimal exactly as sent (12.50 stays 12.50), as the runtime's own tree does
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /** A value a tool logs that is not a plain scalar, as the tree Jackson writes of it. */
  static JsonValue toValue(JsonSupport json, Object value) throws java.io.IOException {
    return json.readTree(json.mapper().writeValueAsString(value));
  }

  /** Runs a user's redactor on a Jackson copy of the arguments; null when it logs none. */
  static JsonValue redact(
      JsonSupport json, String tool, JsonValue arguments, dev.toolwright.ArgumentRedactor redactor)
      throws java.io.IOException {
    ObjectMapper mapper = json.mapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.bytes(arguments));
    com.fasterxml.jackson.databind.JsonNode redacted = redactor.redact(tool, tree);
    return redacted == null ? null : json.readTree(mapper.writeValueAsString(redacted));
  }

  /** Redaction.mask on a Jackson tree. */
  static void mask(com.fasterxml.jackson.databind.JsonNode node, String[] parts) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode) {
      com.fasterxml.jackson.databind.node.ObjectNode object =
          (com.fasterxml.jackson.databind.node.ObjectNode) node;
      java.util.List<String> masked = new java.util.ArrayList<>();
      for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e :
          object.properties()) {
        if (Redaction.matches(e.getKey(), parts)) {
          masked.add(e.getKey());
        } else {
          mask(e.getValue(), parts);
        }
      }
      for (String key : masked) {
        object.put(key, dev.toolwright.ArgumentRedactor.MASK);
      }
    } else if (node != null && node.isArray()) {
      for (com.fasterxml.jackson.databind.JsonNode item : node) {
        mask(item, parts);
      }
    }
  }
}
