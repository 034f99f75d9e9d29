package dev.toolwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an order is in its life (as the examples' {@code OrderStatus}). */
public enum OrderStatus {
  @JsonProperty("pending") PENDING,
  @JsonProperty("shipped") SHIPPED,
  @JsonProperty("delivered") DELIVERED,
  @JsonProperty("cancelled") CANCELLED
}
