package dev.toolwright.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The emulator's JSON: Jackson's streaming writer, configured so that every character outside
 * printable ASCII is written as a {@code \\uXXXX} escape, which keeps the client-context header
 * plain ASCII.
 */
final class Json {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final CharacterEscapes ESCAPES = new AsciiEscapes();

  private Json() {}

  /**
   * Writes a string, {@code null}, or a map of those (nested maps allowed) as compact JSON text.
   */
  static String write(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setCharacterEscapes(ESCAPES);
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName(String.valueOf(e.getKey()));
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeString(value.toString());
    }
  }

  /**
   * Jackson's standard escapes plus DEL (0x7f), which is not allowed in an HTTP header value
   * either.
   */
  private static final class AsciiEscapes extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    AsciiEscapes() {
      escapes[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
