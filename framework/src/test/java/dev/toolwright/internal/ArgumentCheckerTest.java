package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentCheckerTest {

  private static final JsonSupport JSON = new JsonSupport();

  private static final Shape LINE_ITEM =
      Shape.object().required("sku", Shape.STRING).required("quantity", Shape.INT).build();
  private static final Shape ORDER =
      Shape.object()
          .required("id", Shape.STRING)
          .required("items", Shape.arrayOf(LINE_ITEM))
          .optional("note", Shape.STRING)
          .build();
  private static final Shape PLACE_ORDER =
      Shape.object().required("order", ORDER).required("reason", Shape.STRING).build();
  private static final Shape STATUS = Shape.oneOf("pending", "shipped", "delivered");

  /** JSON with ' for ". */
  static JsonValue args(String json) {
    return Trees.parse(json);
  }

  static String check(Shape shape, JsonValue arguments) {
    return new ArgumentChecker(JSON).checkArguments(arguments, shape);
  }

  static Shape one(String name, Shape shape) {
    return Shape.object().required(name, shape).build();
  }

  /** Checks {"v": value} against a one-property shape; returns the problem text or null. */
  static String checkValue(Shape shape, String valueJson) {
    return check(one("v", shape), args("{'v':" + valueJson + "}"));
  }

  /** Checks {"v": value}, asserts there was no problem, and returns the normalised value. */
  static JsonNode normalised(Shape shape, String valueJson) {
    JsonValue arguments = args("{'v':" + valueJson + "}");
    String problem = check(one("v", shape), arguments);
    assertNull(problem, () -> "unexpected problem for " + valueJson + ": " + problem);
    return Trees.toNode(arguments.get("v"));
  }

  @Nested
  class Leniency {

    @Test
    void integerAsString() {
      JsonNode v = normalised(Shape.INT, "'7'");
      assertTrue(v.isInt());
      assertEquals(7, v.intValue());
      assertEquals(-12, normalised(Shape.INT, "' -12 '").intValue());
      assertEquals(7L, normalised(Shape.LONG, "'7'").longValue());
    }

    @Test
    void wholeFloatIntoInteger() {
      JsonNode v = normalised(Shape.INT, "7.0");
      assertTrue(v.isInt(), v::toString);
      assertEquals(7, v.intValue());
      assertEquals(100, normalised(Shape.INT, "1e2").intValue());
      assertEquals(7, normalised(Shape.INT, "'7.00'").intValue());
      assertEquals(5_000_000_000L, normalised(Shape.LONG, "5e9").longValue());
    }

    @Test
    void booleanAsString() {
      assertEquals(JsonNodeFactory.instance.booleanNode(true), normalised(Shape.BOOLEAN, "'true'"));
      assertEquals(
          JsonNodeFactory.instance.booleanNode(false), normalised(Shape.BOOLEAN, "'FALSE'"));
      assertEquals(
          JsonNodeFactory.instance.booleanNode(true), normalised(Shape.BOOLEAN, "' True '"));
    }

    @Test
    void singleValueWhereAnArrayIsExpected() {
      assertEquals("[\"a\"]", normalised(Shape.arrayOf(Shape.STRING), "'a'").toString());
      assertEquals("[5]", normalised(Shape.arrayOf(Shape.INT), "'5'").toString());
      assertEquals(
          "[{\"sku\":\"A\",\"quantity\":2}]",
          normalised(Shape.arrayOf(LINE_ITEM), "{'sku':'A','quantity':'2'}").toString());
    }

    @Test
    void enumConstantInAnotherCase() {
      assertEquals("shipped", normalised(STATUS, "'SHIPPED'").textValue());
      assertEquals("shipped", normalised(STATUS, "' Shipped '").textValue());
      assertEquals("pending", normalised(STATUS, "'pending'").textValue());
    }

    @Test
    void objectSentAsJsonString() {
      JsonNode order =
          normalised(
              ORDER,
              "'{\\'id\\':\\'A-1\\',\\'items\\':[{\\'sku\\':\\'X\\',\\'quantity\\':\\'3\\'}]}'");
      assertEquals("{\"id\":\"A-1\",\"items\":[{\"sku\":\"X\",\"quantity\":3}]}", order.toString());
    }

    @Test
    void arraySentAsJsonString() {
      assertEquals(
          "[1,2,3]", normalised(Shape.arrayOf(Shape.INT), "' [1, 2, \\'3\\'] '").toString());
      assertEquals(
          "{\"a\":1.5}", normalised(Shape.mapOf(Shape.DOUBLE), "'{\\'a\\': 1.5}'").toString());
    }

    @Test
    void numbersAndBooleansForStrings() {
      assertEquals("12", normalised(Shape.STRING, "12").textValue());
      assertEquals("12.50", normalised(Shape.STRING, "12.50").textValue());
      assertEquals("true", normalised(Shape.STRING, "true").textValue());
      assertEquals("7", normalised(Shape.CHAR, "7").textValue());
    }

    @Test
    void numbersAsStringsForFloatingPoint() {
      assertEquals(3.5, normalised(Shape.DOUBLE, "'3.5'").doubleValue());
      assertEquals(2.0, normalised(Shape.FLOAT, "2").doubleValue());
      assertEquals(
          "12.50", normalised(Shape.BIG_DECIMAL, "'12.50'").decimalValue().toPlainString());
    }

    @Test
    void decimalsKeepEveryDigit() {
      assertEquals(
          "0.12345678901234567890123",
          normalised(Shape.BIG_DECIMAL, "0.12345678901234567890123")
              .decimalValue()
              .toPlainString());
      assertEquals("12.50", normalised(Shape.BIG_DECIMAL, "12.50").decimalValue().toPlainString());
    }

    @Test
    void base64VariantsAreNormalised() {
      assertEquals(
          "aGVsbG8=", normalised(Shape.formatted(StringFormat.BASE64), "'aGVsbG8'").textValue());
      assertEquals("+/8=", normalised(Shape.formatted(StringFormat.BASE64), "'-_8'").textValue());
      assertEquals(
          "aGVsbG8=",
          normalised(Shape.formatted(StringFormat.BASE64), "'aGVs\\nbG8='").textValue());
    }
  }

  @Nested
  class Strictness {

    @Test
    void fractionIntoInteger() {
      assertEquals(
          "Invalid argument 'v': expected integer, got 7.5.", checkValue(Shape.INT, "7.5"));
      assertEquals(
          "Invalid argument 'v': expected integer, got \"7.5\".", checkValue(Shape.LONG, "'7.5'"));
      assertEquals(
          "Invalid argument 'v': expected integer, got \"seven\".",
          checkValue(Shape.INT, "'seven'"));
      assertEquals(
          "Invalid argument 'v': expected integer, got true.", checkValue(Shape.INT, "true"));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "BYTE  | 128                  | -128 | 127",
          "BYTE  | -129                 | -128 | 127",
          "SHORT | 32768                | -32768 | 32767",
          "INT   | 2147483648           | -2147483648 | 2147483647",
          "INT   | -2147483649          | -2147483648 | 2147483647",
          "LONG  | 9223372036854775808  | -9223372036854775808 | 9223372036854775807",
          "LONG  | -9223372036854775809 | -9223372036854775808 | 9223372036854775807"
        })
    void outOfRange(String type, String value, String min, String max) throws Exception {
      Shape shape = (Shape) Shape.class.getField(type).get(null);
      assertEquals(
          "Invalid argument 'v': "
              + value
              + " is out of range; expected an integer from "
              + min
              + " to "
              + max
              + ".",
          checkValue(shape, value));
      assertEquals(
          "Invalid argument 'v': \""
              + value
              + "\" is out of range; expected an integer from "
              + min
              + " to "
              + max
              + ".",
          checkValue(shape, "'" + value + "'"));
    }

    @Test
    void boundsAreInclusive() {
      assertEquals(127, normalised(Shape.BYTE, "127").intValue());
      assertEquals(-32768, normalised(Shape.SHORT, "-32768").intValue());
      assertEquals(Long.MAX_VALUE, normalised(Shape.LONG, "9223372036854775807").longValue());
      assertEquals(Long.MIN_VALUE, normalised(Shape.LONG, "'-9223372036854775808'").longValue());
    }

    @Test
    void hugeNumbersAreBoundedAndFast() {
      assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () -> {
            assertEquals(
                "Invalid argument 'v': 1E+999999999 is out of range; expected an integer from -2147483648 to"
                    + " 2147483647.",
                checkValue(Shape.INT, "1e999999999"));
            assertEquals(
                "Invalid argument 'v': 1E+999999999 is out of range; expected an integer.",
                checkValue(Shape.BIG_INTEGER, "1e999999999"));
            assertEquals(
                "Invalid argument 'v': 1E+999999999 is out of range for a decimal number.",
                checkValue(Shape.BIG_DECIMAL, "1e999999999"));
            assertEquals(
                "Invalid argument 'v': 1E+400 is out of range for a 64-bit floating-point number.",
                checkValue(Shape.DOUBLE, "1e400"));
            assertEquals(
                "Invalid argument 'v': 1E+39 is out of range for a 32-bit floating-point number.",
                checkValue(Shape.FLOAT, "1e39"));
            assertEquals(
                "Invalid argument 'v': expected integer, got \"1e999999999\".",
                checkValue(Shape.BIG_INTEGER, "'1e999999999'"));
            assertTrue(checkValue(Shape.INT, "1e400").contains("is out of range"));
          });
    }

    @Test
    void nonFiniteNumbersAreRejected() {
      // Jackson cannot produce NaN/Infinity from strict JSON, but a double node can carry one
      JsonValue arguments = JsonValue.object();
      arguments.members().put("v", JsonValue.number(Double.POSITIVE_INFINITY));
      assertEquals(
          "Invalid argument 'v': expected integer, got \"Infinity\".",
          check(one("v", Shape.INT), arguments));
      arguments.members().put("v", JsonValue.number(Double.NaN));
      assertEquals(
          "Invalid argument 'v': expected number, got \"NaN\".",
          check(one("v", Shape.DOUBLE), arguments));
      assertEquals(
          "Invalid argument 'v': expected number, got \"NaN\".", checkValue(Shape.DOUBLE, "'NaN'"));
      assertEquals(
          "Invalid argument 'v': expected number, got \"Infinity\".",
          checkValue(Shape.DOUBLE, "'Infinity'"));
    }

    @Test
    void bigIntegerOfAHundredDigits() {
      String hundred = "9".repeat(100);
      assertEquals(hundred, normalised(Shape.BIG_INTEGER, hundred).bigIntegerValue().toString());
    }

    @Test
    void unknownEnumConstant() {
      assertEquals(
          "Invalid argument 'v': expected one of pending, shipped, delivered, got \"returned\".",
          checkValue(STATUS, "'returned'"));
      assertEquals(
          "Invalid argument 'v': expected one of pending, shipped, delivered, got 1.",
          checkValue(STATUS, "1"));
    }

    @Test
    void ambiguousCaseMatchIsRejected() {
      Shape shape = Shape.oneOf("ab", "AB");
      assertEquals("AB", normalised(shape, "'AB'").textValue());
      assertEquals(
          "Invalid argument 'v': expected one of ab, AB, got \"Ab\".", checkValue(shape, "'Ab'"));
    }

    @Test
    void malformedFormattedStrings() {
      assertEquals(
          "Invalid argument 'v': expected ISO-8601 date, e.g. 2026-11-22, got \"2026-13-01\".",
          checkValue(Shape.formatted(StringFormat.LOCAL_DATE), "'2026-13-01'"));
      assertEquals(
          "Invalid argument 'v': expected UUID, e.g. 123e4567-e89b-12d3-a456-426614174000, got"
              + " \"not-a-uuid\".",
          checkValue(Shape.formatted(StringFormat.UUID_TEXT), "'not-a-uuid'"));
      assertTrue(
          checkValue(
                  Shape.formatted(StringFormat.UUID_TEXT), "'+2345678-1234-1234-1234-123456789012'")
              .startsWith("Invalid argument 'v': expected UUID"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.UUID_TEXT), "'123e4567e89b12d3a456426614174000'")
              .startsWith("Invalid argument 'v': expected UUID"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.URI_TEXT), "'http://exa mple.com'")
              .startsWith("Invalid argument 'v': expected URI"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.INSTANT), "'yesterday'")
              .startsWith("Invalid argument 'v': expected ISO-8601 instant"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.DURATION), "'15 minutes'")
              .startsWith("Invalid argument 'v': expected ISO-8601 duration"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.BASE64), "'not base64!'")
              .startsWith("Invalid argument 'v': expected Base64-encoded bytes"));
      assertTrue(
          checkValue(Shape.formatted(StringFormat.LOCAL_DATE), "20261122")
              .startsWith("Invalid argument 'v': expected ISO-8601 date"));
    }

    @Test
    void characters() {
      assertEquals("x", normalised(Shape.CHAR, "'x'").textValue());
      assertEquals(
          "Invalid argument 'v': expected a single character, got \"xy\".",
          checkValue(Shape.CHAR, "'xy'"));
      assertEquals(
          "Invalid argument 'v': expected a single character, got \"\".",
          checkValue(Shape.CHAR, "''"));
      // a Java char holds one UTF-16 unit: an emoji does not fit
      assertEquals(
          "Invalid argument 'v': expected a single character, got \"\uD83D\uDE00\".",
          checkValue(Shape.CHAR, "'\uD83D\uDE00'"));
    }

    @Test
    void booleansAreNotNumbers() {
      assertEquals(
          "Invalid argument 'v': expected boolean, got 1.", checkValue(Shape.BOOLEAN, "1"));
      assertEquals(
          "Invalid argument 'v': expected boolean, got \"yes\".",
          checkValue(Shape.BOOLEAN, "'yes'"));
    }

    @Test
    void wrongContainerKinds() {
      assertEquals(
          "Invalid argument 'v': expected object, got \"abc\".", checkValue(ORDER, "'abc'"));
      assertEquals(
          "Invalid argument 'v': expected object, got an array.", checkValue(ORDER, "[1]"));
      assertEquals(
          "Invalid argument 'v': expected object, got 3.", checkValue(Shape.mapOf(Shape.INT), "3"));
      assertEquals(
          "Invalid argument 'v': expected string, got an object.", checkValue(Shape.STRING, "{}"));
      assertEquals(
          "Invalid argument 'v': expected string, got an array.",
          checkValue(Shape.STRING, "['a']"));
    }

    @Test
    void unknownFieldsAreNamedWithTheKnownNames() {
      Shape echo =
          Shape.object().required("message", Shape.STRING).optional("times", Shape.INT).build();
      // a close known name is suggested: the most useful thing an agent can read after a typo
      assertEquals(
          "Missing required argument 'message'. Unknown argument 'mesage'; expected one of: message, times."
              + " Did you mean 'message'?",
          check(echo, args("{'mesage':'hi'}")));
      assertEquals(
          "Unknown argument 'order.itemz'; expected one of: id, items, note. Did you mean 'items'?",
          check(PLACE_ORDER, args("{'reason':'r','order':{'id':'A','items':[],'itemz':[]}}")));
      assertEquals(
          "Unknown argument 'x'; this takes no arguments.",
          check(Shape.object().build(), args("{'x':1}")));
    }

    @Test
    void ignoreUnknownDropsThem() {
      Shape lenient = Shape.object().required("a", Shape.INT).ignoreUnknown().build();
      JsonValue arguments = args("{'a':1,'b':2,'c':{}}");
      assertNull(check(lenient, arguments));
      assertEquals("{\"a\":1}", arguments.toString());
    }

    @Test
    void nullInsideArrays() {
      assertEquals(
          "Invalid argument 'v[1]': expected integer, got null.",
          checkValue(Shape.arrayOf(Shape.INT), "[1,null,3]"));
      assertEquals(
          "Invalid argument 'v[0]': expected object, got null.",
          checkValue(Shape.arrayOf(LINE_ITEM), "[null]"));
    }

    @Test
    void mapValuesAreCheckedWithTheirKeys() {
      assertEquals(
          "Invalid argument 'v['b']': expected number, got \"x\".",
          checkValue(Shape.mapOf(Shape.DOUBLE), "{'a':'1.5','b':'x'}"));
      assertEquals("{\"a\":1.5}", normalised(Shape.mapOf(Shape.DOUBLE), "{'a':'1.5'}").toString());
      assertEquals(
          "Missing required argument 'v['k'].sku'.",
          checkValue(Shape.mapOf(LINE_ITEM), "{'k':{'quantity':1}}"));
    }
  }

  @Nested
  class Messages {

    @Test
    void exactMessageWithANestedPath() {
      JsonValue arguments =
          args(
              "{'reason':'gift','order':{'id':'A-1','items':[{'sku':'a','quantity':1},"
                  + "{'sku':'b','quantity':'2'},{'sku':'c','quantity':'two'}]}}");
      assertEquals(
          "Invalid argument 'order.items[2].quantity': expected integer, got \"two\".",
          check(PLACE_ORDER, arguments));
    }

    @Test
    void allMissingNamesAtOnceWithNestedPaths() {
      JsonValue arguments =
          args("{'order':{'items':[{'sku':'a','quantity':1},{'quantity':2},{'sku':'c'}]}}");
      assertEquals(
          "Missing required arguments: 'order.id', 'order.items[1].sku', 'order.items[2].quantity',"
              + " 'reason'.",
          check(PLACE_ORDER, arguments));
    }

    @Test
    void missingAndInvalidTogether() {
      JsonValue arguments =
          args("{'order':{'id':5,'items':{'sku':'a','quantity':1.5},'note':null}}");
      assertEquals(
          "Missing required argument 'reason'. Invalid argument 'order.items[0].quantity': expected"
              + " integer, got 1.5.",
          check(PLACE_ORDER, arguments));
      assertEquals("5", arguments.get("order").get("id").text());
      assertTrue(
          !arguments.get("order").members().containsKey("note"),
          "an explicit null for an optional value is dropped");
    }

    @Test
    void nullForARequiredValueIsMissing() {
      assertEquals("Missing required argument 'v'.", checkValue(Shape.STRING, "null"));
    }

    @Test
    void problemsAreCappedAndCounted() {
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < 25; i++) {
        json.append(i == 0 ? "" : ",").append("'u").append(i).append("':1");
      }
      String message =
          check(Shape.object().required("a", Shape.INT).build(), args(json.append('}').toString()));
      assertTrue(
          message.startsWith(
              "Missing required argument 'a'. Unknown argument 'u0'; expected one of: a."),
          message);
      assertTrue(
          message.endsWith(
              "Unknown argument 'u18'; expected one of: a. (6 more problems not shown.)"),
          message);
      assertEquals(ArgumentChecker.MAX_PROBLEMS, message.split("argument").length - 1);
    }

    @Test
    void longNamesAreShortened() {
      String name = "n".repeat(10_000);
      String message = check(Shape.object().build(), args("{'" + name + "':1}"));
      assertEquals("Unknown argument '" + "n".repeat(64) + "…'; this takes no arguments.", message);
      String mapMessage = checkValue(Shape.mapOf(Shape.INT), "{'" + name + "':'x'}");
      assertEquals(
          "Invalid argument 'v['" + "n".repeat(64) + "…']': expected integer, got \"x\".",
          mapMessage);
    }

    @Test
    void longValuesAreShortenedAndEscaped() {
      String message = checkValue(Shape.INT, "'" + "x".repeat(5000) + "'");
      assertEquals(
          "Invalid argument 'v': expected integer, got \"" + "x".repeat(40) + "…\".", message);
      assertEquals(
          "Invalid argument 'v': expected integer, got \"a\\u0000\\\"b\".",
          checkValue(Shape.INT, "'a\\u0000\\'b'"));
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
      String value = "x".repeat(39) + "\uD83D\uDE00" + "y".repeat(10);
      assertEquals(
          "Invalid argument 'v': expected integer, got \"" + "x".repeat(39) + "…\".",
          checkValue(Shape.INT, "'" + value + "'"));
      String name = "n".repeat(63) + "\uD83D\uDE00";
      assertEquals(
          "Unknown argument '" + "n".repeat(63) + "…'; this takes no arguments.",
          check(Shape.object().build(), args("{'" + name + "':1}")));
    }

    @Test
    void aMillionUnknownFieldsTakeBoundedTimeAndText() {
      JsonValue arguments = JsonValue.object();
      for (int i = 0; i < 1_000_000; i++) {
        arguments.members().put("_" + Integer.toString(i, 36), JsonValue.number(0));
      }
      Shape shape = Shape.object().required("a", Shape.INT).optional("b", Shape.STRING).build();
      String message =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(shape, arguments));
      assertTrue(message.length() < 2_000, () -> message.length() + " characters");
      assertTrue(message.endsWith("(999981 more problems not shown.)"), message);
    }
  }

  @Nested
  class Defaults {

    private final Shape shape =
        Shape.object()
            .optional("times", Shape.INT, JsonValue.of(3L))
            .optional("unit", STATUS, JsonValue.of("pending"))
            .optional(
                "items",
                Shape.arrayOf(
                    Shape.object()
                        .required("sku", Shape.STRING)
                        .optional("quantity", Shape.INT, JsonValue.of(1L))
                        .build()))
            .build();

    @Test
    void appliedWhenAbsentOrNull() {
      JsonValue arguments =
          args(
              "{'unit':null,'items':[{'sku':'a'},{'sku':'b','quantity':null},{'sku':'c','quantity':5}]}");
      assertNull(check(shape, arguments));
      assertEquals(
          "{\"unit\":\"pending\",\"items\":[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"quantity\":1},"
              + "{\"sku\":\"c\",\"quantity\":5}],\"times\":3}",
          arguments.toString());
    }

    @Test
    void notAppliedWhenGiven() {
      JsonValue arguments = args("{'times':'9','unit':'SHIPPED'}");
      assertNull(check(shape, arguments));
      assertEquals("{\"times\":9,\"unit\":\"shipped\"}", arguments.toString());
    }

    @Test
    void defaultsAreNormalisedLikeSentValues() {
      Shape normalising =
          Shape.object()
              .optional("bytes", Shape.formatted(StringFormat.BASE64), JsonValue.of("aGk"))
              .optional("status", STATUS, JsonValue.of("SHIPPED"))
              .optional("small", Shape.BYTE, JsonValue.of(7L))
              .build();
      JsonValue arguments = args("{}");
      assertNull(check(normalising, arguments));
      assertEquals("{\"bytes\":\"aGk=\",\"status\":\"shipped\",\"small\":7}", arguments.toString());
    }

    @Test
    void defaultsAreCopiedNotShared() {
      Shape list =
          Shape.object()
              .optional("tags", Shape.arrayOf(Shape.STRING), Trees.parse("['x']"))
              .build();
      JsonValue first = args("{}");
      check(list, first);
      first.get("tags").items().add(JsonValue.text("mutated"));
      JsonValue second = args("{}");
      check(list, second);
      assertEquals("{\"tags\":[\"x\"]}", second.toString());
    }
  }
}
