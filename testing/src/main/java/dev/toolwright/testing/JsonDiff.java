package dev.toolwright.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths at which two JSON trees differ, with both values, for assertion messages: numbers
 * compare by value ({@code 3} equals {@code 3.00}), object keys in any order.
 */
final class JsonDiff {

  /** At most this many differences are listed; the rest are counted. */
  static final int MAX_LISTED = 20;

  private static final int MAX_VALUE_CHARS = 200;
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final List<String> lines = new ArrayList<>();
  private int count;

  private JsonDiff() {}

  /** Whether two trees are equal, numbers by value. */
  static boolean equal(JsonNode expected, JsonNode actual) {
    return differences(expected, actual, "$").isEmpty();
  }

  /**
   * One line per difference, {@code path: expected X, got Y}, where a value absent on one side is
   * {@code (absent)}; empty when the trees are equal. Paths start at {@code root}.
   */
  static List<String> differences(JsonNode expected, JsonNode actual, String root) {
    JsonDiff diff = new JsonDiff();
    diff.compare(root, expected, actual);
    if (diff.count > MAX_LISTED) {
      diff.lines.add("… and " + (diff.count - MAX_LISTED) + " more");
    }
    return diff.lines;
  }

  private void compare(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        report(path, expected, actual);
      }
    } else if (expected.isObject() && actual.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String child =
            path
                + (PLAIN_KEY.matcher(key).matches()
                    ? "." + key
                    : "[\"" + key.replace("\"", "\\\"") + "\"]");
        JsonNode e = expected.get(key);
        JsonNode a = actual.get(key);
        if (e == null || a == null) {
          report(child, e, a);
        } else {
          compare(child, e, a);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      while (e.hasNext() || a.hasNext()) {
        String child = path + "[" + i++ + "]";
        if (e.hasNext() && a.hasNext()) {
          compare(child, e.next(), a.next());
        } else {
          report(child, e.hasNext() ? e.next() : null, a.hasNext() ? a.next() : null);
        }
      }
    } else if (!expected.equals(actual)) {
      report(path, expected, actual);
    }
  }

  private void report(String path, JsonNode expected, JsonNode actual) {
    if (++count <= MAX_LISTED) {
      lines.add(path + ": expected " + show(expected) + ", got " + show(actual));
    }
  }

  private static String show(JsonNode node) {
    if (node == null) {
      return "(absent)";
    }
    String text = node.toString();
    return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "…" : text;
  }
}
