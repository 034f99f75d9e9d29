package dev.toolwright.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The request path's fast reader: turns the common shape of arguments (ASCII text, strings without
 * escapes, integers up to 18 digits, plain decimals, shallow nesting) straight into the {@link
 * JsonValue} tree that jackson-core's parser would have given, in one pass over the bytes. Anything
 * else (an escape, a non-ASCII byte, an exponent, a duplicate name, deep nesting, any syntax
 * error...) makes it give up, and {@link JsonSupport} reads the request with jackson-core instead:
 * limits, errors and their messages stay the parser's own. Not API.
 */
final class AsciiJsonReader {

  /** Nesting this reader handles itself; deeper documents go to the parser (which allows 64). */
  private static final int MAX_DEPTH = 16;

  /** Longest number this reader handles itself (the parser allows 100 digits). */
  private static final int MAX_NUMBER = 40;

  /** Longest property name this reader handles itself (the parser allows 10,000 characters). */
  private static final int MAX_NAME = 1000;

  /**
   * The property names of the declared shapes ({@link #declare}), by {@link #slot}: a name read
   * that is one of them is that string (its hash known, equal by identity to the literal a
   * generated reader looks it up with), not a new one. Replaced whole on a change.
   */
  private static volatile Known[] names = new Known[64];

  private static int declared; // guarded by AsciiJsonReader.class

  private final byte[] b;
  private final int end;
  private int pos;

  private AsciiJsonReader(byte[] b, int end) {
    this.b = b;
    this.end = end;
  }

  /** The tree of the document, or null when this reader leaves it to the parser. */
  static JsonValue read(byte[] body, int length) {
    AsciiJsonReader r = new AsciiJsonReader(body, length);
    JsonValue value = r.value(0);
    if (value == null) {
      return null;
    }
    r.skipWhitespace();
    return r.pos == r.end ? value : null;
  }

  private JsonValue value(int depth) {
    skipWhitespace();
    if (pos >= end) {
      return null;
    }
    byte c = b[pos];
    switch (c) {
      case '{':
        return depth < MAX_DEPTH ? object(depth + 1) : null;
      case '[':
        return depth < MAX_DEPTH ? array(depth + 1) : null;
      case '"':
        {
          String text = string();
          return text == null ? null : JsonValue.text(text);
        }
      case 't':
        return literal("true") ? JsonValue.TRUE : null;
      case 'f':
        return literal("false") ? JsonValue.FALSE : null;
      case 'n':
        return literal("null") ? JsonValue.NULL : null;
      default:
        return c == '-' || c >= '0' && c <= '9' ? number() : null;
    }
  }

