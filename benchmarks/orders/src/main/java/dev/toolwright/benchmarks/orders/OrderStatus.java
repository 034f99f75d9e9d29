package dev.toolwright.benchmarks.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an order is in its life (as the examples' {@code OrderStatus}: lower-case wire names). */
public enum OrderStatus {
  @JsonProperty("pending")
  PENDING,
  @JsonProperty("shipped")
  SHIPPED,
  @JsonProperty("delivered")
  DELIVERED,
  @JsonProperty("cancelled")
  CANCELLED
}
