package lowering;

import dev.toolwright.Tool;
import java.util.Map;

/** Map parameters. */
public class Maps {

  /**
   * Counts stock.
   *
   * @param stock units per SKU
   */
  @Tool
  public void count(Map<String, Integer> stock, Map<String, Colour> palette, Map<String, Address> offices) {}
}
