package dev.toolwright.examples.orders;

import java.util.List;

/**
 * The orders a search found.
 *
 * @param orders the matching orders, newest first, without their lines
 * @param totalMatches how many orders matched before the limit was applied
 */
public record OrderSummary(List<Order> orders, int totalMatches) {}
