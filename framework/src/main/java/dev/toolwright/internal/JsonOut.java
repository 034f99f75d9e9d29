package dev.toolwright.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Base64;

/**
 * Where a generated result writer writes: compact UTF-8 JSON straight into a byte buffer, exactly
 * as jackson-core's {@code UTF8JsonGenerator} with the runtime's configuration writes it (the same
 * escapes, ISO-8601 {@code java.time}, {@code BigDecimal} as {@code toString}, Base64 bytes, {@code
 * "NaN"} quoted, at most {@value #MAX_DEPTH} levels deep) without a generator per call. Part of the
 * generated-code surface ({@link Abi}); not API.
 */
public final class JsonOut {

  /** Deepest nesting written, as {@code JsonSupport}'s stream write constraints allow. */
  static final int MAX_DEPTH = 256;

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** Per ASCII char: 0 written as is, -1 as a \\u00XX escape, else the char after the backslash. */
  private static final int[] ESCAPES = new int[128];

  static {
    for (int i = 0; i < 0x20; i++) {
      ESCAPES[i] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private final JsonSupport json;
  private byte[] buf;
  private int len;
  private int depth;

  /** A value was written at this level: the next one needs a comma. */
  private boolean comma;

  JsonOut(JsonSupport json) {
    this(json, 512);
  }

  JsonOut(JsonSupport json, int capacity) {
    this.json = json;
    this.buf = new byte[capacity];
  }

  /** The bytes written. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  public void startObject() throws IOException {
    open('{');
  }

  public void endObject() {
    close('}');
  }

  public void startArray() throws IOException {
    open('[');
  }

  public void endArray() {
    close(']');
  }

  /** A property name known when the code was written, encoded once: see {@link Name}. */
  public void name(Name name) {
    if (comma) {
      put((byte) ',');
    }
    comma = false;
    byte[] encoded = name.encoded;
    ensure(encoded.length);
    System.arraycopy(encoded, 0, buf, len, encoded.length);
    len += encoded.length;
  }

  /** A property name computed at run time, such as a map key (null keys fail as Jackson's do). */
  public void name(String name) throws IOException {
    if (name == null) {
      throw new IOException("Null key for a Map not allowed in JSON");
    }
    if (comma) {
      put((byte) ',');
    }
    comma = false;
    quoted(name);
    put((byte) ':');
  }

  /**
   * A property name as written: {@code "name":}, escaped and encoded once, when the class that
   * writes it is initialised (a generated writer keeps one constant per property name).
   */
  public static final class Name {
    final byte[] encoded;

    private Name(byte[] encoded) {
      this.encoded = encoded;
    }

    /** {@code name} escaped and encoded as Jackson's UTF-8 generator writes a property name. */
    public static Name of(String name) {
      byte[] b = new byte[name.length() * 6 + 3];
      int end = quote(b, 0, name);
      b[end++] = ':';
      return new Name(Arrays.copyOf(b, end));
    }
  }

  public void nullValue() {
    raw("null");
  }

  public void string(String s) {
    if (s == null) {
      nullValue();
    } else {
      separate();
      quoted(s);
    }
  }

  public void character(char c) {
    string(String.valueOf(c));
  }

  public void bool(boolean b) {
    raw(b ? "true" : "false");
  }

  public void number(int n) {
    raw(Integer.toString(n));
  }

  public void number(long n) {
    raw(Long.toString(n));
  }

  public void number(short n) {
    raw(Integer.toString(n));
  }

  /** As Jackson writes a float: its {@code toString}, quoted when not finite. */
  public void number(float n) {
    if (Float.isFinite(n)) {
      raw(Float.toString(n));
    } else {
      string(Float.toString(n));
    }
  }

  /** As Jackson writes a double: its {@code toString}, quoted when not finite. */
  public void number(double n) {
    if (Double.isFinite(n)) {
      raw(Double.toString(n));
    } else {
      string(Double.toString(n));
    }
  }

  public void number(BigInteger n) {
    if (n == null) {
      nullValue();
    } else {
      raw(n.toString());
    }
  }

  public void number(BigDecimal n) {
    if (n == null) {
      nullValue();
    } else {
      raw(n.toString());
    }
  }

  /** A {@code java.time} value as ISO-8601 text. */
  public void time(Object value) {
    if (value != null && value.getClass().getName().equals("java.time.LocalDate")) {
      // the common case without a String: yyyy-MM-dd for the years toString writes that way
      java.time.LocalDate date = (java.time.LocalDate) value;
      int year = date.getYear();
      if (year >= 0 && year <= 9999) {
        separate();
        ensure(12);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        at = twoDigits(b, twoDigits(b, at, year / 100), year % 100);
        b[at++] = '-';
        at = twoDigits(b, at, date.getMonthValue());
        b[at++] = '-';
        at = twoDigits(b, at, date.getDayOfMonth());
        b[at++] = '"';
        len = at;
        return;
      }
    }
    string(timeText(value));
  }

  private static int twoDigits(byte[] b, int at, int n) {
    b[at] = (byte) ('0' + n / 10);
    b[at + 1] = (byte) ('0' + n % 10);
    return at + 2;
  }

  /** A value written as its {@code toString} ({@code UUID}, {@code URI}). */
  public void text(Object value) {
    string(value.toString());
  }

  /** Bytes as Base64 (standard alphabet, padded, no line breaks). */
  public void bytes(byte[] value) {
    if (value == null) {
      nullValue();
    } else {
      separate();
      put((byte) '"');
      byte[] encoded = Base64.getEncoder().encode(value);
      ensure(encoded.length + 1);
      System.arraycopy(encoded, 0, buf, len, encoded.length);
      len += encoded.length;
      put((byte) '"');
    }
  }

  /**
   * A value of a type routed to the databind fallback (or a subclass the writer does not know):
   * written by Jackson.
   */
  public void fallback(Object value) throws IOException {
    byte[] bytes = json.mapper().writeValueAsBytes(value);
    separate();
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  private void open(char c) throws IOException {
    if (depth == MAX_DEPTH) {
      throw new IOException(
          "Document nesting depth ("
              + (MAX_DEPTH + 1)
              + ") exceeds the maximum allowed ("
              + MAX_DEPTH
              + ")");
    }
    separate();
    depth++;
    put((byte) c);
    comma = false;
  }

  private void close(char c) {
    depth--;
    put((byte) c);
    comma = true;
  }

  /** The comma before a value, when one is due; a value follows. */
  private void separate() {
    if (comma) {
      put((byte) ',');
    }
    comma = true;
  }

  /** A value of ASCII text written as is (a number, a literal). */
  private void raw(String ascii) {
    separate();
    int n = ascii.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len + i] = (byte) ascii.charAt(i);
    }
    len += n;
  }

  /** A string in quotes, escaped and encoded as Jackson's UTF-8 generator does. */
  private void quoted(String s) {
    ensure(s.length() * 6 + 2);
    len = quote(buf, len, s);
  }

  /**
   * Writes {@code s} as a quoted JSON string into {@code b} from {@code at}, escaped exactly as
   * jackson-core's UTF-8 generator escapes it, and returns the end. {@code b} must have room for
   * {@code s.length() * 6 + 2} bytes (six for the longest escape of a char, and the quotes). The
   * one string encoder of the runtime: answers and log lines ({@link LogBuffer}) both use it.
   */
  static int quote(byte[] b, int at, String s) {
    int n = s.length();
    b[at++] = '"';
    int i = 0;
    // the common case first: printable ASCII without quotes or backslashes, copied as is
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        break;
      }
      b[at++] = (byte) c;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          b[at++] = (byte) c;
        } else if (escape > 0) {
          b[at++] = '\\';
          b[at++] = (byte) escape;
        } else {
          at = unicodeEscape(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // Jackson writes surrogates as escapes unless asked to combine them
        at = unicodeEscape(b, at, c);
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[at++] = '"';
    return at;
  }

  private static int unicodeEscape(byte[] b, int at, char c) {
    b[at++] = '\\';
    b[at++] = 'u';
    b[at++] = HEX[(c >> 12) & 0xF];
    b[at++] = HEX[(c >> 8) & 0xF];
    b[at++] = HEX[(c >> 4) & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  private void put(byte b) {
    if (len == buf.length) {
      ensure(1);
    }
    buf[len++] = b;
  }

  private void ensure(int more) {
    if (buf.length - len < more) {
      grow(more);
    }
  }

  private void grow(int more) {
    int size = Math.max(buf.length * 2, len + more);
    if (size < 0) {
      throw new OutOfMemoryError("Answer too large");
    }
    buf = Arrays.copyOf(buf, size);
  }

  /**
   * {@code java.time} values as ISO-8601 text: seconds always written ({@code 14:30:00}, not {@code
   * toString}'s {@code 14:30}) and a zoned date-time's region id kept ({@code
   * 2026-11-22T14:30:00+01:00[Europe/Paris]}); other types as their {@code toString}.
   */
  static String timeText(Object value) {
    // by class name: instanceof on each type would load every java.time class at the first call
    switch (value.getClass().getName()) {
      case "java.time.LocalTime":
        return DateTimeFormatter.ISO_LOCAL_TIME.format((TemporalAccessor) value);
      case "java.time.LocalDateTime":
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((TemporalAccessor) value);
      case "java.time.OffsetDateTime":
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((TemporalAccessor) value);
      case "java.time.ZonedDateTime":
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format((TemporalAccessor) value);
      case "java.time.OffsetTime":
        return DateTimeFormatter.ISO_OFFSET_TIME.format((TemporalAccessor) value);
      case "java.time.Instant":
        return DateTimeFormatter.ISO_INSTANT.format((TemporalAccessor) value);
      default:
        // LocalDate, Duration, Period, Year, YearMonth, MonthDay, ZoneId: toString is ISO-8601
        return value.toString();
    }
  }
}
