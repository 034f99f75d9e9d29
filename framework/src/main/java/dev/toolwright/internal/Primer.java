package dev.toolwright.internal;

import dev.toolwright.ToolDispatcher;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Priming: does the JSON work of every tool's first call ahead of time, without calling any tool.
 * For each tool it builds valid synthetic arguments from the tool's {@link Shape}, writes and
 * parses them as a request would be, checks them and reads every parameter through the generated
 * readers; then it writes a sample of the result's shape and an error answer once. The first real
 * call then finds the request path's classes loaded and its code warmed.
 *
 * <p>Worth it when INIT is not on a caller's clock: before a SnapStart snapshot or for provisioned
 * concurrency, which is when it runs by default ({@value #PRIMING_ENV} {@code =auto}); {@code on}
 * primes on every cold start, {@code off} never. Best effort: a tool whose priming fails is
 * skipped, and its first call does the work as it would have. Part of the generated-code surface
 * ({@link Abi}); not API.
 */
public final class Primer {

  /** Environment variable: {@code auto} (default), {@code on} or {@code off}. */
  public static final String PRIMING_ENV = "TOOLWRIGHT_PRIMING";

  /** Set by Lambda: {@code on-demand}, {@code provisioned-concurrency} or {@code snap-start}. */
  static final String INITIALIZATION_TYPE_ENV = "AWS_LAMBDA_INITIALIZATION_TYPE";

  /** Objects and arrays deeper than this get only their required properties and no elements. */
  private static final int FULL_SAMPLE_DEPTH = 4;

  private final JsonSupport json;

  Primer(JsonSupport json) {
    this.json = json;
  }

  /** Whether to prime, from {@link #PRIMING_ENV} and Lambda's initialization type. */
  public static boolean enabled(Map<String, String> environment) {
    String setting = environment.get(PRIMING_ENV);
    String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "on":
      case "true":
      case "always":
        return true;
      case "off":
      case "false":
      case "never":
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

  /** Writes an error answer and the wrapped and void answers once. */
  private void commonValues() {
    try {
      Responses.success(json, null, null, ToolResult.VOID);
      Responses.error(json, Responses.INVALID_ARGUMENTS, "primed");
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /**
   * Valid synthetic arguments for a tool's input shape, written to bytes, parsed and checked as a
   * request's would be.
   */
  public ToolArguments arguments(Shape input) throws IOException, InvalidArgumentsException {
    byte[] body = json.bytes(sample(input, 0));
    JsonValue parsed = json.readTree(body, body.length);
    ToolArguments arguments = new ToolArguments(parsed, json, null, Map.<String, Object>of());
    arguments.check(input);
    return arguments;
  }

  /**
   * Writes a synthetic value of the result's shape as an answer is written (wrapped in {@code
   * {"result": ...}} when {@code wrapped}).
   */
  public void result(Shape shape, boolean wrapped) {
    try {
      JsonValue sample = sample(shape, 0);
      if (wrapped) {
        JsonValue object = JsonValue.object();
        object.members().put(ToolResult.RESULT_PROPERTY, sample);
        sample = object;
      }
      json.bytes(sample);
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /** A JSON value of the shape: every property, one element per array and map, near the top. */
  static JsonValue sample(Shape shape, int depth) {
    switch (shape.kind) {
      case STRING:
        if (shape.format != null) {
          return JsonValue.text(shape.format.example());
        }
        if (shape.allowedValues != null) {
          return JsonValue.text(shape.allowedValues.get(0));
        }
        return JsonValue.text("x");
      case INTEGER:
        return JsonValue.number(
            shape.width == 1 ? Math.max(shape.min, Math.min(shape.max, 1L)) : 1L);
      case NUMBER:
        return JsonValue.number(new BigDecimal("1.5"));
      case BOOLEAN:
        return JsonValue.TRUE;
      case ARRAY:
        {
          JsonValue array = JsonValue.array(1);
          if (depth < FULL_SAMPLE_DEPTH) {
            array.items().add(sample(shape.element, depth + 1));
          }
          return array;
        }
      case MAP:
        {
          JsonValue map = JsonValue.object();
          if (depth < FULL_SAMPLE_DEPTH) {
            map.members().put("key", sample(shape.element, depth + 1));
          }
          return map;
        }
      default:
        {
          JsonValue object = JsonValue.object();
          for (Shape.Property property : shape.properties.values()) {
            if (property.required || depth < FULL_SAMPLE_DEPTH) {
              object.members().put(property.name, sample(property.shape, depth + 1));
            }
          }
          return object;
        }
    }
  }
}
