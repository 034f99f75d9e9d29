package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A parsed JSON value: the small tree the runtime checks arguments on and generated readers bind
 * from, read with jackson-core's streaming parser (no databind). Numbers keep the form the parser
 * saw: an {@code int}, {@code long} or {@link BigInteger} for integers, and the exact {@link
 * BigDecimal} for decimals ({@code 12.50} stays {@code 12.50}). Objects keep their properties in
 * the order sent. Part of the generated-code surface ({@link Abi}); not API.
 */
public final class JsonValue {

  /** What a value is; numbers by how they are held. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    INT,
    LONG,
    BIG_INTEGER,
    DECIMAL,
    DOUBLE,
    TRUE,
    FALSE,
    NULL
  }

  static final JsonValue NULL = new JsonValue(Kind.NULL, null);
  static final JsonValue TRUE = new JsonValue(Kind.TRUE, null);
  static final JsonValue FALSE = new JsonValue(Kind.FALSE, null);

  final Kind kind;

  /** String, Integer, Long, BigInteger, BigDecimal, Double, a LinkedHashMap or an ArrayList. */
  private final Object value;

  private JsonValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  static JsonValue text(String text) {
    return new JsonValue(Kind.STRING, text);
  }

  static JsonValue number(int n) {
    return new JsonValue(Kind.INT, n);
  }

  static JsonValue number(long n) {
    return new JsonValue(Kind.LONG, n);
  }

  static JsonValue number(BigInteger n) {
    return new JsonValue(Kind.BIG_INTEGER, n);
  }

  static JsonValue number(BigDecimal n) {
    return new JsonValue(Kind.DECIMAL, n);
  }

  static JsonValue number(double n) {
    return new JsonValue(Kind.DOUBLE, n);
  }

  static JsonValue bool(boolean b) {
    return b ? TRUE : FALSE;
  }

  static JsonValue object() {
    return new JsonValue(Kind.OBJECT, new LinkedHashMap<String, JsonValue>());
  }

  static JsonValue array(int capacity) {
    return new JsonValue(Kind.ARRAY, new ArrayList<JsonValue>(capacity));
  }

  /** A default value for {@link Shape.ObjectBuilder#optional(String, Shape, JsonValue)}. */
  public static JsonValue of(String text) {
    return text(text);
  }

  public static JsonValue of(boolean b) {
    return bool(b);
  }

  public static JsonValue of(long n) {
    return number(n);
  }

  public static JsonValue of(double n) {
    return number(n);
  }

  public static JsonValue of(BigInteger n) {
    return number(n);
  }

  public static JsonValue of(BigDecimal n) {
    return number(n);
  }

  // ---- reading JSON -------------------------------------------------------------------------

