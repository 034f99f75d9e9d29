package dev.toolwright.benchmarks.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The examples' sample orders and the logic of their order tools ({@code OrderTools}), without
 * Toolwright: B and S serve search_orders, C all three.
 */
public final class OrderStore {

  private final Map<String, Order> orders = new ConcurrentHashMap<>();

  /** The examples' three sample orders. */
  public OrderStore() {
    add(
        new Order(
            "A-1001",
            "ana@example.com",
            OrderStatus.DELIVERED,
            LocalDate.of(2026, 10, 2),
            List.of(new LineItem("BOOK-042", 2, new BigDecimal("12.50"))),
            new BigDecimal("25.00"),
            Optional.of("1Z999")));
    add(
        new Order(
            "A-1002",
            "ana@example.com",
            OrderStatus.PENDING,
            LocalDate.of(2026, 11, 20),
            List.of(
                new LineItem("MUG-007", 1, new BigDecimal("9.90")),
                new LineItem("TEA-100", 3, new BigDecimal("4.20"))),
            new BigDecimal("22.50"),
            Optional.empty()));
    add(
        new Order(
            "B-2001",
            "ben@example.com",
            OrderStatus.SHIPPED,
            LocalDate.of(2026, 11, 18),
            List.of(new LineItem("LAMP-300", 1, new BigDecimal("49.00"))),
            new BigDecimal("49.00"),
            Optional.of("1Z123")));
  }

  private void add(Order order) {
    orders.put(order.orderId(), order);
  }

  /** Looks up one order by its id. */
  public Order lookupOrder(String orderId, boolean includeItems) {
    Order order = orders.get(orderId.trim().toUpperCase());
    if (order == null) {
      throw new IllegalArgumentException("Order " + orderId + " does not exist.");
    }
    return includeItems ? order : withoutItems(order);
  }

  /** Finds orders by customer, status and date, newest first, without their lines. */
  public OrderSummary searchOrders(OrderQuery query) {
    List<Order> matches = new ArrayList<>();
    for (Order order : orders.values()) {
      if (query.customerEmail().map(e -> e.equalsIgnoreCase(order.customerEmail())).orElse(true)
          && query.status().map(s -> s == order.status()).orElse(true)
          && query.placedAfter().map(d -> !order.placedOn().isBefore(d)).orElse(true)) {
        matches.add(withoutItems(order));
      }
    }
    matches.sort(Comparator.comparing(Order::placedOn).reversed().thenComparing(Order::orderId));
    int limit = Math.max(0, query.limit());
    return new OrderSummary(matches.subList(0, Math.min(limit, matches.size())), matches.size());
  }

  /** Cancels an order that has not shipped yet. */
  public String cancelOrder(String orderId, String reason) {
    Order order = orders.get(orderId.trim().toUpperCase());
    if (order == null) {
      throw new IllegalArgumentException("Order " + orderId + " does not exist.");
    }
    if (order.status() != OrderStatus.PENDING) {
      throw new IllegalStateException(
          "Order "
              + order.orderId()
              + " is "
              + order.status().name().toLowerCase()
              + " and can no longer be cancelled; offer a return instead.");
    }
    orders.put(
        order.orderId(),
        new Order(
            order.orderId(),
            order.customerEmail(),
            OrderStatus.CANCELLED,
            order.placedOn(),
            order.items(),
            order.total(),
            Optional.empty()));
    return "Order " + order.orderId() + " is cancelled (" + reason + ").";
  }

  private static Order withoutItems(Order order) {
    return new Order(
        order.orderId(),
        order.customerEmail(),
        order.status(),
        order.placedOn(),
        List.of(),
        order.total(),
        order.trackingNumber());
  }
}
