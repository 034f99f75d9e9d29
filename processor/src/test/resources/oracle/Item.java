package oracle;

/**
 * A line of a shipment.
 *
 * @param sku the stock-keeping unit
 * @param quantity how many
 */
public record Item(String sku, int quantity) {}
