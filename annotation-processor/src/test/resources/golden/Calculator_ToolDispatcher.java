package dev.toolwright.examples.calculator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.Binding;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.Shape;
import dev.toolwright.internal.StringFormat;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code @Tool} methods of {@link Calculator} by tool name. Generated; do not edit.
 */
@Generated("dev.toolwright.processor.ToolProcessor")
public final class Calculator_ToolDispatcher implements ToolDispatcher {
  private static final List<String> TOOL_NAMES = List.of("add", "convert_length", "days_between", "statistics");

  private static final Shape ADD_INPUT = Shape.object()
      .required("a", Shape.DOUBLE)
      .required("b", Shape.DOUBLE)
      .build();

  private static final Shape UNIT_SHAPE = Shape.oneOf("MILLIMETRE", "CENTIMETRE", "METRE", "KILOMETRE", "INCH", "FOOT", "MILE");

  private static final Shape CONVERT_LENGTH_INPUT = Shape.object()
      .required("value", Shape.DOUBLE)
      .required("from", UNIT_SHAPE)
      .optional("to", UNIT_SHAPE, JsonNodeFactory.instance.textNode("METRE"))
      .build();

  private static final Binding<Unit> UNIT_TYPE = Binding.of(Unit.class);

  private static final Shape DAYS_BETWEEN_INPUT = Shape.object()
      .required("from", Shape.formatted(StringFormat.LOCAL_DATE))
      .required("to", Shape.formatted(StringFormat.LOCAL_DATE))
      .build();

  private static final Binding<LocalDate> LOCAL_DATE_TYPE = Binding.of(LocalDate.class);

  private static final Shape STATISTICS_INPUT = Shape.object()
      .required("values", Shape.arrayOf(Shape.DOUBLE))
      .build();

  private static final Binding<List<Double>> LIST_OF_DOUBLE_TYPE = Binding.of(Binding.TYPES.constructParametricType(List.class, Binding.TYPES.constructType(Double.class)));

  private static final Binding<Statistics> STATISTICS_TYPE = Binding.of(Statistics.class);

  private static final Shape STATISTICS_SHAPE = Shape.object()
      .required("count", Shape.INT)
      .required("mean", Shape.DOUBLE)
      .required("min", Shape.DOUBLE)
      .required("max", Shape.DOUBLE)
      .build();

  private final Calculator target;

  /**
   * Calls the tools on the given instance.
   */
  public Calculator_ToolDispatcher(Calculator target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Calls the tools on a new {@link Calculator}.
   */
  public Calculator_ToolDispatcher() {
    this(new Calculator());
  }

  @Override
  public String toolClassName() {
    return "dev.toolwright.examples.calculator.Calculator";
  }

  @Override
  public List<String> toolNames() {
    return TOOL_NAMES;
  }

  @Override
  public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
    switch (toolName) {
      case "add": {
        arguments.check(ADD_INPUT);
        return ToolResult.wrap(target.add(
            arguments.doubleValue("a"),
            arguments.doubleValue("b")));
      }
      case "convert_length": {
        arguments.check(CONVERT_LENGTH_INPUT);
        return ToolResult.wrap(target.convertLength(
            arguments.doubleValue("value"),
            arguments.value("from", UNIT_TYPE),
            arguments.value("to", UNIT_TYPE)));
      }
      case "days_between": {
        arguments.check(DAYS_BETWEEN_INPUT);
        return ToolResult.wrap(target.daysBetween(
            arguments.value("from", LOCAL_DATE_TYPE),
            arguments.value("to", LOCAL_DATE_TYPE)));
      }
      case "statistics": {
        arguments.check(STATISTICS_INPUT);
        return target.statistics(arguments.value("values", LIST_OF_DOUBLE_TYPE));
      }
      default:
        throw new IllegalArgumentException("Not a tool of Calculator: " + toolName + ", not one of " + TOOL_NAMES);
    }
  }

  @Override
  public void prime(String toolName, Primer primer) throws Exception {
    switch (toolName) {
      case "add": {
        ToolArguments arguments = primer.arguments(ADD_INPUT);
        arguments.doubleValue("a");
        arguments.doubleValue("b");
        break;
      }
      case "convert_length": {
        ToolArguments arguments = primer.arguments(CONVERT_LENGTH_INPUT);
        arguments.doubleValue("value");
        arguments.value("from", UNIT_TYPE);
        arguments.value("to", UNIT_TYPE);
        break;
      }
      case "days_between": {
        ToolArguments arguments = primer.arguments(DAYS_BETWEEN_INPUT);
        arguments.value("from", LOCAL_DATE_TYPE);
        arguments.value("to", LOCAL_DATE_TYPE);
        break;
      }
      case "statistics": {
        ToolArguments arguments = primer.arguments(STATISTICS_INPUT);
        arguments.value("values", LIST_OF_DOUBLE_TYPE);
        primer.result(STATISTICS_TYPE, STATISTICS_SHAPE, false);
        break;
      }
      default:
        break;
    }
  }
}
