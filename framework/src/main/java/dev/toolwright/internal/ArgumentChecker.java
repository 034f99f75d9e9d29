package dev.toolwright.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks arguments against a {@link Shape} and normalises them in place, collecting every problem
 * with its path instead of stopping at the first.
 *
 * <p>Lenient where an agent is likely to err and the meaning is kept: {@code "7"} for an integer,
 * {@code "true"} for a boolean, {@code 7.0} for an integer, a number for a string, a single value
 * where an array is expected, a JSON-encoded object or array sent as a string, an enum constant in
 * the wrong case. Strict where the meaning would change: fractions into integers, out-of-range
 * numbers, unknown enum constants, malformed dates, unknown properties.
 */
final class ArgumentChecker {

  /** At most this many problems are listed; the rest are counted. */
  static final int MAX_PROBLEMS = 20;

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final int MAX_NUMBER_TEXT = 100;

  /** Largest decimal exponent (either sign) a number may have. */
  private static final int MAX_EXPONENT = 1000;

  /** Longest property name or map key repeated in a message. */
  private static final int MAX_NAME_SHOWN = 64;

  private final JsonSupport json;
  private final List<String> missing = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int extraProblems;

  ArgumentChecker(JsonSupport json) {
    this.json = json;
  }

  /**
   * Checks a tool's argument object; returns the problems as one agent-readable message, or null.
   */
  String checkArguments(JsonValue arguments, Shape shape) {
    checkObject(arguments, shape, Path.ROOT);
    return message();
  }

