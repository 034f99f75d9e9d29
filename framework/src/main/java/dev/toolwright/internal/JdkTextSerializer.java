package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Writes {@code java.time} values as ISO-8601 text: the forms {@link StringFormat} reads, with
 * seconds always written ({@code 14:30:00}, not {@code toString}'s {@code 14:30}) and a zoned
 * date-time's region id kept ({@code 2026-11-22T14:30:00+01:00[Europe/Paris]}). Other {@code
 * java.time} values ({@code Year}, {@code ZoneId}, ...) are written as their {@code toString}. Not
 * API.
 */
final class JdkTextSerializer extends StdScalarSerializer<Object> {

  static final JdkTextSerializer INSTANCE = new JdkTextSerializer();

  private static final long serialVersionUID = 1L;

  private JdkTextSerializer() {
    super(Object.class);
  }

  /** Whether this serializer writes values of the class: the non-enum {@code java.time} types. */
  static boolean handles(Class<?> type) {
    return type.getName().startsWith("java.time.") && !type.isEnum();
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(text(value));
  }

  static String text(Object value) {
    return JsonOut.timeText(value);
  }
}
