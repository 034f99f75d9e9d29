package dev.toolwright.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.ToolDispatcher;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Map;

/**
 * Priming: does the JSON work of every tool's first call ahead of time, without calling any
 * tool. For each tool it builds valid synthetic arguments from the tool's {@link Shape}, writes
 * and parses them as a request would be, checks them, reads every parameter through its
 * {@link Binding} (building Jackson's deserializers) and builds the serializer of the result
 * type; then it writes a success and an error answer once. The first real call then finds
 * Jackson's caches filled and the request path's classes loaded.
 *
 * <p>Worth it when INIT is not on a caller's clock: before a SnapStart snapshot or for
 * provisioned concurrency, which is when it runs by default ({@value #PRIMING_ENV}
 * {@code =auto}); {@code on} primes on every cold start, {@code off} never. Best effort: a tool
 * whose priming fails is skipped, and its first call does the work as it would have. Used by
 * generated code; not API.
 */
public final class Primer {

  /** Environment variable: {@code auto} (default), {@code on} or {@code off}. */
  public static final String PRIMING_ENV = "TOOLWRIGHT_PRIMING";
  /** Set by Lambda: {@code on-demand}, {@code provisioned-concurrency} or {@code snap-start}. */
  static final String INITIALIZATION_TYPE_ENV = "AWS_LAMBDA_INITIALIZATION_TYPE";

  /** Objects and arrays deeper than this get only their required properties and no elements. */
  private static final int FULL_SAMPLE_DEPTH = 4;

  private final JsonSupport json;
  private final ObjectMapper mapper;

  Primer(JsonSupport json) {
    this.json = json;
    this.mapper = json.mapper();
  }

  /** Whether to prime, from {@link #PRIMING_ENV} and Lambda's initialization type. */
  public static boolean enabled(Map<String, String> environment) {
    String setting = environment.get(PRIMING_ENV);
    String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "on": case "true": case "always":
        return true;
      case "off": case "false": case "never":
        return false;
      default:
        String type = environment.get(INITIALIZATION_TYPE_ENV);
        return "snap-start".equals(type) || "provisioned-concurrency".equals(type);
    }
  }

  /**
   * Primes every tool of the dispatchers; returns how many tools were primed. Never throws for a
   * tool's sake.
   */
  public static int prime(List<ToolDispatcher> dispatchers, JsonSupport json) {
    Primer primer = new Primer(json);
    int primed = 0;
    for (ToolDispatcher dispatcher : dispatchers) {
      for (String tool : dispatcher.toolNames()) {
        try {
          dispatcher.prime(tool, primer);
          primed++;
        } catch (Exception | LinkageError e) {
          // best effort: the tool's first real call does this work instead
        }
      }
    }
    primer.commonValues();
    return primed;
  }

  /**
   * Writes the JDK collections and values tools commonly return (each runtime class, such as
   * {@code List.of}'s, gets its own serializer, found on first use) and an error answer.
   */
  private void commonValues() {
    List<Object> values = Arrays.asList(
        List.of(), List.of(1), List.of(1, 2, 3), new ArrayList<>(List.of(1)), Arrays.asList(1), Collections.emptyList(),
        Collections.unmodifiableList(new ArrayList<>(List.of(1))), Set.of(), Set.of(1), Set.of(1, 2, 3),
        new HashSet<>(Set.of(1)), new LinkedHashSet<>(Set.of(1)), new TreeSet<>(Set.of(1)),
        Map.of(), Map.of("k", 1), Map.of("k", 1, "l", 2, "m", 3), new HashMap<>(Map.of("k", 1)),
        new LinkedHashMap<>(Map.of("k", 1)), new TreeMap<>(Map.of("k", 1)),
        Collections.unmodifiableMap(new HashMap<>(Map.of("k", 1))), Optional.of(1), Optional.empty(),
        "text", 1, 1L, 1.5d, 1.5f, true, new BigDecimal("1.50"), BigInteger.ONE, (short) 1, (byte) 1, 'c');
    try {
      Responses.success(mapper, ToolResult.wrap(values));
      Responses.success(mapper, ToolResult.VOID);
      Responses.error(mapper, Responses.INVALID_ARGUMENTS, "primed");
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /**
   * Valid synthetic arguments for a tool's input shape, written to bytes, parsed and checked as
   * a request's would be.
   */
  public ToolArguments arguments(Shape input) throws IOException, InvalidArgumentsException {
    byte[] body = mapper.writeValueAsBytes(sample(input, 0));
    JsonNode parsed = json.readTree(body, body.length);
    ToolArguments arguments = new ToolArguments((ObjectNode) parsed, json, null, Map.<String, Object>of());
    arguments.check(input);
    return arguments;
  }

  /**
   * Builds the serializer of a tool's result type, then writes a synthetic result as a call
   * would: an instance read from a sample of the result's shape (so its property writers run
   * once). Types Jackson cannot build from JSON keep just the prepared serializer.
   */
  public void result(Binding<?> type, Shape shape, boolean wrapped) {
    mapper.writerFor(type.type());
    try {
      Object sample = mapper.readerFor(type.type())
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .readValue(sample(shape, 0));
      Responses.success(mapper, wrapped ? ToolResult.wrap(sample) : sample);
    } catch (IOException | RuntimeException e) {
      // no creator Jackson can use, or a constructor that rejects the sample: serializer only
    }
  }

  /** A JSON value of the shape: every property, one element per array and map, near the top. */
  static JsonNode sample(Shape shape, int depth) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (shape.kind) {
      case STRING:
        if (shape.format != null) {
          return nodes.textNode(shape.format.example());
        }
        if (shape.allowedValues != null) {
          return nodes.textNode(shape.allowedValues.get(0));
        }
        return nodes.textNode("x");
      case INTEGER:
        return nodes.numberNode(shape.width == 1 ? Math.max(shape.min, Math.min(shape.max, 1L)) : 1L);
      case NUMBER:
        return nodes.numberNode(new BigDecimal("1.5"));
      case BOOLEAN:
        return nodes.booleanNode(true);
      case ARRAY: {
        ArrayNode array = nodes.arrayNode();
        if (depth < FULL_SAMPLE_DEPTH) {
          array.add(sample(shape.element, depth + 1));
        }
        return array;
      }
      case MAP: {
        ObjectNode map = nodes.objectNode();
        if (depth < FULL_SAMPLE_DEPTH) {
          map.set("key", sample(shape.element, depth + 1));
        }
        return map;
      }
      default: {
        ObjectNode object = nodes.objectNode();
        for (Shape.Property property : shape.properties.values()) {
          if (property.required || depth < FULL_SAMPLE_DEPTH) {
            object.set(property.name, sample(property.shape, depth + 1));
          }
        }
        return object;
      }
    }
  }
}