  private String message() {
    if (missing.isEmpty() && problems.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    if (missing.size() == 1) {
      sb.append("Missing required argument '").append(missing.get(0)).append("'.");
    } else if (!missing.isEmpty()) {
      sb.append("Missing required arguments: ");
      for (int i = 0; i < missing.size(); i++) {
        sb.append(i == 0 ? "'" : ", '").append(missing.get(i)).append('\'');
      }
      sb.append('.');
    }
    for (String p : problems) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p);
    }
    if (extraProblems > 0) {
      sb.append(" (")
          .append(extraProblems)
          .append(" more problem")
          .append(extraProblems == 1 ? "" : "s")
          .append(" not shown.)");
    }
    return sb.toString();
  }

  private boolean full() {
    if (missing.size() + problems.size() >= MAX_PROBLEMS) {
      extraProblems++;
      return true;
    }
    return false;
  }

  private void missing(Path path) {
    if (!full()) {
      missing.add(path.toString());
    }
  }

  private void invalid(Path path, Shape shape, JsonValue actual) {
    if (!full()) {
      problems.add(
          "Invalid argument '"
              + path
              + "': expected "
              + shape.expected
              + ", got "
              + describe(actual)
              + ".");
    }
  }

  private void problem(String text) {
    if (!full()) {
      problems.add(text);
    }
  }

  private void checkObject(JsonValue node, Shape shape, Path path) {
    int sent = node.size();
    int known = 0;
    for (Shape.Property property : shape.propertyList) {
      Path childPath = path.property(property.name);
      JsonValue value = node.get(property.name);
      if (value != null) {
        known++;
      }
      if (value == null || value.isNull()) {
        if (property.defaultValue != null) {
          // through the same check, so a default is normalised like a sent value (Base64 padding)
          node.members()
              .put(
                  property.name,
                  check(property.defaultValue.deepCopy(), property.shape, childPath));
        } else if (property.required) {
          missing(childPath);
        } else if (value != null) {
          node.members().remove(property.name);
        }
        continue;
      }
      JsonValue normalised = check(value, property.shape, childPath);
      if (normalised != value) {
        node.members().put(property.name, normalised);
      }
    }
    if (known < sent) {
      List<String> unknown = new ArrayList<>();
      for (String name : node.members().keySet()) {
        if (!shape.properties.containsKey(name)) {
          unknown.add(name);
        }
      }
      if (shape.ignoreUnknown) {
        node.members().keySet().removeAll(unknown);
      } else {
        for (String name : unknown) {
          if (!full()) {
            problems.add(
                "Unknown argument '"
                    + path.property(shortName(name))
                    + "'"
                    + knownNames(shape)
                    + "."
                    + Suggestions.didYouMean(name, shape.properties.keySet(), true));
          }
        }
      }
    }
  }

  private static String knownNames(Shape shape) {
    if (shape.properties.isEmpty()) {
      return "; this takes no arguments";
    }
    return "; expected one of: " + String.join(", ", shape.properties.keySet());
  }

  /** Checks one value; returns it, or the value that replaces it. */
  private JsonValue check(JsonValue value, Shape shape, Path path) {
    switch (shape.kind) {
      case STRING:
        return checkString(value, shape, path);
      case INTEGER:
        return checkInteger(value, shape, path);
      case NUMBER:
        return checkNumber(value, shape, path);
      case BOOLEAN:
        return checkBoolean(value, shape, path);
      case OBJECT:
        {
          JsonValue object = value.isTextual() ? json.parseEmbedded(value.text(), true) : value;
          if (object == null || !object.isObject()) {
            invalid(path, shape, value);
            return value;
          }
          checkObject(object, shape, path);
          return object;
        }
      case MAP:
        {
          JsonValue object = value.isTextual() ? json.parseEmbedded(value.text(), true) : value;
          if (object == null || !object.isObject()) {
            invalid(path, shape, value);
            return value;
          }
          JsonValue map = object;
          for (Map.Entry<String, JsonValue> e : map.members().entrySet()) {
            String name = e.getKey();
            JsonValue entry = e.getValue();
            Path entryPath = path.key(name);
            if (entry.isNull()) {
              invalid(entryPath, shape.element, entry);
              continue;
            }
            JsonValue normalised = check(entry, shape.element, entryPath);
            if (normalised != entry) {
              e.setValue(normalised);
            }
          }
          return map;
        }
      case ARRAY:
        {
          JsonValue array = value;
          if (value.isTextual() && value.text().trim().startsWith("[")) {
            JsonValue parsed = json.parseEmbedded(value.text(), false);
            array = parsed != null ? parsed : value;
          }
          if (!array.isArray()) {
            if (array.isObject() || array.isValueNode()) {
              JsonValue wrapped = JsonValue.array(1);
              wrapped.items().add(array);
              array = wrapped;
            } else {
              invalid(path, shape, value);
              return value;
            }
          }
          List<JsonValue> items = array.items();
          for (int i = 0; i < items.size(); i++) {
            JsonValue item = items.get(i);
            Path itemPath = path.index(i);
            if (item.isNull()) {
              invalid(itemPath, shape.element, item);
              continue;
            }
            JsonValue normalised = check(item, shape.element, itemPath);
            if (normalised != item) {
              items.set(i, normalised);
            }
          }
          return array;
        }
      default:
        throw new AssertionError(shape.kind);
    }
  }

  private JsonValue checkString(JsonValue value, Shape shape, Path path) {
    String text;
    if (value.isTextual()) {
      text = value.text();
    } else if (value.isNumber() || value.isBoolean()) {
      text = value.asText();
    } else {
      invalid(path, shape, value);
      return value;
    }
    if (shape.allowedValues != null) {
      if (shape.allowedValues.contains(text)) {
        return value.isTextual() ? value : JsonValue.text(text);
      }
      String match = null;
      for (String allowed : shape.allowedValues) {
        if (allowed.equalsIgnoreCase(text.trim())) {
          if (match != null) {
            match = null;
            break;
          }
          match = allowed;
        }
      }
      if (match == null) {
        invalid(path, shape, value);
        return value;
      }
      return JsonValue.text(match);
    }
    if (shape.width == 1 && text.length() != 1) {
      invalid(path, shape, value);
      return value;
    }
    if (shape.format != null) {
      if (!shape.format.accepts(text)) {
        invalid(path, shape, value);
        return value;
      }
      String normalised = shape.format.normalise(text);
      if (!normalised.equals(text)) {
        return JsonValue.text(normalised);
      }
    }
    return value.isTextual() ? value : JsonValue.text(text);
  }

  private JsonValue checkInteger(JsonValue value, Shape shape, Path path) {
    if (value.kind == JsonValue.Kind.INT || value.kind == JsonValue.Kind.LONG) {
      // the common case, without BigInteger: kept as sent when in range
      long n = value.longValue();
      if (shape.width == 1 && (n < shape.min || n > shape.max)) {
        problem(
            "Invalid argument '"
                + path
                + "': "
                + describe(value)
                + " is out of range; expected an integer from "
                + shape.min
                + " to "
                + shape.max
                + ".");
      }
      return value;
    }
    BigInteger integer = null;
    if (value.isIntegralNumber()) {
      integer = value.bigIntegerValue();
    } else if (value.isNumber() && isFinite(value)) {
      BigDecimal decimal = value.decimalValue();
      if (isHuge(decimal)) {
        problem(
            "Invalid argument '"
                + path
                + "': "
                + describe(value)
                + " is out of range; expected "
                + (shape.width == 1
                    ? "an integer from " + shape.min + " to " + shape.max
                    : "an integer")
                + ".");
        return value;
      }
      integer = integralOrNull(decimal);
    } else if (value.isTextual()) {
      BigDecimal parsed = parseNumber(value.text());
      integer = parsed == null ? null : integralOrNull(parsed);
    }
    if (integer == null) {
      invalid(path, shape, value);
      return value;
    }
    if (shape.width == 1
        && (integer.compareTo(BigInteger.valueOf(shape.min)) < 0
            || integer.compareTo(BigInteger.valueOf(shape.max)) > 0)) {
      problem(
          "Invalid argument '"
              + path
              + "': "
              + describe(value)
              + " is out of range; expected an integer from "
              + shape.min
              + " to "
              + shape.max
              + ".");
      return value;
    }
    if (value.isIntegralNumber() && value.kind != JsonValue.Kind.BIG_INTEGER) {
      return value;
    }
    if (integer.compareTo(LONG_MIN) >= 0 && integer.compareTo(LONG_MAX) <= 0) {
      long l = integer.longValue();
      return l == (int) l ? JsonValue.number((int) l) : JsonValue.number(l);
    }
    return JsonValue.number(integer);
  }

  private JsonValue checkNumber(JsonValue value, Shape shape, Path path) {
    BigDecimal number = null;
    if (value.isNumber()) {
      if (!isFinite(value)) {
        invalid(path, shape, value);
        return value;
      }
      number = value.decimalValue();
    } else if (value.isTextual()) {
      number = parseNumber(value.text());
    }
    if (number == null) {
      invalid(path, shape, value);
      return value;
    }
    if (shape.width == 0 && isHuge(number)) {
      problem(
          "Invalid argument '"
              + path
              + "': "
              + describe(value)
              + " is out of range for a decimal number.");
      return value;
    }
    if (shape.width == 8 || shape.width == 4) {
      double d = number.doubleValue();
      if (Double.isInfinite(d) || (shape.width == 4 && Float.isInfinite((float) d))) {
        problem(
            "Invalid argument '"
                + path
                + "': "
                + describe(value)
                + " is out of range for a "
                + (shape.width == 4 ? "32" : "64")
                + "-bit floating-point number.");
        return value;
      }
      return value.isNumber() ? value : JsonValue.number(d);
    }
    return value.isNumber() ? value : JsonValue.number(number);
  }

  private JsonValue checkBoolean(JsonValue value, Shape shape, Path path) {
    if (value.isBoolean()) {
      return value;
    }
    if (value.isTextual()) {
      String text = value.text().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return JsonValue.bool(text.equals("true"));
      }
    }
    invalid(path, shape, value);
    return value;
  }

  private static boolean isFinite(JsonValue number) {
    if (number.kind == JsonValue.Kind.DOUBLE) {
      double d = number.doubleValue();
      return !Double.isNaN(d) && !Double.isInfinite(d);
    }
    return true;
  }

  /** A decimal whose exponent is too large to expand safely (the JSON text can say 1e999999999). */
  private static boolean isHuge(BigDecimal d) {
    return Math.abs((long) d.scale()) > MAX_EXPONENT;
  }

  private static BigInteger integralOrNull(BigDecimal d) {
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static BigDecimal parseNumber(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.length() > MAX_NUMBER_TEXT) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
        return null;
      }
    }
    try {
      BigDecimal d = new BigDecimal(t);
      return isHuge(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A caller-chosen name, shortened for messages. */
  static String shortName(String name) {
    return name.length() > MAX_NAME_SHOWN ? prefix(name, MAX_NAME_SHOWN) + "…" : name;
  }

  /** The first {@code length} chars, one fewer if that would split a surrogate pair. */
  private static String prefix(String text, int length) {
    return text.substring(
        0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
  }

  /**
   * Where a value is in the arguments ({@code query.items[2]}, {@code tags['k']}), spelled out only
   * when a message names it: a valid call builds no path strings.
   */
  private static final class Path {
    static final Path ROOT = new Path(null, null, -1, false);

    private final Path parent;

    /** A property name or a map key (shortened); null for an array index. */
    private final String name;

    private final int index;
    private final boolean key;

    private Path(Path parent, String name, int index, boolean key) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.key = key;
    }

    Path property(String property) {
      return new Path(this, property, -1, false);
    }

    Path key(String mapKey) {
      return new Path(this, mapKey, -1, true);
    }

    Path index(int i) {
      return new Path(this, null, i, false);
    }

    private void append(StringBuilder sb) {
      if (parent == null) {
        return;
      }
      parent.append(sb);
      if (name == null) {
        sb.append('[').append(index).append(']');
      } else if (key) {
        sb.append("['").append(shortName(name)).append("']");
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      append(sb);
      return sb.toString();
    }
  }

  /** A short, safe rendering of what the caller sent. */
  static String describe(JsonValue value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return quote(value.text());
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    String text = value.isBoolean() ? value.asText() : value.numberText();
    return text.length() > 40 ? prefix(text, 40) + "…" : text;
  }

  static String quote(String text) {
    String shown = text.length() > 40 ? prefix(text, 40) + "…" : text;
    StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
