package lowering;

import dev.toolwright.Tool;

/** Record parameters. */
public class Records {

  /**
   * Ships a parcel.
   *
   * @param to where the parcel goes
   */
  @Tool
  public void ship(Address to, Address from) {}

  /**
   * Classifies something whose property names look like schema keywords.
   *
   * @param keywords the thing to classify
   */
  @Tool
  public Keywords classify(Keywords keywords) {
    return keywords;
  }
}
