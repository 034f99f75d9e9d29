package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Where a generated result writer writes: a thin face of jackson-core's {@link JsonGenerator}
 * that writes values exactly as the runtime's Jackson configuration always has (ISO-8601
 * {@code java.time}, {@code BigDecimal} as {@code toString}, Base64 bytes). Part of the
 * generated-code surface ({@link Abi}); not API.
 */
public final class JsonOut {

  private final JsonGenerator g;
  private final JsonSupport json;

  JsonOut(JsonGenerator g, JsonSupport json) {
    this.g = g;
    this.json = json;
  }

  public void startObject() throws IOException {
    g.writeStartObject();
  }

  public void endObject() throws IOException {
    g.writeEndObject();
  }

  public void startArray() throws IOException {
    g.writeStartArray();
  }

  public void endArray() throws IOException {
    g.writeEndArray();
  }

  /** A property name (or a map key; null keys fail as Jackson's do). */
  public void name(String name) throws IOException {
    if (name == null) {
      throw new IOException("Null key for a Map not allowed in JSON");
    }
    g.writeFieldName(name);
  }

  public void nullValue() throws IOException {
    g.writeNull();
  }

  public void string(String s) throws IOException {
    if (s == null) {
      g.writeNull();
    } else {
      g.writeString(s);
    }
  }

  public void character(char c) throws IOException {
    g.writeString(String.valueOf(c));
  }

  public void bool(boolean b) throws IOException {
    g.writeBoolean(b);
  }

  public void number(int n) throws IOException {
    g.writeNumber(n);
  }

  public void number(long n) throws IOException {
    g.writeNumber(n);
  }

  public void number(short n) throws IOException {
    g.writeNumber(n);
  }

  public void number(float n) throws IOException {
    g.writeNumber(n);
  }

  public void number(double n) throws IOException {
    g.writeNumber(n);
  }

  public void number(BigInteger n) throws IOException {
    g.writeNumber(n);
  }

  public void number(BigDecimal n) throws IOException {
    g.writeNumber(n);
  }

  /** A {@code java.time} value as ISO-8601 text. */
  public void time(Object value) throws IOException {
    g.writeString(timeText(value));
  }

  /** A value written as its {@code toString} ({@code UUID}, {@code URI}). */
  public void text(Object value) throws IOException {
    g.writeString(value.toString());
  }

  /** Bytes as Base64 (standard alphabet, padded, no line breaks). */
  public void bytes(byte[] value) throws IOException {
    g.writeBinary(value);
  }

  /** A value of a type routed to the databind fallback (or a subclass the writer does not know): written by Jackson. */
  public void fallback(Object value) throws IOException {
    byte[] bytes = json.mapper().writeValueAsBytes(value);
    g.writeRawValue(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * {@code java.time} values as ISO-8601 text: seconds always written ({@code 14:30:00}, not
   * {@code toString}'s {@code 14:30}) and a zoned date-time's region id kept
   * ({@code 2026-11-22T14:30:00+01:00[Europe/Paris]}); other types as their {@code toString}.
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
