package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reader against jackson-core: whatever it reads is the tree the parser gives (kinds of
 * numbers included), and whatever the parser refuses it leaves to the parser.
 */
class AsciiJsonReaderTest {

  private static final JsonSupport JSON = new JsonSupport();

  /**
   * A rendering that shows each value's kind, so that an int and a long of the same value differ.
   */
  private static String typed(JsonValue v) {
    StringBuilder sb = new StringBuilder();
    typed(v, sb);
    return sb.toString();
  }

  private static void typed(JsonValue v, StringBuilder sb) {
    sb.append(v.kind).append(':');
    if (v.isObject()) {
      sb.append('{');
      for (Map.Entry<String, JsonValue> e : v.members().entrySet()) {
        sb.append(e.getKey()).append('=');
        typed(e.getValue(), sb);
        sb.append(',');
      }
      sb.append('}');
    } else if (v.isArray()) {
      sb.append('[');
      for (JsonValue item : v.items()) {
        typed(item, sb);
        sb.append(',');
      }
      sb.append(']');
    } else {
      sb.append(v.toJson());
    }
  }

  /** Checks one document; true when the fast reader read it itself. */
  private static boolean agrees(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    JsonValue fast = AsciiJsonReader.read(bytes, bytes.length);
    JsonValue parsed;
    try {
      parsed = JSON.readTree(text);
    } catch (IOException | RuntimeException e) {
      parsed = null;
    }
    if (fast != null) {
      assertNotNull(parsed, () -> "read what the parser refuses: " + text);
      assertEquals(typed(parsed), typed(fast), text);
    }
    return fast != null;
  }

  @Test
  void readsTheCommonCaseAsTheParserDoes() {
    String[] read = {
      "{\"query\":{\"customerEmail\":\"ana@example.com\",\"placedAfter\":\"2026-10-01\",\"limit\":5}}",
      "{}",
      "[]",
      " { \"a\" : [ 1 , -2 , 0 , -0 , 2147483647 , 2147483648 , -2147483648 , -2147483649 ] } ",
      "{\"n\":123456789012345678,\"m\":-123456789012345678}",
      "{\"d\":22.50,\"e\":-0.0,\"f\":0.125}",
      "{\"t\":true,\"f\":false,\"z\":null,\"s\":\"\",\"\":\"empty name\"}",
      "[[[]],{},[{}]]",
      "\"text\"",
      "7",
      "true",
      "{\"del\":\"\u007f\"}",
      "\t\r\n{\"a\":1}\n",
    };
    for (String text : read) {
      assertNotNull(
          AsciiJsonReader.read(text.getBytes(StandardCharsets.UTF_8), text.length()), text);
      agrees(text);
    }
  }

  @Test
  void readsTheNamesOfDeclaredShapesAsTheDeclaredStrings() {
    String declared = new String("declaredName"); // not the interned literal: found by content
    Shape.object().required(declared, Shape.INT).optional("caf\u00e9", Shape.INT).build();
    String text = "{\"declaredName\":1,\"declaredNam\":2,\"declaredNamex\":3}";
    JsonValue read = AsciiJsonReader.read(text.getBytes(StandardCharsets.US_ASCII), text.length());
    String first = read.members().keySet().iterator().next();
    assertSame(declared, first);
    assertEquals(
        List.of("declaredName", "declaredNam", "declaredNamex"),
        List.copyOf(read.members().keySet()));
    agrees(text);
  }

