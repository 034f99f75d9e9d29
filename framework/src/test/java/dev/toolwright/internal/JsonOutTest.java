package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level writer against jackson-core's generator with the runtime's configuration: the same
 * bytes.
 */
class JsonOutTest {

  private static final JsonSupport JSON = new JsonSupport();

  private interface Writes {
    void to(JsonOut out) throws IOException;
  }

  private interface GeneratorWrites {
    void to(JsonGenerator g) throws IOException;
  }

  private static void same(Writes ours, GeneratorWrites jackson) throws IOException {
    JsonOut out = new JsonOut(JSON, 4); // tiny, so that growing is exercised too
    ours.to(out);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.generator(expected)) {
      jackson.to(g);
    }
    assertEquals(
        expected.toString(StandardCharsets.UTF_8),
        new String(out.toByteArray(), StandardCharsets.UTF_8));
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  private static void sameString(String s) throws IOException {
    same(
        out -> {
          out.startObject();
          out.name(s);
          out.string(s);
          out.endObject();
        },
        g -> {
          g.writeStartObject();
          g.writeFieldName(s);
          g.writeString(s);
          g.writeEndObject();
        });
  }

  @Test
  void escapesAndEncodesStringsAsJacksonDoes() throws IOException {
    String[] samples = {
      "",
      "plain ascii",
      "quote \" backslash \\ slash /",
      "\b\t\n\f\r",
      "\u0000\u0001\u001f\u007f",
      "é ü ß \u0080 \u07ff",
      "\u0800 € \uffff \ufeff",
      "emoji \ud83d\ude00 pair",
      "lone high \ud83d end",
      "lone low \ude00 end",
      "\ud83d",
      "</script>",
      "ünïcödé and ASCII mixed: a\"b\\c\u0001d",
    };
    for (String s : samples) {
      sameString(s);
    }
    Random random = new Random(13);
    for (int i = 0; i < 2000; i++) {
      char[] chars = new char[random.nextInt(20)];
      for (int j = 0; j < chars.length; j++) {
        int kind = random.nextInt(4);
        chars[j] =
            (char)
                (kind == 0
                    ? random.nextInt(0x80)
                    : kind == 1
                        ? random.nextInt(0x800)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
      }
      sameString(new String(chars));
    }
  }

  @Test
  void writesNameConstantsAsJacksonDoes() throws IOException {
    for (int i = 0; i < 200; i++) {
      String name =
          i % 3 == 0 ? "caf\u00e9 \"q\" " + i : i % 3 == 1 ? "name" + i : "\ud83d\ude00\n" + i;
      JsonOut.Name constant = JsonOut.Name.of(name);
      same(
          out -> {
            out.startObject();
            out.name(constant);
            out.string(name);
            out.name(constant); // twice: the comma before it
            out.nullValue();
            out.endObject();
          },
          g -> {
            g.writeStartObject();
            g.writeFieldName(name);
            g.writeString(name);
            g.writeFieldName(name);
            g.writeNull();
            g.writeEndObject();
          });
    }
  }

  @Test
  void writesNumbersAndScalarsAsJacksonDoes() throws IOException {
    double[] doubles = {
      0.0,
      -0.0,
      1.5,
      1e-7,
      1e21,
      123456789.123,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    float[] floats = {0f, 1.1f, 1e-7f, 3.4e38f, Float.NaN, Float.NEGATIVE_INFINITY};
    same(
        out -> {
          out.startArray();
          for (double d : doubles) {
            out.number(d);
          }
          for (float f : floats) {
            out.number(f);
          }
          out.number(Integer.MIN_VALUE);
          out.number(Long.MAX_VALUE);
          out.number((short) -7);
          out.number(new BigInteger("123456789012345678901234567890"));
          out.number(new BigDecimal("22.50"));
          out.number(new BigDecimal("1E+400"));
          out.number((BigDecimal) null);
          out.bool(true);
          out.bool(false);
          out.nullValue();
          out.string(null);
          out.character('"');
          out.bytes(new byte[] {0, 1, 2, (byte) 0xff, 7});
          out.bytes(new byte[0]);
          out.time(LocalDate.of(2026, 11, 22));
          out.time(LocalTime.of(14, 30));
          out.endArray();
        },
        g -> {
          g.writeStartArray();
          for (double d : doubles) {
            g.writeNumber(d);
          }
          for (float f : floats) {
            g.writeNumber(f);
          }
          g.writeNumber(Integer.MIN_VALUE);
          g.writeNumber(Long.MAX_VALUE);
          g.writeNumber((short) -7);
          g.writeNumber(new BigInteger("123456789012345678901234567890"));
          g.writeNumber(new BigDecimal("22.50"));
          g.writeNumber(new BigDecimal("1E+400"));
          g.writeNumber((BigDecimal) null);
          g.writeBoolean(true);
          g.writeBoolean(false);
          g.writeNull();
          g.writeNull();
          g.writeString("\"");
          g.writeBinary(new byte[] {0, 1, 2, (byte) 0xff, 7});
          g.writeBinary(new byte[0]);
          g.writeString("2026-11-22");
          g.writeString("14:30:00");
          g.writeEndArray();
        });
  }

  @Test
  void writesDatesAsTheirIsoText() throws IOException {
    LocalDate[] dates = {
      LocalDate.of(2026, 11, 22),
      LocalDate.of(0, 1, 1),
      LocalDate.of(9999, 12, 31),
      LocalDate.of(10000, 1, 1),
      LocalDate.of(-1, 6, 15),
      LocalDate.of(987, 10, 5),
      LocalDate.MIN,
      LocalDate.MAX
    };
    same(
        out -> {
          out.startArray();
          for (LocalDate date : dates) {
            out.time(date);
          }
          out.endArray();
        },
        g -> {
          g.writeStartArray();
          for (LocalDate date : dates) {
            g.writeString(date.toString());
          }
          g.writeEndArray();
        });
  }

  @Test
  void separatesNestedContainersAsJacksonDoes() throws IOException {
    same(
        out -> {
          out.startObject();
          out.name("a");
          out.startArray();
          out.startObject();
          out.endObject();
          out.startArray();
          out.endArray();
          out.number(1);
          out.endArray();
          out.name("b");
          out.startObject();
          out.name("c");
          out.nullValue();
          out.endObject();
          out.name("d");
          out.string("e");
          out.endObject();
        },
        g -> {
          g.writeStartObject();
          g.writeFieldName("a");
          g.writeStartArray();
          g.writeStartObject();
          g.writeEndObject();
          g.writeStartArray();
          g.writeEndArray();
          g.writeNumber(1);
          g.writeEndArray();
          g.writeFieldName("b");
          g.writeStartObject();
          g.writeFieldName("c");
          g.writeNull();
          g.writeEndObject();
          g.writeFieldName("d");
          g.writeString("e");
          g.writeEndObject();
        });
  }

  @Test
  void refusesWhatTheGeneratorRefuses() throws IOException {
    JsonOut deepEnough = new JsonOut(JSON);
    for (int i = 0; i < JsonOut.MAX_DEPTH; i++) {
      deepEnough.startArray();
    }
    assertThrows(IOException.class, deepEnough::startArray);
    try (JsonGenerator g = JSON.generator(new ByteArrayOutputStream())) {
      for (int i = 0; i < JsonOut.MAX_DEPTH; i++) {
        g.writeStartArray();
      }
      assertThrows(IOException.class, g::writeStartArray);
    }
    JsonOut map = new JsonOut(JSON);
    map.startObject();
    IOException e = assertThrows(IOException.class, () -> map.name((String) null));
    assertEquals("Null key for a Map not allowed in JSON", e.getMessage());
  }
}
