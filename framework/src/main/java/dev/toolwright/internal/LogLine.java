package dev.toolwright.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One log line as ordered key/value pairs, written either as one JSON object (Powertools' field
 * names) or as one readable text line. Values are strings, booleans, numbers, JSON trees or a
 * {@link Throwable} (written as Powertools' {@code error} object: {@code name}, {@code message},
 * {@code stack}). Null and empty values are left out. Not API.
 */
final class LogLine {

  /** Longest stack trace written, in characters; a CloudWatch Logs event holds at most 256 KB. */
  static final int MAX_STACK_CHARS = 64 * 1024;

  private String[] keys = new String[24];
  private Object[] values = new Object[24];
  private int size;

  LogLine put(String key, Object value) {
    if (value == null || (value instanceof String && ((String) value).isEmpty())) {
      return this;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    return this;
  }

  Object get(String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  /** Appends the line as one JSON object and a newline, UTF-8, to {@code out}. */
  void json(JsonSupport json, LogBuffer out) throws IOException {
    out.raw((byte) '{');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.raw((byte) ',');
      }
      write(json, out, keys[i], values[i]);
    }
    out.raw((byte) '}').raw((byte) '\n');
  }

  private static void write(JsonSupport json, LogBuffer out, String key, Object value)
      throws IOException {
    out.name(key);
    if (value instanceof String) {
      out.string((String) value);
    } else if (value instanceof Boolean) {
      out.ascii((Boolean) value ? "true" : "false");
    } else if (value instanceof Integer || value instanceof Long) {
      out.number(((Number) value).longValue());
    } else if (value instanceof BigDecimal) {
      out.ascii(value.toString()); // as jackson-core writes a BigDecimal
    } else if (value instanceof JsonValue) {
      out.raw(json.bytes((JsonValue) value));
    } else if (value instanceof Throwable) {
      error(out, (Throwable) value);
    } else {
      out.string(String.valueOf(value));
    }
  }

  /**
   * Powertools' {@code error} object: {@code name}, {@code message} (when there is one), {@code
   * stack}.
   */
  static void error(LogBuffer out, Throwable t) {
    out.raw((byte) '{').name("name").string(t.getClass().getName());
    if (t.getMessage() != null) {
      out.raw((byte) ',').name("message").string(t.getMessage());
    }
    out.raw((byte) ',').name("stack").string(stackTrace(t)).raw((byte) '}');
  }

  /**
   * The line as text: {@code <timestamp> <LEVEL> <request id> <message> key=value ...}, then the
   * stack trace, if any. Line breaks inside become carriage returns, so that Lambda keeps the whole
   * line as one log event.
   */
  byte[] text() {
    StringBuilder sb = new StringBuilder(256);
    Object requestId = get(Telemetry.FUNCTION_REQUEST_ID);
    sb.append(get(Telemetry.TIMESTAMP))
        .append(' ')
        .append(get(Telemetry.LEVEL))
        .append(' ')
        .append(requestId == null ? "-" : requestId)
        .append(' ')
        .append(get(Telemetry.MESSAGE));
    Throwable error = null;
    for (int i = 0; i < size; i++) {
      String key = keys[i];
      Object value = values[i];
      if (value instanceof Throwable) {
        error = (Throwable) value;
      } else if (!isTextHeader(key)) {
        sb.append(' ').append(key).append('=');
        if (value instanceof String) {
          quoted(sb, (String) value);
        } else if (value instanceof BigDecimal) {
          sb.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof JsonValue && ((JsonValue) value).isTextual()) {
          quoted(sb, ((JsonValue) value).text());
        } else if (value instanceof JsonValue) {
          sb.append(((JsonValue) value).toJson());
        } else {
          sb.append(value);
        }
      }
    }
    if (error != null) {
      sb.append(" error=").append(stackTrace(error));
    }
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) == '\n') {
        sb.setCharAt(i, '\r');
      }
    }
    // a stack trace ends with a line break: drop the trailing carriage returns
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '\r') {
      end--;
    }
    sb.setLength(end);
    sb.append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Fields the text line shows in its fixed prefix, or leaves out as noise. */
  private static boolean isTextHeader(String key) {
    switch (key) {
      case Telemetry.LEVEL:
      case Telemetry.MESSAGE:
      case Telemetry.TIMESTAMP:
      case Telemetry.SERVICE:
      case Telemetry.FUNCTION_NAME:
      case Telemetry.FUNCTION_VERSION:
      case Telemetry.FUNCTION_MEMORY_SIZE:
      case Telemetry.FUNCTION_ARN:
      case Telemetry.FUNCTION_REQUEST_ID:
        return true;
      default:
        return false;
    }
  }

  private static void quoted(StringBuilder sb, String s) {
    boolean plain = !s.isEmpty();
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c > ' ' && c != '"' && c != '=' && c != '\\';
    }
    if (plain) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /** {@link Throwable#printStackTrace()}'s text, cut at {@link #MAX_STACK_CHARS}. */
  static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter(1024);
    try (PrintWriter pw = new PrintWriter(sw)) {
      t.printStackTrace(pw);
    }
    StringBuffer text = sw.getBuffer();
    if (text.length() > MAX_STACK_CHARS) {
      text.setLength(MAX_STACK_CHARS);
      text.append("\n\t... (stack trace cut at ").append(MAX_STACK_CHARS).append(" characters)");
    }
    return text.toString();
  }
}
