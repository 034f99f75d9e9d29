package dev.toolwright.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The examples' in-memory orders and their lookup_order logic, without Toolwright. */
final class OrderStore {

  private final Map<String, Order> orders = new ConcurrentHashMap<>();

  OrderStore() {
    add(new Order("A-1001", "ana@example.com", OrderStatus.DELIVERED, "2026-10-02",
        List.of(new LineItem("BOOK-042", 2, new BigDecimal("12.50"))), new BigDecimal("25.00"), "1Z999"));
    add(new Order("A-1002", "ana@example.com", OrderStatus.PENDING, "2026-11-20",
        List.of(new LineItem("MUG-007", 1, new BigDecimal("9.90")), new LineItem("TEA-100", 3, new BigDecimal("4.20"))),
        new BigDecimal("22.50"), null));
    add(new Order("B-2001", "ben@example.com", OrderStatus.SHIPPED, "2026-11-18",
        List.of(new LineItem("LAMP-300", 1, new BigDecimal("49.00"))), new BigDecimal("49.00"), "1Z123"));
  }

  private void add(Order order) {
    orders.put(order.orderId(), order);
  }

  Order lookupOrder(String orderId, boolean includeItems) {
    Order order = orders.get(orderId.trim().toUpperCase());
    if (order == null) {
      throw new IllegalArgumentException("Order " + orderId + " does not exist.");
    }
    return includeItems ? order : new Order(order.orderId(), order.customerEmail(), order.status(), order.placedOn(),
        List.of(), order.total(), order.trackingNumber());
  }
}
