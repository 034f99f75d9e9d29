package dev.toolwright.benchmarks.spring;

import java.time.LocalDate;
import java.util.Optional;

/** Which orders to find; every criterion is optional. */
public record OrderQuery(
    Optional<String> customerEmail,
    Optional<OrderStatus> status,
    Optional<LocalDate> placedAfter,
    Integer limit) {

  public OrderQuery {
    customerEmail = customerEmail == null ? Optional.empty() : customerEmail;
    status = status == null ? Optional.empty() : status;
    placedAfter = placedAfter == null ? Optional.empty() : placedAfter;
  }
}
