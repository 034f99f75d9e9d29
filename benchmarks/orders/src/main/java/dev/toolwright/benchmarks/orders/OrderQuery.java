package dev.toolwright.benchmarks.orders;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which orders to find (as the examples' {@code OrderQuery}); every criterion is optional: a {@code
 * null} criterion becomes empty, a {@code null} (absent) {@code limit} the examples' default, 10.
 */
public record OrderQuery(
    Optional<String> customerEmail,
    Optional<OrderStatus> status,
    Optional<LocalDate> placedAfter,
    Integer limit) {

  /** The examples' default for {@code limit}. */
  public static final int DEFAULT_LIMIT = 10;

  public OrderQuery {
    customerEmail = customerEmail == null ? Optional.empty() : customerEmail;
    status = status == null ? Optional.empty() : status;
    placedAfter = placedAfter == null ? Optional.empty() : placedAfter;
    limit = limit == null ? DEFAULT_LIMIT : limit;
  }
}