  private JsonValue object(int depth) {
    pos++; // {
    JsonValue object = JsonValue.object();
    skipWhitespace();
    if (pos < end && b[pos] == '}') {
      pos++;
      return object;
    }
    Map<String, JsonValue> members = object.members();
    while (true) {
      if (pos >= end || b[pos] != '"') {
        return null;
      }
      String name = name();
      if (name == null || name.length() > MAX_NAME) {
        return null;
      }
      skipWhitespace();
      if (pos >= end || b[pos] != ':') {
        return null;
      }
      pos++;
      JsonValue value = value(depth);
      if (value == null || members.put(name, value) != null) {
        return null; // or a duplicate name: the parser reports it
      }
      skipWhitespace();
      if (pos >= end) {
        return null;
      }
      byte c = b[pos++];
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        return null;
      }
      skipWhitespace();
    }
  }

  private JsonValue array(int depth) {
    pos++; // [
    JsonValue array = JsonValue.array(4);
    skipWhitespace();
    if (pos < end && b[pos] == ']') {
      pos++;
      return array;
    }
    List<JsonValue> items = array.items();
    while (true) {
      JsonValue value = value(depth);
      if (value == null) {
        return null;
      }
      items.add(value);
      skipWhitespace();
      if (pos >= end) {
        return null;
      }
      byte c = b[pos++];
      if (c == ']') {
        return array;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  /** A string without escapes and of printable ASCII (and DEL) only; null otherwise. */
  private String string() {
    int start = ++pos;
    while (pos < end) {
      byte c = b[pos];
      if (c == '"') {
        String text = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return text;
      }
      if (c < 0x20 || c == '\\') { // a control character, an escape or (negative) a non-ASCII byte
        return null;
      }
      pos++;
    }
    return null;
  }

  /**
   * A property name: {@link #string}, as the declared name's string when it is one (found by its
   * length and bytes, compared in bulk: no per-character hashing).
   */
  private String name() {
    int start = pos + 1;
    for (int i = start; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        int length = i - start;
        if (length > 0) {
          Known[] table = names;
          int mask = table.length - 1;
          for (int k = slot(length, b[start], b[i - 1]) & mask; ; k = (k + 1) & mask) {
            Known known = table[k];
            if (known == null) {
              break;
            }
            if (known.bytes.length == length
                && Arrays.equals(known.bytes, 0, length, b, start, i)) {
              pos = i + 1;
              return known.name;
            }
          }
        }
        return string();
      }
      if (c < 0x20 || c == '\\') {
        return null; // as string() would: an escape, a control character or a non-ASCII byte
      }
    }
    return null;
  }

  /** Where a name of this length, first and last byte starts its search in the table. */
  private static int slot(int length, int first, int last) {
    int h = (length * 31 + first) * 31 + last;
    return h ^ (h >>> 7);
  }

  /** A declared name and its bytes. */
  private static final class Known {
    final String name;
    final byte[] bytes;

    Known(String name) {
      this.name = name;
      this.bytes = name.getBytes(StandardCharsets.US_ASCII);
    }

    int slot() {
      return AsciiJsonReader.slot(bytes.length, bytes[0], bytes[bytes.length - 1]);
    }
  }

  /**
   * Remembers a property name of a declared shape (printable ASCII names only: the ones this reader
   * reads).
   */
  static synchronized void declare(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
      return;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        return;
      }
    }
    Known[] table = names;
    Known entry = new Known(name);
    int mask = table.length - 1;
    int i = entry.slot() & mask;
    for (; table[i] != null; i = (i + 1) & mask) {
      if (table[i].name.equals(name)) {
        return;
      }
    }
    if ((declared + 1) * 2 > table.length) {
      Known[] larger = new Known[table.length * 2];
      mask = larger.length - 1;
      for (Known known : table) {
        if (known != null) {
          int j = known.slot() & mask;
          while (larger[j] != null) {
            j = (j + 1) & mask;
          }
          larger[j] = known;
        }
      }
      table = larger;
      i = entry.slot() & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
    } else {
      table = table.clone();
    }
    table[i] = entry;
    declared++;
    names = table;
  }

  private boolean literal(String word) {
    int n = word.length();
    if (end - pos < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[pos + i] != word.charAt(i)) {
        return false;
      }
    }
    pos += n;
    return atDelimiter();
  }

  /**
   * An integer of at most 18 digits (int or long, as the parser types it) or a plain decimal
   * ({@code -12.50}: the exact {@link BigDecimal}); null for anything else, exponents included.
   */
  private JsonValue number() {
    int start = pos;
    boolean negative = b[pos] == '-';
    if (negative) {
      pos++;
    }
    int digitsStart = pos;
    if (pos < end && b[pos] == '0') {
      pos++;
    } else {
      while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
        pos++;
      }
    }
    int intDigits = pos - digitsStart;
    if (intDigits == 0 || pos < end && b[pos] >= '0' && b[pos] <= '9') {
      return null; // no digits, or a leading zero
    }
    boolean fraction = pos < end && b[pos] == '.';
    if (fraction) {
      pos++;
      int fractionStart = pos;
      while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
        pos++;
      }
      if (pos == fractionStart) {
        return null;
      }
    }
    if (pos - start > MAX_NUMBER || !atDelimiter()) {
      return null; // an exponent, or something else right after the number
    }
    if (fraction) {
      return JsonValue.number(
          new BigDecimal(new String(b, start, pos - start, StandardCharsets.ISO_8859_1)));
    }
    if (intDigits > 18) {
      return null;
    }
    long n = 0;
    for (int i = digitsStart; i < pos; i++) {
      n = n * 10 + (b[i] - '0');
    }
    if (negative) {
      n = -n;
    }
    return n == (int) n ? JsonValue.number((int) n) : JsonValue.number(n);
  }

  /** After a number or literal: the end, whitespace, or what may follow a value. */
  private boolean atDelimiter() {
    if (pos >= end) {
      return true;
    }
    byte c = b[pos];
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private void skipWhitespace() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }
}
