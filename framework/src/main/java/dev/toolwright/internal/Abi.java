package dev.toolwright.internal;

import dev.toolwright.ToolException;
import java.util.List;
import java.util.Map;

/**
 * The surface generated dispatchers are written against, and its version. Generated code uses only
 * these framework types: {@link ToolArguments} and {@link JsonValue} (reading checked arguments),
 * {@link JsonOut} (writing results), {@link Shape} and {@link StringFormat} (declaring argument
 * shapes), {@link ToolResult}, {@link Primer}, {@link Binding} (the databind fallback) and this
 * class. A dispatcher reports the version it was written for ({@code ToolDispatcher.abiVersion()});
 * the engine refuses, at INIT, one written for another. Not API.
 */
public final class Abi {

  /**
   * The version of this surface. 3: property names written as {@link JsonOut.Name} constants; 2:
   * streaming readers and writers generated from the type model (no databind on the request path);
   * 1 (implicit): shapes with databind trees and bindings.
   */
  public static final int VERSION = 3;

  private Abi() {}

  /** Checks a dispatcher's version; the message is the one sentence INIT fails with. */
  static void check(String dispatcherClass, int version) {
    if (version != VERSION) {
      throw new IllegalStateException(
          dispatcherClass
              + " was generated for Toolwright runtime interface version "
              + version
              + ", but this toolwright-framework speaks version "
              + VERSION
              + ": build the tools with the annotation processor of the same Toolwright release as the framework jar.");
    }
  }

  /**
   * What a generated reader throws when the constructor or setter of a value fails: carries the
   * value, so that the message names its path in the arguments.
   */
  public static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient JsonValue value;

    Rejected(JsonValue value, Throwable cause) {
      super(null, cause, false, false);
      this.value = value;
    }
  }

  /**
   * The exception a generated reader throws when building {@code value}'s Java object failed with
   * {@code e}; a failure already attributed to an inner value stays as it is.
   */
  public static RuntimeException rejected(JsonValue value, Exception e) {
    if (e instanceof Rejected) {
      return (Rejected) e;
    }
    return new Rejected(value, e);
  }

  /** The databind fallback for a value nested in a generated reader. */
  public static <T> T fallback(JsonValue value, Binding<T> binding) {
    return binding.readNested(value);
  }

  /** The agent's message for a rejected value: its path, and a {@link ToolException}'s message. */
  static InvalidArgumentsException invalid(Rejected r, JsonValue arguments, Shape shape) {
    StringBuilder path = new StringBuilder();
    if (shape == null || !find(arguments, shape, r.value, path)) {
      path.setLength(0);
      path.append("arguments");
    }
    Throwable cause = r.getCause();
    String why = cause instanceof ToolException ? cause.getMessage() : "the value was rejected";
    return new InvalidArgumentsException("Invalid argument '" + path + "': " + why + ".");
  }

  /**
   * Finds {@code target} (by identity) under {@code node} of the given shape, appending its path.
   */
  private static boolean find(JsonValue node, Shape shape, JsonValue target, StringBuilder path) {
    if (node.isObject() && shape.kind == Shape.Kind.OBJECT) {
      for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
        Shape.Property property = shape.properties.get(e.getKey());
        if (property == null) {
          continue;
        }
        int mark = path.length();
        if (mark > 0) {
          path.append('.');
        }
        path.append(e.getKey());
        if (e.getValue() == target || find(e.getValue(), property.shape, target, path)) {
          return true;
        }
        path.setLength(mark);
      }
    } else if (node.isObject() && shape.kind == Shape.Kind.MAP) {
      for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
        int mark = path.length();
        path.append("['").append(ArgumentChecker.shortName(e.getKey())).append("']");
        if (e.getValue() == target || find(e.getValue(), shape.element, target, path)) {
          return true;
        }
        path.setLength(mark);
      }
    } else if (node.isArray() && shape.kind == Shape.Kind.ARRAY) {
      List<JsonValue> items = node.items();
      for (int i = 0; i < items.size(); i++) {
        int mark = path.length();
        path.append('[').append(i).append(']');
        if (items.get(i) == target || find(items.get(i), shape.element, target, path)) {
          return true;
        }
        path.setLength(mark);
      }
    }
    return false;
  }
}
