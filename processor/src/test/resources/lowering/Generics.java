package lowering;

import dev.toolwright.Tool;

/** Generic records with their type arguments filled in. */
public class Generics {

  /**
   * Pages through addresses.
   *
   * @param page the page to show
   */
  @Tool
  public Paged<Colour> page(Paged<Address> page) {
    return null;
  }
}
