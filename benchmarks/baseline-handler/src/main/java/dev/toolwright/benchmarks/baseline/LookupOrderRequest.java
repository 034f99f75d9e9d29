package dev.toolwright.benchmarks.baseline;

/** The arguments of lookup_order; {@code includeItems} is false when absent. */
public record LookupOrderRequest(String orderId, boolean includeItems) {}
