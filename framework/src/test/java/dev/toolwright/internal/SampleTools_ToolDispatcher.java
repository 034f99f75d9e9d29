package dev.toolwright.internal;

import dev.toolwright.ToolDispatcher;
import java.util.List;
import java.util.Objects;

/**
 * Written the way the processor generates dispatchers (see OrderTools_ToolDispatcher in examples).
 */
public final class SampleTools_ToolDispatcher implements ToolDispatcher {
  private static final List<String> TOOL_NAMES =
      List.of(
          "answer",
          "b___c",
          "big",
          "echo",
          "explode",
          "fail",
          "interrupt_self",
          "length",
          "nothing",
          "place_order",
          "raw_list",
          "recurse",
          "sku",
          "sleep",
          "spin",
          "unwritable",
          "who");

  private static final Shape NO_ARGUMENTS = Shape.object().build();

  private static final Shape ECHO_INPUT =
      Shape.object()
          .required("message", Shape.STRING)
          .optional("times", Shape.INT, JsonValue.of(1L))
          .build();

  private static final Shape LINE_ITEM_SHAPE =
      Shape.object().required("sku", Shape.STRING).required("quantity", Shape.INT).build();

  private static final Shape ORDER_SHAPE =
      Shape.object()
          .required("id", Shape.STRING)
          .required("items", Shape.arrayOf(LINE_ITEM_SHAPE))
          .optional("note", Shape.STRING)
          .build();

  private static final Shape PLACE_ORDER_INPUT =
      Shape.object().required("order", ORDER_SHAPE).required("reason", Shape.STRING).build();

  private static final Shape FAIL_INPUT =
      Shape.object()
          .optional("retryable", Shape.BOOLEAN, JsonValue.of(false))
          .optional("withCause", Shape.BOOLEAN, JsonValue.of(false))
          .build();

  private static final Shape MILLIS_INPUT = Shape.object().required("millis", Shape.LONG).build();

  private static final Shape TEXT_INPUT = Shape.object().required("text", Shape.STRING).build();

  private static final Shape MEGABYTES_INPUT =
      Shape.object().required("megabytes", Shape.INT).build();

  private static final Binding<SampleTools.Order> ORDER_TYPE = Binding.of(SampleTools.Order.class);

  private final SampleTools target;

  public SampleTools_ToolDispatcher(SampleTools target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  public SampleTools_ToolDispatcher() {
    this(new SampleTools());
  }

  @Override
  public String toolClassName() {
    return "dev.toolwright.internal.SampleTools";
  }

  @Override
  public List<String> toolNames() {
    return TOOL_NAMES;
  }

  @Override
  public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
    switch (toolName) {
      case "answer":
        {
          arguments.check(NO_ARGUMENTS);
          return ToolResult.wrap(target.answer());
        }
      case "b___c":
        {
          arguments.check(NO_ARGUMENTS);
          return ToolResult.wrap("b___c");
        }
      case "big":
        {
          arguments.check(MEGABYTES_INPUT);
          return ToolResult.wrap(target.big(arguments.intValue("megabytes")));
        }
      case "echo":
        {
          arguments.check(ECHO_INPUT);
          return target.echo(arguments.string("message"), arguments.intValue("times"));
        }
      case "explode":
        {
          arguments.check(NO_ARGUMENTS);
          return ToolResult.wrap(target.explode());
        }
      case "fail":
        {
          arguments.check(FAIL_INPUT);
          target.fail(arguments.booleanValue("retryable"), arguments.booleanValue("withCause"));
          return ToolResult.VOID;
        }
      case "interrupt_self":
        {
          arguments.check(NO_ARGUMENTS);
          return ToolResult.wrap(target.interruptSelf());
        }
      case "length":
        {
          arguments.check(TEXT_INPUT);
          return ToolResult.wrap(target.length(arguments.string("text")));
        }
      case "nothing":
        {
          arguments.check(NO_ARGUMENTS);
          target.nothing();
          return ToolResult.VOID;
        }
      case "place_order":
        {
          arguments.check(PLACE_ORDER_INPUT);
          return target.placeOrder(
              arguments.value("order", ORDER_TYPE), arguments.string("reason"));
        }
      case "raw_list":
        {
          // hand-written code that forgot ToolResult.wrap
          arguments.check(NO_ARGUMENTS);
          return List.of(1, 2);
        }
      case "recurse":
        {
          arguments.check(NO_ARGUMENTS);
          return ToolResult.wrap(target.recurse(0));
        }
      case "sku":
        {
          // the processor sees a record; Jackson writes it as a string because of @JsonValue
          arguments.check(NO_ARGUMENTS);
          return target.sku();
        }
      case "sleep":
        {
          arguments.check(MILLIS_INPUT);
          return ToolResult.wrap(target.sleep(arguments.longValue("millis")));
        }
      case "spin":
        {
          arguments.check(MILLIS_INPUT);
          return ToolResult.wrap(target.spin(arguments.longValue("millis")));
        }
      case "unwritable":
        {
          arguments.check(NO_ARGUMENTS);
          return target.unwritable();
        }
      case "who":
        {
          arguments.check(NO_ARGUMENTS);
          return target.who(arguments.gatewayContext());
        }
      default:
        throw new IllegalArgumentException(
            "Not a tool of SampleTools: " + toolName + ", not one of " + TOOL_NAMES);
    }
  }
}
