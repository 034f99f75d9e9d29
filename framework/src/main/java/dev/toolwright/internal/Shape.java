package dev.toolwright.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a tool argument, as the generated dispatcher declares it: the same type model
 * the schema was written from, kept at run time to check and normalise arguments before the
 * generated readers bind them. Immutable. Used by generated code; not API.
 */
public final class Shape {

  /** The JSON kinds of the gateway's schema dialect, plus maps (objects with free keys). */
  public enum Kind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    ARRAY,
    MAP
  }

  public static final Shape STRING = new Shape(Kind.STRING, "string", null, null, 0, null);
  public static final Shape CHAR =
      new Shape(Kind.STRING, "a single character", null, null, 1, null);
  public static final Shape BOOLEAN = new Shape(Kind.BOOLEAN, "boolean", null, null, 0, null);
  public static final Shape BYTE = integer(Byte.MIN_VALUE, Byte.MAX_VALUE);
  public static final Shape SHORT = integer(Short.MIN_VALUE, Short.MAX_VALUE);
  public static final Shape INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  public static final Shape LONG = integer(Long.MIN_VALUE, Long.MAX_VALUE);
  public static final Shape BIG_INTEGER = new Shape(Kind.INTEGER, "integer", null, null, 0, null);
  public static final Shape FLOAT = new Shape(Kind.NUMBER, "number", null, null, 4, null);
  public static final Shape DOUBLE = new Shape(Kind.NUMBER, "number", null, null, 8, null);
  public static final Shape BIG_DECIMAL = new Shape(Kind.NUMBER, "number", null, null, 0, null);

  final Kind kind;
  final String expected;
  final StringFormat format;
  final List<String> allowedValues;

  /**
   * INTEGER: 1 = bounded by min/max; NUMBER: 4 = float, 8 = double, 0 = BigDecimal; STRING: 1 =
   * char.
   */
  final int width;

  final long min;
  final long max;
  final Map<String, Property> properties;

  /** The same properties in an array: what the checker walks on every call. */
  final Property[] propertyList;

  final boolean ignoreUnknown;
  final Shape element;

  private Shape(
      Kind kind,
      String expected,
      StringFormat format,
      List<String> allowedValues,
      int width,
      Shape element) {
    this(kind, expected, format, allowedValues, width, 0, 0, Map.of(), false, element);
  }

  private Shape(
      Kind kind,
      String expected,
      StringFormat format,
      List<String> allowedValues,
      int width,
      long min,
      long max,
      Map<String, Property> properties,
      boolean ignoreUnknown,
      Shape element) {
    this.kind = kind;
    this.expected = expected;
    this.format = format;
    this.allowedValues = allowedValues;
    this.width = width;
    this.min = min;
    this.max = max;
    this.properties = properties;
    this.propertyList = properties.values().toArray(new Property[0]);
    this.ignoreUnknown = ignoreUnknown;
    this.element = element;
  }

  private static Shape integer(long min, long max) {
    return new Shape(Kind.INTEGER, "integer", null, null, 1, min, max, Map.of(), false, null);
  }

  /** A string in a fixed format, such as an ISO-8601 date. */
  public static Shape formatted(StringFormat format) {
    return new Shape(Kind.STRING, format.hint(), format, null, 0, null);
  }

  /** A string that must be one of the given wire values (an enum). */
  public static Shape oneOf(String... values) {
    List<String> allowed = List.of(values);
    return new Shape(Kind.STRING, "one of " + String.join(", ", allowed), null, allowed, 0, null);
  }

  /** A JSON array whose elements have the given shape. */
  public static Shape arrayOf(Shape element) {
    return new Shape(Kind.ARRAY, "array", null, null, 0, element);
  }

  /** A JSON object with free (string) keys whose values have the given shape. */
  public static Shape mapOf(Shape value) {
    return new Shape(Kind.MAP, "object", null, null, 0, value);
  }

  /** Starts a JSON object with named properties (a record, a POJO, or a tool's arguments). */
  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  public Kind kind() {
    return kind;
  }

  /** The properties of an object shape, in declaration order. */
  public Map<String, Property> properties() {
    return properties;
  }

  /** A property of an object shape. */
  public static final class Property {
    final String name;
    final Shape shape;
    final boolean required;
    final JsonValue defaultValue;

    Property(String name, Shape shape, boolean required, JsonValue defaultValue) {
      this.name = name;
      this.shape = shape;
      this.required = required;
      this.defaultValue = defaultValue;
    }

    public String name() {
      return name;
    }

    public Shape shape() {
      return shape;
    }

    public boolean required() {
      return required;
    }
  }

  /** Builds an object shape. */
  public static final class ObjectBuilder {
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private boolean ignoreUnknown;

    private ObjectBuilder() {}

    /** A property the caller must send. */
    public ObjectBuilder required(String name, Shape shape) {
      AsciiJsonReader.declare(name);
      properties.put(name, new Property(name, shape, true, null));
      return this;
    }

    /** A property the caller may leave out. */
    public ObjectBuilder optional(String name, Shape shape) {
      AsciiJsonReader.declare(name);
      properties.put(name, new Property(name, shape, false, null));
      return this;
    }

    /**
     * A property the caller may leave out, replaced by {@code defaultValue} when absent or null.
     */
    public ObjectBuilder optional(String name, Shape shape, JsonValue defaultValue) {
      AsciiJsonReader.declare(name);
      properties.put(name, new Property(name, shape, false, defaultValue));
      return this;
    }

    /**
     * Unknown properties are dropped instead of rejected
     * ({@code @JsonIgnoreProperties(ignoreUnknown = true)}).
     */
    public ObjectBuilder ignoreUnknown() {
      this.ignoreUnknown = true;
      return this;
    }

    public Shape build() {
      return new Shape(
          Kind.OBJECT,
          "object",
          null,
          null,
          0,
          0,
          0,
          Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
          ignoreUnknown,
          null);
    }
  }
}
