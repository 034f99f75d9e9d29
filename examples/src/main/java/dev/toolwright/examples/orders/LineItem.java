package dev.toolwright.examples.orders;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param sku the product's stock-keeping unit, e.g. "BOOK-042"
 * @param quantity how many units, at least 1
 * @param unitPrice the price of one unit in the order's currency
 */
public record LineItem(String sku, int quantity, BigDecimal unitPrice) {}
