package dev.toolwright.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The emulator's JSON writer: Jackson, configured so that every character outside printable ASCII is written as a
 * {@code \\uXXXX} escape, which keeps the client-context header plain ASCII.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    static {
        MAPPER.getFactory().setCharacterEscapes(new AsciiEscapes());
    }

    private Json() {
    }

    /** Writes a map, list, string, number, boolean or {@code null} as compact JSON text. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson's standard escapes plus DEL (0x7f), which is not allowed in an HTTP header value either. */
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
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
