package lowering;

import dev.toolwright.Tool;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Collection parameters. */
public class Lists {

  /**
   * Collects things.
   *
   * @param tags labels to attach
   */
  @Tool
  public void collect(List<String> tags, Set<Integer> ids, Collection<Double> weights, String[] names, int[] counts,
      List<Address> addresses, List<List<String>> grid, List<Colour> colours, List<LocalDate> days) {}
}
