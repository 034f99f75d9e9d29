package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.GatewayContext;
import dev.toolwright.ToolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {

  private static final JsonSupport JSON = new JsonSupport();

  public record Range(int from, int to) {
    public Range {
      if (from > to) {
        throw new ToolException("'from' must not be after 'to'");
      }
    }
  }

  public record Positive(int value) {
    public Positive {
      if (value <= 0) {
        throw new IllegalArgumentException("internal detail: value " + value);
      }
    }
  }

  /** Jackson cannot create this: no creator at all. */
  public interface NoShape {
    int value();
  }

  private static ToolArguments arguments(String json, Shape shape)
      throws InvalidArgumentsException {
    JsonValue node = ArgumentCheckerTest.args(json);
    ToolArguments arguments =
        new ToolArguments(
            node,
            JSON,
            null,
            new GatewayContext(null, null, null, null, null, null, null, null, null));
    arguments.check(shape);
    return arguments;
  }

  @Test
  void checkThrowsWithEveryProblem() {
    Shape shape = Shape.object().required("a", Shape.INT).required("b", Shape.INT).build();
    InvalidArgumentsException e =
        assertThrows(InvalidArgumentsException.class, () -> arguments("{'c':1}", shape));
    assertEquals(
        "Missing required arguments: 'a', 'b'. Unknown argument 'c'; expected one of: a, b.",
        e.getMessage());
    assertEquals(
        0, e.getStackTrace().length, "the message is for the agent; no stack trace is kept");
  }

  @Test
  void primitivesAfterNormalisation() throws Exception {
    Shape shape =
        Shape.object()
            .required("s", Shape.STRING)
            .required("c", Shape.CHAR)
            .required("i", Shape.INT)
            .required("l", Shape.LONG)
            .required("sh", Shape.SHORT)
            .required("b", Shape.BYTE)
            .required("d", Shape.DOUBLE)
            .required("f", Shape.FLOAT)
            .required("z", Shape.BOOLEAN)
            .build();
    ToolArguments a =
        arguments(
            "{'s':42,'c':'x','i':'7','l':'9007199254740993','sh':-3.0,'b':'127',"
                + "'d':'0.1','f':1.5,'z':'TRUE'}",
            shape);
    assertEquals("42", a.string("s"));
    assertEquals('x', a.charValue("c"));
    assertEquals(Character.valueOf('x'), a.character("c"));
    assertEquals(7, a.intValue("i"));
    assertEquals(9007199254740993L, a.longValue("l"));
    assertEquals((short) -3, a.shortValue("sh"));
    assertEquals((byte) 127, a.byteValue("b"));
    assertEquals(0.1, a.doubleValue("d"));
    assertEquals(1.5f, a.floatValue("f"));
    assertTrue(a.booleanValue("z"));
  }

  @Test
  void optionalsAndAbsentValues() throws Exception {
    Shape shape =
        Shape.object()
            .optional("i", Shape.INT)
            .optional("l", Shape.LONG)
            .optional("d", Shape.DOUBLE)
            .optional("s", Shape.STRING)
            .optional("c", Shape.CHAR)
            .optional("date", Shape.formatted(StringFormat.LOCAL_DATE))
            .build();
    ToolArguments none = arguments("{'s':null}", shape);
    assertEquals(OptionalInt.empty(), none.optionalInt("i"));
    assertEquals(OptionalLong.empty(), none.optionalLong("l"));
    assertEquals(OptionalDouble.empty(), none.optionalDouble("d"));
    assertNull(none.string("s"));
    assertNull(none.character("c"));
    assertNull(none.value("date", Binding.of(LocalDate.class)));
    assertEquals(Optional.empty(), none.optional("date", Binding.of(LocalDate.class)));

    ToolArguments some = arguments("{'i':'1','l':2,'d':'2.5','date':'2026-11-22'}", shape);
    assertEquals(OptionalInt.of(1), some.optionalInt("i"));
    assertEquals(OptionalLong.of(2), some.optionalLong("l"));
    assertEquals(OptionalDouble.of(2.5), some.optionalDouble("d"));
    assertEquals(
        Optional.of(LocalDate.of(2026, 11, 22)),
        some.optional("date", Binding.of(LocalDate.class)));
  }

  @Test
  void jacksonBindsCheckedValues() throws Exception {
    Shape range = Shape.object().required("from", Shape.INT).required("to", Shape.INT).build();
    Shape shape =
        Shape.object()
            .required("ranges", Shape.arrayOf(range))
            .required("counts", Shape.mapOf(Shape.INT))
            .required("big", Shape.BIG_INTEGER)
            .required("money", Shape.BIG_DECIMAL)
            .required("bytes", Shape.formatted(StringFormat.BASE64))
            .build();
    ToolArguments a =
        arguments(
            "{'ranges':{'from':'1','to':2.0},'counts':'{\\'x\\':\\'3\\'}','big':'123456789012345678901234567890',"
                + "'money':19.990,'bytes':'aGk'}",
            shape);
    List<Range> ranges =
        a.value("ranges", Binding.of("java.util.List<" + Range.class.getName() + ">"));
    assertEquals(List.of(new Range(1, 2)), ranges);
    Map<String, Integer> counts =
        a.value("counts", Binding.of("java.util.Map<java.lang.String,java.lang.Integer>"));
    assertEquals(Map.of("x", 3), counts);
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        a.value("big", Binding.of(BigInteger.class)));
    assertEquals("19.990", a.value("money", Binding.of(BigDecimal.class)).toPlainString());
    assertArrayEquals("hi".getBytes(), a.value("bytes", Binding.of(byte[].class)));
  }

  @Test
  void aToolExceptionFromAConstructorIsAnInvalidArgument() throws Exception {
    Shape range = Shape.object().required("from", Shape.INT).required("to", Shape.INT).build();
    ToolArguments a =
        arguments("{'r':{'from':5,'to':1}}", Shape.object().required("r", range).build());
    InvalidArgumentsException e =
        assertThrows(InvalidArgumentsException.class, () -> a.value("r", Binding.of(Range.class)));
    assertEquals("Invalid argument 'r': 'from' must not be after 'to'.", e.getMessage());
  }

  @Test
  void pathsIntoMapsNameTheKey() throws Exception {
    Shape range = Shape.object().required("from", Shape.INT).required("to", Shape.INT).build();
    ToolArguments a =
        arguments(
            "{'r':{'ok':{'from':1,'to':2},'bad':{'from':5,'to':1}}}",
            Shape.object().required("r", Shape.mapOf(range)).build());
    InvalidArgumentsException e =
        assertThrows(
            InvalidArgumentsException.class,
            () ->
                a.value(
                    "r",
                    Binding.of("java.util.Map<java.lang.String," + Range.class.getName() + ">")));
    assertEquals("Invalid argument 'r['bad']': 'from' must not be after 'to'.", e.getMessage());
  }

  @Test
  void otherConstructorFailuresAreMaskedAsRejected() throws Exception {
    Shape positive = Shape.object().required("value", Shape.INT).build();
    ToolArguments a =
        arguments(
            "{'p':[{'value':1},{'value':-1}]}",
            Shape.object().required("p", Shape.arrayOf(positive)).build());
    InvalidArgumentsException e =
        assertThrows(
            InvalidArgumentsException.class,
            () -> a.value("p", Binding.of("java.util.List<" + Positive.class.getName() + ">")));
    assertEquals("Invalid argument 'p[1]': the value was rejected.", e.getMessage());
  }

  @Test
  void aTypeJacksonCannotBindIsNotTheCallersFault() throws Exception {
    ToolArguments a =
        arguments(
            "{'x':{'value':1}}",
            Shape.object()
                .required("x", Shape.object().required("value", Shape.INT).build())
                .build());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> a.value("x", Binding.of(NoShape.class)));
    assertTrue(e.getMessage().startsWith("Cannot bind argument 'x'"), e.getMessage());
  }

  @Test
  void contextsArePassedThrough() throws Exception {
    FakeContext lambda = FakeContext.local();
    GatewayContext gateway =
        new GatewayContext("t___x", "t", "x", null, null, null, null, null, null);
    ToolArguments a = new ToolArguments(JsonValue.object(), JSON, lambda, gateway);
    assertSame(lambda, a.lambdaContext());
    assertSame(gateway, a.gatewayContext());
  }
}
