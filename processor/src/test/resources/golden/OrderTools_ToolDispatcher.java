package dev.toolwright.examples.orders;

import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.Abi;
import dev.toolwright.internal.JsonOut;
import dev.toolwright.internal.JsonValue;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.Shape;
import dev.toolwright.internal.StringFormat;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
      .optional("includeItems", Shape.BOOLEAN, JsonValue.of(false))
      .build();

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

  private static final String[] ORDER_STATUS_WIRE = {"pending", "shipped", "delivered", "cancelled"};

  private static final Shape ORDER_QUERY_SHAPE = Shape.object()
      .optional("customerEmail", Shape.STRING)
      .optional("status", ORDER_STATUS_SHAPE)
      .optional("placedAfter", Shape.formatted(StringFormat.LOCAL_DATE))
      .optional("limit", Shape.INT, JsonValue.of(10L))
      .build();

  private static final Shape SEARCH_ORDERS_INPUT = Shape.object()
      .required("query", ORDER_QUERY_SHAPE)
      .build();

  private static final Shape ORDER_SUMMARY_SHAPE = Shape.object()
      .required("orders", Shape.arrayOf(ORDER_SHAPE))
      .required("totalMatches", Shape.INT)
      .build();

  private static final JsonOut.Name ORDER_ID_NAME = JsonOut.Name.of("orderId");

  private static final JsonOut.Name CUSTOMER_EMAIL_NAME = JsonOut.Name.of("customerEmail");

  private static final JsonOut.Name STATUS_NAME = JsonOut.Name.of("status");

  private static final JsonOut.Name PLACED_ON_NAME = JsonOut.Name.of("placedOn");

  private static final JsonOut.Name ITEMS_NAME = JsonOut.Name.of("items");

  private static final JsonOut.Name SKU_NAME = JsonOut.Name.of("sku");

  private static final JsonOut.Name QUANTITY_NAME = JsonOut.Name.of("quantity");

  private static final JsonOut.Name UNIT_PRICE_NAME = JsonOut.Name.of("unitPrice");

  private static final JsonOut.Name TOTAL_NAME = JsonOut.Name.of("total");

  private static final JsonOut.Name TRACKING_NUMBER_NAME = JsonOut.Name.of("trackingNumber");

  private static final JsonOut.Name ORDERS_NAME = JsonOut.Name.of("orders");

  private static final JsonOut.Name TOTAL_MATCHES_NAME = JsonOut.Name.of("totalMatches");

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
  public int abiVersion() {
    return 3;
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
        return target.searchOrders(readOrderQuery(arguments.member("query")));
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
        primer.result(ORDER_SHAPE, false);
        break;
      }
      case "search_orders": {
        ToolArguments arguments = primer.arguments(SEARCH_ORDERS_INPUT);
        readOrderQuery(arguments.member("query"));
        primer.result(ORDER_SUMMARY_SHAPE, false);
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
      case "cancel_order": {
        out.string(((String) result));
        return true;
      }
      case "lookup_order": {
        writeOrder(out, ((Order) result));
        return true;
      }
      case "search_orders": {
        writeOrderSummary(out, ((OrderSummary) result));
        return true;
      }
      default:
        return false;
    }
  }

  @Override
  public String primingArguments(String toolName) {
    switch (toolName) {
      case "lookup_order": return "{\"orderId\": \"A-1001\", \"includeItems\": true}";
      case "search_orders": return "{\"query\": {\"customerEmail\": \"ana@example.com\", \"placedAfter\": \"2026-01-01\"}}";
      default: return null;
    }
  }

  private static String readString(JsonValue json) {
    if (json == null) {
      return null;
    }
    return json.text();
  }

  private static OrderStatus readOrderStatus(JsonValue json) {
    if (json == null) {
      return null;
    }
    switch (json.text()) {
      case "pending": return OrderStatus.PENDING;
      case "shipped": return OrderStatus.SHIPPED;
      case "delivered": return OrderStatus.DELIVERED;
      case "cancelled": return OrderStatus.CANCELLED;
      default: throw new IllegalArgumentException("Not a value of OrderStatus: " + json.text());
    }
  }

  private static LocalDate readLocalDate(JsonValue json) {
    if (json == null) {
      return null;
    }
    return json.localDate();
  }

  private static OrderQuery readOrderQuery(JsonValue json) {
    if (json == null) {
      return null;
    }
    try {
      return new OrderQuery(
          Optional.ofNullable(readString(json.member("customerEmail"))),
          Optional.ofNullable(readOrderStatus(json.member("status"))),
          Optional.ofNullable(readLocalDate(json.member("placedAfter"))),
          json.member("limit").intValue());
    } catch (Exception e) {
      throw Abi.rejected(json, e);
    }
  }

  private static void writeLineItem(JsonOut out, LineItem value) throws IOException {
    out.startObject();
    String sku = value.sku();
    if (sku != null) {
      out.name(SKU_NAME);
      out.string(sku);
    }
    out.name(QUANTITY_NAME);
    out.number(value.quantity());
    BigDecimal unitPrice = value.unitPrice();
    if (unitPrice != null) {
      out.name(UNIT_PRICE_NAME);
      out.number(unitPrice);
    }
    out.endObject();
  }

  private static void writeListOfLineItem(JsonOut out, List<LineItem> value) throws IOException {
    out.startArray();
    for (LineItem item : value) {
      if (item == null) {
        out.nullValue();
      } else {
        writeLineItem(out, item);
      }
    }
    out.endArray();
  }

  private static void writeOrder(JsonOut out, Order value) throws IOException {
    out.startObject();
    String orderId = value.orderId();
    if (orderId != null) {
      out.name(ORDER_ID_NAME);
      out.string(orderId);
    }
    String customerEmail = value.customerEmail();
    if (customerEmail != null) {
      out.name(CUSTOMER_EMAIL_NAME);
      out.string(customerEmail);
    }
    OrderStatus status = value.status();
    if (status != null) {
      out.name(STATUS_NAME);
      out.string(ORDER_STATUS_WIRE[status.ordinal()]);
    }
    LocalDate placedOn = value.placedOn();
    if (placedOn != null) {
      out.name(PLACED_ON_NAME);
      out.time(placedOn);
    }
    List<LineItem> items = value.items();
    if (items != null) {
      out.name(ITEMS_NAME);
      writeListOfLineItem(out, items);
    }
    BigDecimal total = value.total();
    if (total != null) {
      out.name(TOTAL_NAME);
      out.number(total);
    }
    Optional<String> trackingNumber = value.trackingNumber();
    if (trackingNumber != null && trackingNumber.isPresent()) {
      out.name(TRACKING_NUMBER_NAME);
      out.string(trackingNumber.get());
    }
    out.endObject();
  }

  private static void writeListOfOrder(JsonOut out, List<Order> value) throws IOException {
    out.startArray();
    for (Order item : value) {
      if (item == null) {
        out.nullValue();
      } else {
        writeOrder(out, item);
      }
    }
    out.endArray();
  }

  private static void writeOrderSummary(JsonOut out, OrderSummary value) throws IOException {
    out.startObject();
    List<Order> orders = value.orders();
    if (orders != null) {
      out.name(ORDERS_NAME);
      writeListOfOrder(out, orders);
    }
    out.name(TOTAL_MATCHES_NAME);
    out.number(value.totalMatches());
    out.endObject();
  }
}
