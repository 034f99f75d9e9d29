package lowering;

import java.util.List;

/**
 * A record whose components are named like the dialect's keywords.
 *
 * @param type a component named type
 * @param properties a component named properties
 * @param required a component named required
 * @param items a component named items
 * @param description a component named description
 */
public record Keywords(String type, Keywords.Properties properties, boolean required, List<String> items,
    String description) {

  /**
   * A nested record named like a keyword.
   *
   * @param name a name
   */
  public record Properties(String name) {}
}
