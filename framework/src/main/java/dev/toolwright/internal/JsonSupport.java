package dev.toolwright.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.toolwright.gateway.GatewayLimits;
import java.io.IOException;

/**
 * The one {@link ObjectMapper} of a tool Lambda, configured for agent input: bounded, strict
 * about JSON syntax, ISO-8601 for {@code java.time}, no default typing. Used by generated code;
 * not API.
 */
public final class JsonSupport {

  /** Lambda's synchronous payload limit. */
  public static final int MAX_REQUEST_BYTES = GatewayLimits.MAX_PAYLOAD_BYTES;
  /** The largest answer the handler returns; Lambda fails the invocation above 6 MB. */
  public static final int MAX_RESPONSE_BYTES = GatewayLimits.MAX_PAYLOAD_BYTES;
  /** Deepest nesting of objects and arrays an argument may have. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private final ObjectMapper mapper;

  public JsonSupport() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_REQUEST_BYTES)
            .maxNameLength(10_000)
            .maxDocumentLength(MAX_REQUEST_BYTES + 1L)
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(256).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new JdkTypesModule())
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // Arguments are parsed to a tree before their types are known: keep every decimal
        // exactly as sent (12.50 stays 12.50) so BigDecimal parameters lose nothing; the
        // checker bounds exponents and double/float parameters read the tree's value.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Parses a request body. Throws {@link IOException} with Jackson's parser message on bad JSON. */
  JsonNode readTree(byte[] body, int length) throws IOException {
    try (JsonParser parser = mapper.createParser(body, 0, length)) {
      JsonNode node = mapper.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected content after the JSON value");
      }
      return node;
    }
  }

  /**
   * Parses JSON that an agent sent inside a string where an object or array was expected;
   * null when it is not such JSON.
   */
  JsonNode parseEmbedded(String text, boolean object) {
    String t = text.trim();
    if (t.isEmpty() || t.charAt(0) != (object ? '{' : '[')) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(t);
      return node != null && (object ? node.isObject() : node.isArray()) ? node : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
