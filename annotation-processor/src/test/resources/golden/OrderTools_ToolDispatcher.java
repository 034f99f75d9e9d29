package dev.toolwright.examples.orders;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.Binding;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.Shape;
import dev.toolwright.internal.StringFormat;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolResult;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code @Tool} methods of {@link OrderTools} by tool name. Generated; do not edit.
 */
@Generated("dev.toolwright.processor.ToolProcessor")
public final class OrderTools_ToolDispatcher implements ToolDispatcher {
  private static final List<String> TOOL_NAMES = List.of("cancel_order", "lookup_order", "search_orders");

  private static final Shape CANCEL_ORDER_INPUT = Shape.object()
      .required("orderId", Shape.STRING)
      .required("reason", Shape.STRING)
      .build();

  private static final Shape LOOKUP_ORDER_INPUT = Shape.object()
      .required("orderId", Shape.STRING)
      .optional("includeItems", Shape.BOOLEAN, JsonNodeFactory.instance.booleanNode(false))
      .build();

  private static final Binding<Order> ORDER_TYPE = Binding.of(Order.class);

  private static final Shape ORDER_STATUS_SHAPE = Shape.oneOf("pending", "shipped", "delivered", "cancelled");

  private static final Shape LINE_ITEM_SHAPE = Shape.object()
      .required("sku", Shape.STRING)
      .required("quantity", Shape.INT)
      .required("unitPrice", Shape.BIG_DECIMAL)
      .build();

  private static final Shape ORDER_SHAPE = Shape.object()
      .required("orderId", Shape.STRING)
      .required("customerEmail", Shape.STRING)
      .required("status", ORDER_STATUS_SHAPE)
      .required("placedOn", Shape.formatted(StringFormat.LOCAL_DATE))
      .required("items", Shape.arrayOf(LINE_ITEM_SHAPE))
      .required("total", Shape.BIG_DECIMAL)
      .optional("trackingNumber", Shape.STRING)
      .build();

  private static final Shape ORDER_QUERY_SHAPE = Shape.object()
      .optional("customerEmail", Shape.STRING)
      .optional("status", ORDER_STATUS_SHAPE)
      .optional("placedAfter", Shape.formatted(StringFormat.LOCAL_DATE))
      .optional("limit", Shape.INT, JsonNodeFactory.instance.numberNode(10L))
      .build();

  private static final Shape SEARCH_ORDERS_INPUT = Shape.object()
      .required("query", ORDER_QUERY_SHAPE)
      .build();

  private static final Binding<OrderQuery> ORDER_QUERY_TYPE = Binding.of(OrderQuery.class);

  private static final Binding<OrderSummary> ORDER_SUMMARY_TYPE = Binding.of(OrderSummary.class);

  private static final Shape ORDER_SUMMARY_SHAPE = Shape.object()
      .required("orders", Shape.arrayOf(ORDER_SHAPE))
      .required("totalMatches", Shape.INT)
      .build();

  private final OrderTools target;

  /**
   * Calls the tools on the given instance.
   */
  public OrderTools_ToolDispatcher(OrderTools target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Calls the tools on a new {@link OrderTools}.
   */
  public OrderTools_ToolDispatcher() {
    this(new OrderTools());
  }

  @Override
  public String toolClassName() {
    return "dev.toolwright.examples.orders.OrderTools";
  }

  @Override
  public List<String> toolNames() {
    return TOOL_NAMES;
  }

  @Override
  public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
    switch (toolName) {
      case "cancel_order": {
        arguments.check(CANCEL_ORDER_INPUT);
        return ToolResult.wrap(target.cancelOrder(
            arguments.string("orderId"),
            arguments.string("reason"),
            arguments.gatewayContext()));
      }
      case "lookup_order": {
        arguments.check(LOOKUP_ORDER_INPUT);
        return target.lookupOrder(
            arguments.string("orderId"),
            arguments.booleanValue("includeItems"));
      }
      case "search_orders": {
        arguments.check(SEARCH_ORDERS_INPUT);
        return target.searchOrders(arguments.value("query", ORDER_QUERY_TYPE));
      }
      default:
        throw new IllegalArgumentException("Not a tool of OrderTools: " + toolName + ", not one of " + TOOL_NAMES);
    }
  }

  @Override
  public void prime(String toolName, Primer primer) throws Exception {
    switch (toolName) {
      case "cancel_order": {
        ToolArguments arguments = primer.arguments(CANCEL_ORDER_INPUT);
        arguments.string("orderId");
        arguments.string("reason");
        arguments.gatewayContext();
        break;
      }
      case "lookup_order": {
        ToolArguments arguments = primer.arguments(LOOKUP_ORDER_INPUT);
        arguments.string("orderId");
        arguments.booleanValue("includeItems");
        primer.result(ORDER_TYPE, ORDER_SHAPE, false);
        break;
      }
      case "search_orders": {
        ToolArguments arguments = primer.arguments(SEARCH_ORDERS_INPUT);
        arguments.value("query", ORDER_QUERY_TYPE);
        primer.result(ORDER_SUMMARY_TYPE, ORDER_SUMMARY_SHAPE, false);
        break;
      }
      default:
        break;
    }
  }
}