  /**
   * Reads the value at the parser's current token (which must be set) and everything inside it.
   * Integers become the smallest of int, long and BigInteger; decimals stay exact BigDecimals.
   */
  static JsonValue read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT:
        {
          JsonValue object = object();
          Map<String, JsonValue> members = object.members();
          String name;
          while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            members.put(name, read(p));
          }
          if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "Unexpected token " + p.currentToken());
          }
          return object;
        }
      case START_ARRAY:
        {
          JsonValue array = array(4);
          List<JsonValue> items = array.items();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(p));
          }
          return array;
        }
      case VALUE_STRING:
        return text(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return number(p.getIntValue());
          case LONG:
            return number(p.getLongValue());
          default:
            return number(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return number(p.getDecimalValue());
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }

  /** Writes this value as Jackson writes the equivalent tree. */
  void write(JsonGenerator g) throws IOException {
    switch (kind) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonValue> e : members().entrySet()) {
          g.writeFieldName(e.getKey());
          e.getValue().write(g);
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonValue item : items()) {
          item.write(g);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString((String) value);
        break;
      case INT:
        g.writeNumber((Integer) value);
        break;
      case LONG:
        g.writeNumber((Long) value);
        break;
      case BIG_INTEGER:
        g.writeNumber((BigInteger) value);
        break;
      case DECIMAL:
        g.writeNumber((BigDecimal) value);
        break;
      case DOUBLE:
        g.writeNumber((Double) value);
        break;
      case TRUE:
        g.writeBoolean(true);
        break;
      case FALSE:
        g.writeBoolean(false);
        break;
      default:
        g.writeNull();
        break;
    }
  }

  /** Compact JSON text, as Jackson's {@code JsonNode.toString}. */
  String toJson() {
    if (isTextual() || isObject() || isArray()) {
      java.io.StringWriter w = new java.io.StringWriter();
      try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
        write(g);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return w.toString();
    }
    return asText();
  }

  @Override
  public String toString() {
    return toJson();
  }

  /** A deep copy (scalars are shared: they are immutable). */
  JsonValue deepCopy() {
    if (kind == Kind.OBJECT) {
      JsonValue copy = object();
      for (Map.Entry<String, JsonValue> e : members().entrySet()) {
        copy.members().put(e.getKey(), e.getValue().deepCopy());
      }
      return copy;
    }
    if (kind == Kind.ARRAY) {
      JsonValue copy = array(items().size());
      for (JsonValue item : items()) {
        copy.items().add(item.deepCopy());
      }
      return copy;
    }
    return this;
  }

  // ---- structure ----------------------------------------------------------------------------

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isTextual() {
    return kind == Kind.STRING;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  boolean isBoolean() {
    return kind == Kind.TRUE || kind == Kind.FALSE;
  }

  boolean isNumber() {
    return kind == Kind.INT
        || kind == Kind.LONG
        || kind == Kind.BIG_INTEGER
        || kind == Kind.DECIMAL
        || kind == Kind.DOUBLE;
  }

  boolean isIntegralNumber() {
    return kind == Kind.INT || kind == Kind.LONG || kind == Kind.BIG_INTEGER;
  }

  /** A scalar: a string, number, boolean or null. */
  boolean isValueNode() {
    return kind != Kind.OBJECT && kind != Kind.ARRAY;
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonValue> members() {
    return (Map<String, JsonValue>) value;
  }

  @SuppressWarnings("unchecked")
  List<JsonValue> items() {
    return (List<JsonValue>) value;
  }

  /** The property of an object, or null when absent (or when this is not an object). */
  JsonValue get(String name) {
    return kind == Kind.OBJECT ? members().get(name) : null;
  }

  /** The property of an object; null when absent or JSON null. */
  public JsonValue member(String name) {
    JsonValue v = get(name);
    return v == null || v.kind == Kind.NULL ? null : v;
  }

  /** The elements of an array, in order (the checker has made every argument array one). */
  public List<JsonValue> elements() {
    return items();
  }

  /** The entries of an object with free keys, in the order sent. */
  public Map<String, JsonValue> entries() {
    return members();
  }

  /** The number of elements of an array or properties of an object. */
  public int size() {
    return kind == Kind.OBJECT ? members().size() : kind == Kind.ARRAY ? items().size() : 0;
  }

  // ---- typed reads of checked values (generated code) -------------------------------------

  public String text() {
    return (String) value;
  }

  /** The text of a scalar as Jackson's {@code asText} gives it. */
  String asText() {
    switch (kind) {
      case STRING:
        return (String) value;
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case OBJECT:
      case ARRAY:
        return "";
      default:
        return String.valueOf(value);
    }
  }

  public char charValue() {
    return ((String) value).charAt(0);
  }

  public boolean booleanValue() {
    return kind == Kind.TRUE;
  }

  public int intValue() {
    return ((Number) value).intValue();
  }

  public long longValue() {
    return ((Number) value).longValue();
  }

  public short shortValue() {
    return ((Number) value).shortValue();
  }

  public byte byteValue() {
    return (byte) ((Number) value).intValue();
  }

  public double doubleValue() {
    return ((Number) value).doubleValue();
  }

  public float floatValue() {
    return ((Number) value).floatValue();
  }

  public BigInteger bigIntegerValue() {
    switch (kind) {
      case BIG_INTEGER:
        return (BigInteger) value;
      case DECIMAL:
        return ((BigDecimal) value).toBigInteger();
      case DOUBLE:
        return BigDecimal.valueOf((Double) value).toBigInteger();
      default:
        return BigInteger.valueOf(((Number) value).longValue());
    }
  }

  public BigDecimal decimalValue() {
    switch (kind) {
      case DECIMAL:
        return (BigDecimal) value;
      case BIG_INTEGER:
        return new BigDecimal((BigInteger) value);
      case DOUBLE:
        return BigDecimal.valueOf((Double) value);
      default:
        return BigDecimal.valueOf(((Number) value).longValue());
    }
  }

  public LocalDate localDate() {
    return StringFormat.localDate(text().trim());
  }

  public LocalTime localTime() {
    return LocalTime.parse(text().trim());
  }

  public LocalDateTime localDateTime() {
    return LocalDateTime.parse(text().trim());
  }

  public OffsetDateTime offsetDateTime() {
    return OffsetDateTime.parse(text().trim());
  }

  public ZonedDateTime zonedDateTime() {
    return ZonedDateTime.parse(text().trim());
  }

  public Instant instant() {
    return Instant.parse(text().trim());
  }

  public Duration duration() {
    return Duration.parse(text().trim());
  }

  public Period period() {
    return Period.parse(text().trim());
  }

  public UUID uuid() {
    return UUID.fromString(text());
  }

  public URI uri() {
    return URI.create(text());
  }

  /** A Base64 string's bytes (the checker has normalised it to standard, padded Base64). */
  public byte[] bytes() {
    return Base64.getDecoder().decode(text());
  }

  /** For messages: a number's text as Jackson writes it. */
  String numberText() {
    if (kind == Kind.DOUBLE && !Double.isFinite((Double) value)) {
      return "\"" + value + "\""; // Jackson quotes non-finite doubles
    }
    return String.valueOf(value);
  }
}
