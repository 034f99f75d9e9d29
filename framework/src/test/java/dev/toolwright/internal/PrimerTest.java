package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When priming runs, and that its synthetic arguments pass the checks of every kind of shape. */
class PrimerTest {

  @Test
  void primesByDefaultOnlyUnderSnapStartAndProvisionedConcurrency() {
    assertTrue(Primer.enabled(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
    assertTrue(Primer.enabled(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")));
    assertFalse(Primer.enabled(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")));
    assertFalse(Primer.enabled(Map.of()));
    assertFalse(Primer.enabled(Map.of("TOOLWRIGHT_PRIMING", "auto")));
  }

  @Test
  void theSettingOverridesTheInitializationType() {
    assertTrue(Primer.enabled(Map.of("TOOLWRIGHT_PRIMING", "on")));
    assertTrue(
        Primer.enabled(
            Map.of("TOOLWRIGHT_PRIMING", " ON ", "AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")));
    assertFalse(
        Primer.enabled(
            Map.of("TOOLWRIGHT_PRIMING", "off", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
    assertFalse(Primer.enabled(Map.of("TOOLWRIGHT_PRIMING", "false")));
  }

  @Test
  void samplesPassTheChecksOfEveryShape() throws Exception {
    Shape.ObjectBuilder builder =
        Shape.object()
            .required("text", Shape.STRING)
            .required("letter", Shape.CHAR)
            .required("small", Shape.BYTE)
            .required("count", Shape.LONG)
            .required("big", Shape.BIG_INTEGER)
            .required("ratio", Shape.FLOAT)
            .required("money", Shape.BIG_DECIMAL)
            .required("flag", Shape.BOOLEAN)
            .required("status", Shape.oneOf("open", "closed"))
            .required("tags", Shape.arrayOf(Shape.STRING))
            .required("counts", Shape.mapOf(Shape.arrayOf(Shape.INT)))
            .optional(
                "nested",
                Shape.object()
                    .required("inner", Shape.arrayOf(Shape.arrayOf(Shape.DOUBLE)))
                    .build());
    for (StringFormat format : StringFormat.values()) {
      builder.required(format.name(), Shape.formatted(format));
    }
    Shape shape = builder.build();
    JsonSupport json = new JsonSupport();

    ToolArguments arguments = new Primer(json).arguments(shape);

    assertEquals("open", arguments.string("status"));
    assertEquals(1, arguments.byteValue("small"));
    JsonValue sample = Primer.sample(shape, 0);
    assertEquals(
        shape.properties().size(), sample.size(), "every property, optional ones too: " + sample);
  }

  @Test
  void samplesStayWithinBoundsAndStopDeepDown() {
    Shape deep =
        Shape.arrayOf(
            Shape.arrayOf(Shape.arrayOf(Shape.arrayOf(Shape.arrayOf(Shape.arrayOf(Shape.INT))))));
    assertEquals("[[[[[]]]]]", Primer.sample(deep, 0).toString());
  }
}
