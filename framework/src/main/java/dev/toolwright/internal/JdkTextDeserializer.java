package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;

/**
 * Reads the {@code java.time} types a tool may declare from ISO-8601 text, exactly as {@link
 * StringFormat} checks it (the checker runs first, so a value that reaches this deserializer
 * normally parses). Not API.
 */
final class JdkTextDeserializer extends StdScalarDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final StringFormat format;

  private JdkTextDeserializer(Class<?> type, StringFormat format) {
    super(type);
    this.format = format;
  }

  /** The deserializer of a {@code java.time} type a tool may declare, or null for other types. */
  static JdkTextDeserializer forType(Class<?> type) {
    // by name: a class literal per type would load every java.time class at the first lookup
    StringFormat format;
    switch (type.getName()) {
      case "java.time.LocalDate":
        format = StringFormat.LOCAL_DATE;
        break;
      case "java.time.LocalTime":
        format = StringFormat.LOCAL_TIME;
        break;
      case "java.time.LocalDateTime":
        format = StringFormat.LOCAL_DATE_TIME;
        break;
      case "java.time.OffsetDateTime":
        format = StringFormat.OFFSET_DATE_TIME;
        break;
      case "java.time.ZonedDateTime":
        format = StringFormat.ZONED_DATE_TIME;
        break;
      case "java.time.Instant":
        format = StringFormat.INSTANT;
        break;
      case "java.time.Duration":
        format = StringFormat.DURATION;
        break;
      case "java.time.Period":
        format = StringFormat.PERIOD;
        break;
      default:
        return null;
    }
    return new JdkTextDeserializer(type, format);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
    String text = p.getText().trim();
    try {
      return parse(format, text);
    } catch (DateTimeException e) {
      return ctxt.handleWeirdStringValue(handledType(), text, "not an ISO-8601 value of this type");
    }
  }

  /**
   * Parses text of one of the {@code java.time} formats; throws {@link DateTimeException} when it
   * is not.
   */
  static Object parse(StringFormat format, String text) {
    return StringFormat.parseTime(format, text);
  }
}
