package dev.toolwright.examples.calculator;

import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.JsonOut;
import dev.toolwright.internal.JsonValue;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.Shape;
import dev.toolwright.internal.StringFormat;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
      .optional("to", UNIT_SHAPE, JsonValue.of("METRE"))
      .build();

  private static final Shape DAYS_BETWEEN_INPUT = Shape.object()
      .required("from", Shape.formatted(StringFormat.LOCAL_DATE))
      .required("to", Shape.formatted(StringFormat.LOCAL_DATE))
      .build();

  private static final Shape STATISTICS_INPUT = Shape.object()
      .required("values", Shape.arrayOf(Shape.DOUBLE))
      .build();

  private static final Shape STATISTICS_SHAPE = Shape.object()
      .required("count", Shape.INT)
      .required("mean", Shape.DOUBLE)
      .required("min", Shape.DOUBLE)
      .required("max", Shape.DOUBLE)
      .build();

  private static final JsonOut.Name COUNT_NAME = JsonOut.Name.of("count");

  private static final JsonOut.Name MEAN_NAME = JsonOut.Name.of("mean");

  private static final JsonOut.Name MIN_NAME = JsonOut.Name.of("min");

  private static final JsonOut.Name MAX_NAME = JsonOut.Name.of("max");

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
  public int abiVersion() {
    return 3;
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
            readUnit(arguments.member("from")),
            readUnit(arguments.member("to"))));
      }
      case "days_between": {
        arguments.check(DAYS_BETWEEN_INPUT);
        return ToolResult.wrap(target.daysBetween(
            readLocalDate(arguments.member("from")),
            readLocalDate(arguments.member("to"))));
      }
      case "statistics": {
        arguments.check(STATISTICS_INPUT);
        return target.statistics(readListOfDouble(arguments.member("values")));
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
        readUnit(arguments.member("from"));
        readUnit(arguments.member("to"));
        break;
      }
      case "days_between": {
        ToolArguments arguments = primer.arguments(DAYS_BETWEEN_INPUT);
        readLocalDate(arguments.member("from"));
        readLocalDate(arguments.member("to"));
        break;
      }
      case "statistics": {
        ToolArguments arguments = primer.arguments(STATISTICS_INPUT);
        readListOfDouble(arguments.member("values"));
        primer.result(STATISTICS_SHAPE, false);
        break;
      }
      default:
        break;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean writeResult(String toolName, Object result, JsonOut out) throws IOException {
    switch (toolName) {
      case "add": {
        out.number(((Double) result));
        return true;
      }
      case "convert_length": {
        out.number(((Double) result));
        return true;
      }
      case "days_between": {
        out.number(((Long) result));
        return true;
      }
      case "statistics": {
        writeStatistics(out, ((Statistics) result));
        return true;
      }
      default:
        return false;
    }
  }

  private static Unit readUnit(JsonValue json) {
    if (json == null) {
      return null;
    }
    switch (json.text()) {
      case "MILLIMETRE": return Unit.MILLIMETRE;
      case "CENTIMETRE": return Unit.CENTIMETRE;
      case "METRE": return Unit.METRE;
      case "KILOMETRE": return Unit.KILOMETRE;
      case "INCH": return Unit.INCH;
      case "FOOT": return Unit.FOOT;
      case "MILE": return Unit.MILE;
      default: throw new IllegalArgumentException("Not a value of Unit: " + json.text());
    }
  }

  private static LocalDate readLocalDate(JsonValue json) {
    if (json == null) {
      return null;
    }
    return json.localDate();
  }

  private static List<Double> readListOfDouble(JsonValue json) {
    if (json == null) {
      return null;
    }
    List<Double> list = new ArrayList<>(json.size());
    for (JsonValue item : json.elements()) {
      list.add(item.doubleValue());
    }
    return list;
  }

  private static void writeStatistics(JsonOut out, Statistics value) throws IOException {
    out.startObject();
    out.name(COUNT_NAME);
    out.number(value.count());
    out.name(MEAN_NAME);
    out.number(value.mean());
    out.name(MIN_NAME);
    out.number(value.min());
    out.name(MAX_NAME);
    out.number(value.max());
    out.endObject();
  }
}
