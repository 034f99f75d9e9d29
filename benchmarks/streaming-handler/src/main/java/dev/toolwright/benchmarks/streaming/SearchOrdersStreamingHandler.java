package dev.toolwright.benchmarks.streaming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.toolwright.benchmarks.orders.LineItem;
import dev.toolwright.benchmarks.orders.Order;
import dev.toolwright.benchmarks.orders.OrderQuery;
import dev.toolwright.benchmarks.orders.OrderStatus;
import dev.toolwright.benchmarks.orders.OrderStore;
import dev.toolwright.benchmarks.orders.OrderSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Benchmark variant S: the same search_orders work as variant B, hand-written on jackson-core's
 * streaming {@link JsonParser} and {@link JsonGenerator} only (no databind class is loaded): read
 * {@code {"query": {...}}} in one pass, search, write the summary with the same bytes as B and
 * Toolwright (ISO dates, enum wire names, {@code BigDecimal} as written, an empty tracking number
 * left out). The floor for code generated onto jackson-core. Unknown properties are skipped; a
 * value of the wrong type fails with Jackson's own exception. Handler: {@code
 * dev.toolwright.benchmarks.streaming.SearchOrdersStreamingHandler::handleRequest}.
 */
public final class SearchOrdersStreamingHandler implements RequestStreamHandler {

  private static final JsonFactory JSON = new JsonFactory();

  private final OrderStore store = new OrderStore();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    OrderQuery query;
    try (JsonParser p = JSON.createParser(input)) {
      query = readArguments(p);
    }
    OrderSummary summary = store.searchOrders(query);
    try (JsonGenerator g = JSON.createGenerator(output)) {
      write(g, summary);
    }
  }

  private static OrderQuery readArguments(JsonParser p) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT);
    OrderQuery query = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("query") && value != JsonToken.VALUE_NULL) {
        query = readQuery(p);
      } else {
        p.skipChildren();
      }
    }
    return query != null ? query : new OrderQuery(null, null, null, null);
  }

  private static OrderQuery readQuery(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    String customerEmail = null;
    OrderStatus status = null;
    LocalDate placedAfter = null;
    Integer limit = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "customerEmail":
          customerEmail = p.getValueAsString();
          break;
        case "status":
          status = status(p.getValueAsString());
          break;
        case "placedAfter":
          placedAfter = LocalDate.parse(p.getValueAsString());
          break;
        case "limit":
          limit = p.getIntValue();
          break;
        default:
          p.skipChildren();
      }
    }
    return new OrderQuery(
        Optional.ofNullable(customerEmail),
        Optional.ofNullable(status),
        Optional.ofNullable(placedAfter),
        limit);
  }

  private static void write(JsonGenerator g, OrderSummary summary) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("orders");
    for (Order order : summary.orders()) {
      g.writeStartObject();
      g.writeStringField("orderId", order.orderId());
      g.writeStringField("customerEmail", order.customerEmail());
      g.writeStringField("status", wireName(order.status()));
      g.writeStringField("placedOn", order.placedOn().toString());
      g.writeArrayFieldStart("items");
      for (LineItem item : order.items()) {
        g.writeStartObject();
        g.writeStringField("sku", item.sku());
        g.writeNumberField("quantity", item.quantity());
        g.writeNumberField("unitPrice", item.unitPrice());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("total", order.total());
      if (order.trackingNumber().isPresent()) {
        g.writeStringField("trackingNumber", order.trackingNumber().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("totalMatches", summary.totalMatches());
    g.writeEndObject();
  }

  private static OrderStatus status(String wireName) {
    for (OrderStatus s : OrderStatus.values()) {
      if (wireName(s).equals(wireName)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown order status \"" + wireName + "\"");
  }

  private static String wireName(OrderStatus status) {
    switch (status) {
      case PENDING:
        return "pending";
      case SHIPPED:
        return "shipped";
      case DELIVERED:
        return "delivered";
      default:
        return "cancelled";
    }
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected)
      throws IOException {
    if (actual != expected) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          p, "Expected " + expected + ", got " + actual);
    }
  }
}
