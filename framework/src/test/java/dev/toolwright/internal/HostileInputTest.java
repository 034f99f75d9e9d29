package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.toolwright.ToolHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no agent should send. Every answer must be one of the documented shapes, quickly, and
 * the same handler must serve a normal request afterwards.
 */
class HostileInputTest {

  private static final int MAX = JsonSupport.MAX_REQUEST_BYTES;
  private static final String NOT_JSON = "The arguments are not valid JSON: ";
  private static final String NOT_OBJECT = "The arguments must be a JSON object, got ";
  private static final String TOO_DEEP =
      "The arguments exceed a limit: objects and arrays are nested more than 64 levels deep.";
  private static final String TOO_LONG_NUMBER =
      "The arguments exceed a limit: a number is longer than 100 characters.";

  private final ToolHandler handler = new ToolHandler(new SampleTools_ToolDispatcher());

  private byte[] invoke(InputStream body, String tool) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(body, out, FakeContext.gateway("samples___" + tool).remaining(30_000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] invoke(byte[] body, String tool) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> invoke(new ByteArrayInputStream(body), tool));
  }

  @AfterEach
  void stillServing() {
    assertEquals(
        "{\"message\":\"still here\",\"times\":2}",
        Answers.success(invoke(bytes("{\"message\":\"still here\",\"times\":2}"), "echo"))
            .toString());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] b = part instanceof String ? bytes((String) part) : (byte[]) part;
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static Arguments rejected(String name, byte[] body, String code, String messageStart) {
    return Arguments.of(Named.of(name, body), code, messageStart);
  }

  static Stream<Arguments> rejectedRequests() {
    return Stream.of(
        rejected(
            "unterminated object", bytes("{\"message\":"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected(
            "missing brace", bytes("{\"message\":\"hi\""), Responses.INVALID_REQUEST, NOT_JSON),
        rejected("unquoted name", bytes("{message:\"hi\"}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected("single quotes", bytes("{'message':'hi'}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected(
            "comment", bytes("{/* hi */\"message\":\"hi\"}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected("NaN literal", bytes("{\"times\":NaN}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected("leading zeros", bytes("{\"times\":007}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected(
            "invalid UTF-8 in a value",
            concat("{\"message\":\"", new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "invalid UTF-8 in a name",
            concat("{\"", new byte[] {(byte) 0xc3, 0x28}, "\":1}"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "truncated UTF-8 sequence",
            concat("{\"message\":\"", new byte[] {(byte) 0xe2, (byte) 0x82}),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "only invalid bytes",
            new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff},
            Responses.INVALID_REQUEST,
            ""),
        rejected(
            "top-level array",
            bytes("[{\"message\":\"hi\"}]"),
            Responses.INVALID_REQUEST,
            NOT_OBJECT + "an array."),
        rejected(
            "top-level string", bytes("\"hi\""), Responses.INVALID_REQUEST, NOT_OBJECT + "\"hi\"."),
        rejected(
            "top-level JSON in a string",
            bytes("\"{\\\"message\\\":\\\"hi\\\"}\""),
            Responses.INVALID_REQUEST,
            NOT_OBJECT + "\"{\\\"message\\\":\\\"hi\\\"}\"."),
        rejected("top-level number", bytes("42"), Responses.INVALID_REQUEST, NOT_OBJECT + "42."),
        rejected(
            "top-level boolean", bytes("true"), Responses.INVALID_REQUEST, NOT_OBJECT + "true."),
        rejected(
            "trailing garbage",
            bytes("{\"message\":\"hi\"} x"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "two objects",
            bytes("{\"message\":\"a\"}{\"message\":\"b\"}"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected("trailing bracket", bytes("{}]"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected(
            "trailing comma", bytes("{\"message\":\"hi\",}"), Responses.INVALID_REQUEST, NOT_JSON),
        rejected(
            "duplicate keys",
            bytes("{\"message\":\"a\",\"message\":\"b\"}"),
            Responses.INVALID_REQUEST,
            NOT_JSON + "Duplicate field 'message'"),
        rejected(
            "duplicate nested keys",
            bytes("{\"order\":{\"id\":\"a\",\"id\":\"b\"}}"),
            Responses.INVALID_REQUEST,
            NOT_JSON + "Duplicate field 'id'"),
        rejected(
            "65 levels",
            bytes("{\"message\":" + nested(64) + "}"),
            Responses.INVALID_REQUEST,
            TOO_DEEP),
        rejected("100,000 levels", bytes(nested(100_000)), Responses.INVALID_REQUEST, TOO_DEEP),
        rejected(
            "100,000 open objects",
            bytes("{\"a\":".repeat(100_000)),
            Responses.INVALID_REQUEST,
            TOO_DEEP),
        rejected(
            "101-digit integer",
            bytes("{\"times\":" + "1".repeat(101) + "}"),
            Responses.INVALID_REQUEST,
            TOO_LONG_NUMBER),
        rejected(
            "101-digit fraction",
            bytes("{\"times\":0." + "1".repeat(100) + "}"),
            Responses.INVALID_REQUEST,
            TOO_LONG_NUMBER),
        rejected(
            "10,000-digit integer",
            bytes("{\"x\":" + "9".repeat(10_000) + "}"),
            Responses.INVALID_REQUEST,
            TOO_LONG_NUMBER),
        rejected(
            "huge exponent",
            bytes("{\"message\":\"a\",\"times\":1e999999999}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'times': 1E+999999999 is out of range"),
        rejected(
            "huge exponent as text",
            bytes("{\"message\":\"a\",\"times\":\"1e999999999\"}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'times': expected integer"),
        rejected(
            "name longer than 10,000 characters",
            bytes("{\"" + "n".repeat(10_001) + "\":1}"),
            Responses.INVALID_REQUEST,
            "The arguments exceed a limit: a property name is too long."),
        rejected(
            "raw NUL after the object",
            concat("{\"message\":\"hi\"}", new byte[] {0}),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "raw NUL before the object",
            concat(new byte[] {0}, "{}"),
            Responses.INVALID_REQUEST,
            ""),
        rejected(
            "raw NUL inside a string",
            concat("{\"message\":\"a", new byte[] {0}, "b\"}"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected("only NUL bytes", new byte[64], Responses.INVALID_REQUEST, ""),
        rejected(
            "raw control character in a string",
            bytes("{\"message\":\"a\u0001b\"}"),
            Responses.INVALID_REQUEST,
            NOT_JSON),
        rejected(
            "escaped NUL in an unknown name",
            bytes("{\"message\":\"a\",\"x\\u0000y\":1}"),
            Responses.INVALID_ARGUMENTS,
            "Unknown argument 'x\u0000y'; expected one of: message, times."),
        rejected(
            "huge string for an integer",
            bytes("{\"message\":\"a\",\"times\":\"" + "7".repeat(5_000_000) + "\"}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'times': expected integer, got \"" + "7".repeat(40) + "…\"."),
        rejected(
            "huge array for a string",
            bytes("{\"message\":[" + "0,".repeat(1_000_000) + "0]}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'message': expected string, got an array."),
        rejected(
            "a million nulls in an array",
            bytes(
                "{\"reason\":\"r\",\"order\":{\"id\":\"a\",\"items\":["
                    + "null,".repeat(1_000_000)
                    + "null]}}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'order.items[0]': expected object, got null."),
        rejected(
            "deep JSON in a string",
            bytes("{\"reason\":\"r\",\"order\":\"" + "{\\\"a\\\":".repeat(100) + "\"}"),
            Responses.INVALID_ARGUMENTS,
            "Invalid argument 'order': expected object, got \"{\\\"a\\\":{"),
        rejected(
            "legal depth under an unknown name",
            bytes("{\"message\":\"a\",\"x\":" + nested(63) + "}"),
            Responses.INVALID_ARGUMENTS,
            "Unknown argument 'x'"));
  }

  /** Requests whose exact answer is Jackson's business; they must get some documented error. */
  static Stream<Arguments> oddRequests() {
    return Stream.of(
        Arguments.of(
            Named.of(
                "exponent beyond int range", bytes("{\"message\":\"a\",\"times\":1e9999999999}"))),
        Arguments.of(
            Named.of(
                "overlong UTF-8 NUL",
                concat("{\"message\":\"", new byte[] {(byte) 0xc0, (byte) 0x80}, "\"}"))),
        Arguments.of(
            Named.of(
                "UTF-8 encoded surrogate",
                concat(
                    "{\"message\":\"", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\"}"))),
        Arguments.of(Named.of("UTF-32 looking body", new byte[] {0, 0, 0, '{', 0, 0, 0, '}'})),
        Arguments.of(Named.of("lone BOM", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})),
        Arguments.of(Named.of("form feed whitespace", bytes("\f{}"))),
        Arguments.of(Named.of("number then garbage", bytes("{\"message\":\"a\",\"times\":1x}"))),
        Arguments.of(Named.of("negative zero", bytes("{\"message\":\"a\",\"times\":-0}"))),
        Arguments.of(Named.of("minus only", bytes("{\"message\":\"a\",\"times\":-}"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddRequests")
  void answeredWithADocumentedShape(byte[] body) {
    byte[] answer = invoke(body, "echo");
    Answers.documented(answer);
    assertTrue(answer.length < 4_000, () -> "answer of " + answer.length + " bytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRequests")
  void rejectedWithADocumentedAnswer(byte[] body, String code, String messageStart) {
    String tool =
        new String(body, StandardCharsets.ISO_8859_1).contains("\"order\"")
            ? "place_order"
            : "echo";
    byte[] answer = invoke(body, tool);
    String message = Answers.message(answer, code);
    assertTrue(message.startsWith(messageStart), () -> "message: " + message);
    assertTrue(answer.length < 4_000, () -> "answer of " + answer.length + " bytes");
  }

  @Test
  void escapedNulAndLoneSurrogatesAreJustText() {
    JsonNode answer = Answers.success(invoke(bytes("{\"message\":\"a\\u0000b\\ud800c\"}"), "echo"));
    assertEquals("a\u0000b\ud800c", answer.get("message").textValue());
  }

  @Test
  void byteOrderMarksAndUtf16AreRead() {
    assertEquals(
        "hi",
        Answers.success(
                invoke(
                    concat(
                        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "{\"message\":\"hi\"}"),
                    "echo"))
            .get("message")
            .textValue());
    assertEquals(
        "hé",
        Answers.success(invoke("{\"message\":\"hé\"}".getBytes(StandardCharsets.UTF_16BE), "echo"))
            .get("message")
            .textValue());
  }

  @Test
  void hugeStringIsServedWhole() {
    String big = "é".repeat(2_000_000);
    JsonNode answer = Answers.success(invoke(bytes("{\"message\":\"" + big + "\"}"), "echo"));
    assertEquals(big, answer.get("message").textValue());
  }

  @Test
  void bodyOfExactlySixMegabytesIsServed() {
    String prefix = "{\"text\":\"";
    String suffix = "\"}";
    byte[] body = bytes(prefix + "x".repeat(MAX - prefix.length() - suffix.length()) + suffix);
    assertEquals(MAX, body.length);
    assertEquals(
        MAX - prefix.length() - suffix.length(),
        Answers.success(invoke(body, "length")).get("result").intValue());
  }

  @Test
  void echoingSixMegabytesBackIsTooLargeAnAnswer() {
    String prefix = "{\"message\":\"";
    byte[] body = bytes(prefix + "x".repeat(MAX - prefix.length() - 2) + "\"}");
    Answers.error(invoke(body, "echo"), Responses.INTERNAL_ERROR);
  }

  @Test
  void bodyOverSixMegabytesIsRejected() {
    byte[] body = new byte[MAX + 1];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[MAX] = '}';
    assertEquals(
        "The request is larger than the Lambda payload limit of 6 MB.",
        Answers.message(invoke(body, "echo"), Responses.INVALID_REQUEST));
  }

  @Test
  void anEndlessBodyIsReadOnlyUpToTheLimit() {
    long[] served = new long[1];
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            served[0] += len;
            return len;
          }
        };
    byte[] answer =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> invoke(endless, "echo"));
    Answers.error(answer, Responses.INVALID_REQUEST);
    assertEquals(MAX + 1L, served[0]);
  }

  @Test
  void aBodyDeliveredInTinyChunksIsReadWhole() {
    byte[] body = bytes("{\"message\":\"" + "y".repeat(100_000) + "\"}");
    InputStream trickle =
        new InputStream() {
          private int at;

          @Override
          public int read() {
            return at < body.length ? body[at++] & 0xff : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (at >= body.length) {
              return -1;
            }
            if (len == 0) {
              return 0;
            }
            b[off] = body[at++];
            return 1;
          }
        };
    JsonNode answer =
        Answers.success(
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> invoke(trickle, "echo")));
    assertEquals(100_000, answer.get("message").textValue().length());
  }

  @Test
  void asManyTinyUnknownFieldsAsFitInSixMegabytes() {
    // A million distinct names do not fit in 6 MB (ArgumentCheckerTest checks a million directly);
    // 740,000 three-character names do.
    StringBuilder json = new StringBuilder(MAX).append('{');
    int count = 0;
    outer:
    for (char a = '#'; a <= '~'; a++) {
      for (char b = '#'; b <= '~'; b++) {
        for (char c = '#'; c <= '~'; c++) {
          if (a == '\\' || b == '\\' || c == '\\') {
            continue;
          }
          json.append(count == 0 ? "" : ",")
              .append('"')
              .append(a)
              .append(b)
              .append(c)
              .append("\":0");
          if (++count == 740_000) {
            break outer;
          }
        }
      }
    }
    byte[] body = bytes(json.append('}').toString());
    assertTrue(body.length <= MAX, () -> body.length + " bytes");
    long start = System.nanoTime();
    String message = Answers.message(invoke(body, "answer"), Responses.INVALID_ARGUMENTS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 8_000, () -> millis + " ms");
    assertTrue(message.length() < 1_500, () -> message.length() + " characters: " + message);
    assertTrue(message.startsWith("Unknown argument '###'; this takes no arguments."), message);
    assertTrue(message.endsWith(" (739980 more problems not shown.)"), message);
  }
}
