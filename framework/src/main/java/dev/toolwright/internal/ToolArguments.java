package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Context;
import dev.toolwright.GatewayContext;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The arguments of one call, as a generated dispatcher reads them: first {@link #check} against the
 * tool's shape (which reports every problem at once and normalises the values), then one typed read
 * per parameter: the scalar reads here, {@link #member} for the generated readers of records,
 * POJOs, collections and the rest, and {@link #value(String, Binding)} only for a type the
 * processor routed to the databind fallback. Part of the generated-code surface ({@link Abi}); not
 * API.
 */
public final class ToolArguments {

  private final JsonValue arguments;
  private final JsonSupport json;
  private final Context lambdaContext;

  /** The client context's values, read into {@link #gatewayContext} only for a tool that asks. */
  private final Map<String, ?> contextValues;

  private GatewayContext gatewayContext;

  /** The shape the arguments were checked against: the map of the paths in messages. */
  private Shape shape;

  public ToolArguments(
      JsonValue arguments, JsonSupport json, Context lambdaContext, GatewayContext gatewayContext) {
    this.arguments = arguments;
    this.json = json;
    this.lambdaContext = lambdaContext;
    this.contextValues = Map.of();
    this.gatewayContext = gatewayContext;
  }

  /**
   * Arguments whose gateway context is built from the client context's values when a tool asks for
   * it.
   */
  ToolArguments(
      JsonValue arguments, JsonSupport json, Context lambdaContext, Map<String, ?> contextValues) {
    this.arguments = arguments;
    this.json = json;
    this.lambdaContext = lambdaContext;
    this.contextValues = contextValues;
  }

  /** Checks and normalises all arguments; throws with every problem listed. */
  public void check(Shape shape) throws InvalidArgumentsException {
    this.shape = shape;
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
      gatewayContext = GatewayContexts.from(contextValues, json);
    }
    return gatewayContext;
  }

  private JsonValue node(String name) {
    return arguments.member(name);
  }

  /** An argument's checked value for a generated reader; null when it was optional and absent. */
  public JsonValue member(String name) {
    return arguments.member(name);
  }

  /** The message for a value a generated reader could not build (a constructor or setter threw). */
  InvalidArgumentsException invalid(Abi.Rejected rejected) {
    return Abi.invalid(rejected, arguments, shape);
  }

  JsonSupport json() {
    return json;
  }

  /** The arguments as sent (after {@link #check}: normalised). */
  JsonValue tree() {
    return arguments;
  }

  /** A string argument, or null when it was optional and absent. */
  public String string(String name) {
    JsonValue node = node(name);
    return node == null ? null : node.text();
  }

  public char charValue(String name) {
    return node(name).charValue();
  }

  public Character character(String name) {
    JsonValue node = node(name);
    return node == null ? null : node.charValue();
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
    return node(name).byteValue();
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
    JsonValue node = node(name);
    return node == null ? OptionalInt.empty() : OptionalInt.of(node.intValue());
  }

  public OptionalLong optionalLong(String name) {
    JsonValue node = node(name);
    return node == null ? OptionalLong.empty() : OptionalLong.of(node.longValue());
  }

  public OptionalDouble optionalDouble(String name) {
    JsonValue node = node(name);
    return node == null ? OptionalDouble.empty() : OptionalDouble.of(node.doubleValue());
  }

  /**
   * A value of a type the processor routed to the databind fallback, read by Jackson (loaded on
   * first use); null when it was optional and absent.
   */
  public <T> T value(String name, Binding<T> binding) throws InvalidArgumentsException {
    JsonValue node = node(name);
    return node == null ? null : binding.readArgument(name, node, json);
  }

  /** An optional argument of any type. */
  public <T> Optional<T> optional(String name, Binding<T> binding)
      throws InvalidArgumentsException {
    return Optional.ofNullable(value(name, binding));
  }
}
