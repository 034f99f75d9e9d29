package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LogBuffer} writes the bytes jackson-core's generator (configured as {@link JsonSupport}
 * configures it) writes: differential over random strings, numbers and durations.
 */
class LogBufferTest {

  private static final JsonSupport JSON = new JsonSupport();

  /** ASCII, every escape, the UTF-8 length boundaries, separators, paired and lone surrogates. */
  private static final char[] TRICKY = {
    'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 1, 0x1f, 0x7f, 0x80, 'é',
    0x7ff, 0x800, '€', 0x2028, 0x2029, 0xfeff, 0xfffd, 0xffff, 0xd83d, 0xde00, 0xdbff, 0xdc00
  };

  private static byte[] jackson(String name, String value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.factory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField(name, value);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static byte[] mine(String name, String value) {
    LogBuffer b = new LogBuffer(8);
    b.raw((byte) '{').name(name).string(value).raw((byte) '}');
    return b.copy(0, b.size());
  }

  @Test
  void stringsAndNamesAreEscapedAsJacksonEscapesThem() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      int length = i % 500 == 0 ? random.nextInt(20_000) : random.nextInt(16);
      StringBuilder sb = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        sb.append(
            random.nextInt(3) == 0
                ? (char) random.nextInt(0x10000)
                : TRICKY[random.nextInt(TRICKY.length)]);
      }
      String s = sb.toString();
      assertArrayEquals(
          jackson(s, s),
          mine(s, s),
          () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void everyCharacterAloneIsEscapedAsJacksonEscapesIt() throws IOException {
    for (int c = 0; c < 0x10000; c++) {
      String s = String.valueOf((char) c);
      int code = c;
      assertArrayEquals(jackson("k", s), mine("k", s), () -> "for U+" + Integer.toHexString(code));
    }
  }

  @Test
  void numbersAndThousandths() {
    Random random = new Random(11);
    long[] fixed = {
      0, 1, 9, 10, 99, 100, 999, 1000, 1001, 123_456, Long.MAX_VALUE, Long.MIN_VALUE, -1, -1000
    };
    for (int i = 0; i < 20_000 + fixed.length; i++) {
      long n =
          i < fixed.length ? fixed[i] : i % 2 == 0 ? random.nextLong() : random.nextInt(10_000_000);
      assertEquals(Long.toString(n), text(new LogBuffer(4).number(n)));
      if (n != Long.MIN_VALUE) {
        assertEquals(
            BigDecimal.valueOf(n, 3).toString(), text(new LogBuffer(4).thousandths(n)), "for " + n);
      }
    }
  }

  @Test
  void growsAndTruncates() {
    LogBuffer b = new LogBuffer(1);
    b.string("0123456789").raw((byte) ',');
    int mark = b.size();
    b.number(42);
    b.truncate(mark);
    b.ascii("x");
    assertEquals("\"0123456789\",x", text(b));
  }

  private static String text(LogBuffer b) {
    return new String(b.copy(0, b.size()), StandardCharsets.UTF_8);
  }
}
