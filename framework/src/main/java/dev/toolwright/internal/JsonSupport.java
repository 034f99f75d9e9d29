package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.GatewayLimits;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON configuration of a tool Lambda: one jackson-core {@link JsonFactory} bounded for agent
 * input (depth, number length, document size, strict about duplicates), which the request path
 * reads and writes with, streaming. jackson-databind is not used on the request path; an {@link
 * ObjectMapper} on the same factory is built only when something asks for it (a type routed to the
 * databind fallback, the test kit). Used by generated code; not API.
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

  private final JsonFactory factory;
  private volatile ObjectMapper mapper;

  public JsonSupport() {
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_REQUEST_BYTES)
                    .maxNameLength(10_000)
                    .maxDocumentLength(MAX_REQUEST_BYTES + 1L)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(256).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /** The streaming factory everything on the request path reads and writes with. */
  public JsonFactory factory() {
    return factory;
  }

  /**
   * The {@link ObjectMapper} configured as the runtime's JSON contract (ISO-8601 {@code java.time},
   * {@code NON_ABSENT}, strict reads), built on first use: the databind fallback and the test kit
   * use it; the request path does not.
   */
  public ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = Databind.mapper(factory);
          mapper = m;
        }
      }
    }
    return m;
  }

  /** A UTF-8 generator onto the stream. */
  JsonGenerator generator(OutputStream out) throws IOException {
    return factory.createGenerator(out, JsonEncoding.UTF8);
  }

  /** A value as compact JSON bytes. */
  byte[] bytes(JsonValue value) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
    try (JsonGenerator g = generator(out)) {
      value.write(g);
    }
    return out.toByteArray();
  }

  /**
   * Parses a request body; null when it holds no value. Throws {@link IOException} with the
   * parser's message on bad JSON. The common case is read by {@link AsciiJsonReader}, into the same
   * tree; everything else by jackson-core.
   */
  JsonValue readTree(byte[] body, int length) throws IOException {
    JsonValue common = AsciiJsonReader.read(body, length);
    if (common != null) {
      return common;
    }
    try (JsonParser parser = factory.createParser(body, 0, length)) {
      return readOne(parser);
    }
  }

  /** Parses JSON text (a whole document); null when it holds no value. */
  public JsonValue readTree(String text) throws IOException {
    try (JsonParser parser = factory.createParser(text)) {
      return readOne(parser);
    }
  }

  private static JsonValue readOne(JsonParser parser) throws IOException {
    if (parser.nextToken() == null) {
      return null;
    }
    JsonValue value = JsonValue.read(parser);
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "Unexpected content after the JSON value");
    }
    return value;
  }

  /**
   * Parses JSON that an agent sent inside a string where an object or array was expected; null when
   * it is not such JSON.
   */
  JsonValue parseEmbedded(String text, boolean object) {
    String t = text.trim();
    if (t.isEmpty() || t.charAt(0) != (object ? '{' : '[')) {
      return null;
    }
    try {
      JsonValue node = readTree(t);
      return node != null && (object ? node.isObject() : node.isArray()) ? node : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
