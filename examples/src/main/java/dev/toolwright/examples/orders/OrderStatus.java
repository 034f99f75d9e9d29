package dev.toolwright.examples.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an order is in its life. */
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
