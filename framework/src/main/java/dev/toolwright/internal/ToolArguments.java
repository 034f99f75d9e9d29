package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The arguments of one call, as a generated dispatcher reads them: first {@link #check} against
 * the tool's shape (which reports every problem at once and normalises the values), then one
 * typed read per parameter. Used by generated code; not API.
 */
public final class ToolArguments {

  private final ObjectNode arguments;
  private final JsonSupport json;
  private final Context lambdaContext;
  /** The client context's values, read into {@link #gatewayContext} only for a tool that asks. */
  private final Map<String, ?> contextValues;
  private GatewayContext gatewayContext;

  public ToolArguments(ObjectNode arguments, JsonSupport json, Context lambdaContext, GatewayContext gatewayContext) {
    this.arguments = arguments;
    this.json = json;
    this.lambdaContext = lambdaContext;
    this.contextValues = Map.of();
    this.gatewayContext = gatewayContext;
  }

  /** Arguments whose gateway context is built from the client context's values when a tool asks for it. */
  ToolArguments(ObjectNode arguments, JsonSupport json, Context lambdaContext, Map<String, ?> contextValues) {
    this.arguments = arguments;
    this.json = json;
    this.lambdaContext = lambdaContext;
    this.contextValues = contextValues;
  }

  /** Checks and normalises all arguments; throws with every problem listed. */
  public void check(Shape shape) throws InvalidArgumentsException {
    String problems = new ArgumentChecker(json).checkArguments(arguments, shape);
    if (problems != null) {
      throw new InvalidArgumentsException(problems);
    }
  }

  /** The Lambda context of this invocation (null when the handler was called without one). */
  public Context lambdaContext() {
    return lambdaContext;
  }

  /** What the gateway said about this call. */
  public GatewayContext gatewayContext() {
    // one thread reads a call's arguments (the worker, or the handler's thread), so no race
    if (gatewayContext == null) {
      gatewayContext = GatewayContexts.from(contextValues, json.mapper());
    }
    return gatewayContext;
  }

  private JsonNode node(String name) {
    JsonNode node = arguments.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /** A string argument, or null when it was optional and absent. */
  public String string(String name) {
    JsonNode node = node(name);
    return node == null ? null : node.textValue();
  }

  public char charValue(String name) {
    return node(name).textValue().charAt(0);
  }

  public Character character(String name) {
    JsonNode node = node(name);
    return node == null ? null : node.textValue().charAt(0);
  }

  public int intValue(String name) {
    return node(name).intValue();
  }

  public long longValue(String name) {
    return node(name).longValue();
  }

  public short shortValue(String name) {
    return node(name).shortValue();
  }

  public byte byteValue(String name) {
    return (byte) node(name).intValue();
  }

  public double doubleValue(String name) {
    return node(name).doubleValue();
  }

  public float floatValue(String name) {
    return node(name).floatValue();
  }

  public boolean booleanValue(String name) {
    return node(name).booleanValue();
  }

  public OptionalInt optionalInt(String name) {
    JsonNode node = node(name);
    return node == null ? OptionalInt.empty() : OptionalInt.of(node.intValue());
  }

  public OptionalLong optionalLong(String name) {
    JsonNode node = node(name);
    return node == null ? OptionalLong.empty() : OptionalLong.of(node.longValue());
  }

  public OptionalDouble optionalDouble(String name) {
    JsonNode node = node(name);
    return node == null ? OptionalDouble.empty() : OptionalDouble.of(node.doubleValue());
  }

  /** Any other type, read by Jackson; null when it was optional and absent. */
  public <T> T value(String name, Binding<T> binding) throws InvalidArgumentsException {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    try {
      return binding.read(node, json.mapper());
    } catch (ValueInstantiationException e) {
      throw rejected(name, e, e.getCause());
    } catch (InvalidDefinitionException e) {
      // Jackson cannot bind the type at all: a bug in the tool's types, not in the caller's value
      throw new IllegalStateException("Cannot bind argument '" + name + "' to " + binding.type(), e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ToolException) {
        throw rejected(name, e, cause);
      }
      throw new InvalidArgumentsException("Invalid argument '" + path(name, e) + "': " + reason(e) + ".");
    } catch (JsonProcessingException e) {
      throw new InvalidArgumentsException("Invalid argument '" + name + "': it could not be read.");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An optional argument of any type. */
  public <T> Optional<T> optional(String name, Binding<T> binding) throws InvalidArgumentsException {
    return Optional.ofNullable(value(name, binding));
  }

  private static InvalidArgumentsException rejected(String name, JsonMappingException e, Throwable cause) {
    String why = cause instanceof ToolException ? cause.getMessage() : "the value was rejected";
    return new InvalidArgumentsException("Invalid argument '" + path(name, e) + "': " + why + ".");
  }

  private static String path(String name, JsonMappingException e) {
    StringBuilder sb = new StringBuilder(name);
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null && ref.getFrom() instanceof java.util.Map) {
        sb.append("['").append(ArgumentChecker.shortName(ref.getFieldName())).append("']");
      } else if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof InvalidFormatException) {
      Object value = ((InvalidFormatException) e).getValue();
      String got = value instanceof String ? ArgumentChecker.quote((String) value) : String.valueOf(value);
      Class<?> target = ((InvalidFormatException) e).getTargetType();
      return "expected " + (target == null ? "a different value" : describeType(target)) + ", got " + got;
    }
    return "the value does not fit the expected type";
  }

  private static String describeType(Class<?> type) {
    if (type.isEnum()) {
      return "one of the allowed values";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "a value in the documented format";
  }
}