  @Test
  void leavesEverythingElseToTheParser() {
    String[] left = {
      "",
      " ",
      "{\"a\":\"caf\u00e9\"}",
      "{\"a\":\"x\\ny\"}",
      "{\"a\":1e5}",
      "{\"a\":1E5}",
      "{\"a\":1.5e-3}",
      "{\"a\":1234567890123456789}",
      "{\"a\":01}",
      "{\"a\":-}",
      "{\"a\":1.}",
      "{\"a\":.5}",
      "{\"a\":+1}",
      "{\"a\":1,\"a\":2}",
      "{\"a\":1,}",
      "[1,]",
      "[1 2]",
      "{\"a\" 1}",
      "{a:1}",
      "{'a':1}",
      "{\"a\":tru}",
      "{\"a\":truex}",
      "{\"a\":nul}",
      "{\"a\":NaN}",
      "{\"a\":1}x",
      "{\"a\":1}{}",
      "{\"a\":\"\t\"}",
      "\u00ef\u00bb\u00bf{}",
      "{\"a\":1",
      "[",
      "{\"a\":\"unterminated}",
      "[1]]",
      "{\"a\":[1}",
      "[".repeat(17) + "]".repeat(17),
      "{\"" + "n".repeat(10_001) + "\":1}",
      "{\"a\":1/*c*/}",
      "{\"a\":1\u000b}",
    };
    for (String text : left) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertNull(AsciiJsonReader.read(bytes, bytes.length), text);
    }
  }

  @Test
  void randomDocumentsAndTheirMutations() {
    Random random = new Random(42);
    String alphabet = "{}[]\":,-.0123456789eE+ \t\nabtrufalsn\\\u007f\u00e9x";
    int readByFast = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      document(random, sb, 0);
      String text = sb.toString();
      if (agrees(text)) {
        readByFast++;
      }
      for (int m = 0; m < 5; m++) {
        StringBuilder mutated = new StringBuilder(text);
        int at = random.nextInt(mutated.length() + 1);
        switch (random.nextInt(3)) {
          case 0:
            mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            break;
          case 1:
            if (at < mutated.length()) {
              mutated.deleteCharAt(at);
            }
            break;
          default:
            if (at < mutated.length()) {
              mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            break;
        }
        agrees(mutated.toString());
      }
    }
    // the generator mostly writes what the fast reader takes: the comparison above is not vacuous
    assertEquals(true, readByFast > 2500, "read by the fast reader: " + readByFast);
  }

  private static void document(Random random, StringBuilder sb, int depth) {
    int kind = depth > 4 ? 2 + random.nextInt(5) : random.nextInt(7);
    switch (kind) {
      case 0:
        {
          sb.append('{');
          int n = random.nextInt(4);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              sb.append(',');
            }
            sb.append('"')
                .append(List.of("a", "b", "limit", "query", "x y", "").get(random.nextInt(6)))
                .append(i)
                .append("\":");
            space(random, sb);
            document(random, sb, depth + 1);
          }
          sb.append('}');
          break;
        }
      case 1:
        {
          sb.append('[');
          int n = random.nextInt(4);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              sb.append(',');
            }
            space(random, sb);
            document(random, sb, depth + 1);
          }
          sb.append(']');
          break;
        }
      case 2:
        sb.append('"')
            .append(
                List.of("", "ana@example.com", "2026-10-01", "a\\\"b", "caf\u00e9", "~!@#$%^&*()")
                    .get(random.nextInt(6)))
            .append('"');
        break;
      case 3:
        {
          long n =
              random.nextInt(3) == 0
                  ? random.nextLong()
                  : random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(100);
          sb.append(random.nextBoolean() ? n : -n);
          break;
        }
      case 4:
        sb.append(random.nextInt(1000) - 500)
            .append('.')
            .append(random.nextInt(3) == 0 ? "00" : "50");
        break;
      case 5:
        sb.append(List.of("true", "false", "null").get(random.nextInt(3)));
        break;
      default:
        sb.append(random.nextInt(10)).append(".5e").append(random.nextInt(5));
        break;
    }
    space(random, sb);
  }

  private static void space(Random random, StringBuilder sb) {
    if (random.nextInt(4) == 0) {
      sb.append(List.of(" ", "\n", "\t ", "\r\n").get(random.nextInt(4)));
    }
  }
}
