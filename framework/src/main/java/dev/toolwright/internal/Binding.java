package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.toolwright.ToolException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The databind fallback for one type: how a value of a type the processor could not read and write
 * itself identically to Jackson (a custom {@code @JsonDeserialize}, for example) is read, with a
 * cached {@link ObjectReader}. The type is named by its canonical text and resolved on first use,
 * so a dispatcher that declares a fallback loads no databind class until that tool is called. Part
 * of the generated-code surface ({@link Abi}); not API.
 *
 * @param <T> the Java type
 */
public final class Binding<T> {

  private final String canonicalType;
  private final Class<T> rawType;

  /**
   * The reader and the mapper it came from, published together so a race cannot pair them wrongly.
   */
  private volatile CachedReader cached;

  private record CachedReader(ObjectMapper mapper, JavaType type, ObjectReader reader) {}

  private Binding(String canonicalType, Class<T> rawType) {
    this.canonicalType = canonicalType;
    this.rawType = rawType;
  }

  /**
   * A binding for a (possibly generic) type written as Java source writes it, e.g. {@code
   * java.util.List<a.B>}.
   */
  public static <T> Binding<T> of(String canonicalType) {
    return new Binding<>(canonicalType, null);
  }

  /** A binding for a non-generic class. */
  public static <T> Binding<T> of(Class<T> type) {
    return new Binding<>(type.getName(), type);
  }

  /** The type as Jackson sees it. */
  JavaType type(ObjectMapper mapper) {
    return reader(mapper).getValueType();
  }

  private ObjectReader reader(ObjectMapper mapper) {
    CachedReader c = cached;
    if (c == null || c.mapper() != mapper) {
      TypeFactory types = mapper.getTypeFactory();
      JavaType type =
          rawType != null
              ? types.constructType(rawType)
              : types.constructFromCanonical(canonicalType);
      c = new CachedReader(mapper, type, mapper.readerFor(type));
      cached = c;
    }
    return c.reader();
  }

  /** Reads a checked value with databind. */
  T read(JsonValue node, JsonSupport json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (com.fasterxml.jackson.core.JsonGenerator g = json.generator(out)) {
      node.write(g);
    }
    return reader(json.mapper()).readValue(out.toByteArray());
  }

  /**
   * Reads the argument {@code name}, translating Jackson's complaints into the agent's message
   * (with the path inside the value), as the runtime has always answered for databind-bound values.
   */
  T readArgument(String name, JsonValue node, JsonSupport json) throws InvalidArgumentsException {
    try {
      return read(node, json);
    } catch (ValueInstantiationException e) {
      throw rejected(name, e, e.getCause());
    } catch (InvalidDefinitionException e) {
      // Jackson cannot bind the type at all: a bug in the tool's types, not in the caller's value
      throw new IllegalStateException("Cannot bind argument '" + name + "' to " + canonicalType, e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ToolException) {
        throw rejected(name, e, cause);
      }
      throw new InvalidArgumentsException(
          "Invalid argument '" + path(name, e) + "': " + reason(e) + ".");
    } catch (JsonProcessingException e) {
      throw new InvalidArgumentsException("Invalid argument '" + name + "': it could not be read.");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a value nested in a generated reader's object; failures carry the value for the path. */
  T readNested(JsonValue node) {
    try {
      return read(node, Fallback.JSON);
    } catch (ValueInstantiationException e) {
      throw new Abi.Rejected(node, e.getCause() != null ? e.getCause() : e);
    } catch (JsonMappingException e) {
      throw new Abi.Rejected(node, e.getCause() instanceof ToolException ? e.getCause() : e);
    } catch (IOException e) {
      throw new Abi.Rejected(node, e);
    }
  }

  /** The JSON configuration of nested fallback reads and writes, built on first use. */
  static final class Fallback {
    static final JsonSupport JSON = new JsonSupport();

    private Fallback() {}
  }

  private static InvalidArgumentsException rejected(
      String name, JsonMappingException e, Throwable cause) {
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
      String got =
          value instanceof String ? ArgumentChecker.quote((String) value) : String.valueOf(value);
      Class<?> target = ((InvalidFormatException) e).getTargetType();
      return "expected "
          + (target == null ? "a different value" : describeType(target))
          + ", got "
          + got;
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
