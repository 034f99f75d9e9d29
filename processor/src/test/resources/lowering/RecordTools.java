package lowering;

import dev.toolwright.Tool;

/**
 * A record can hold tools too.
 *
 * @param greeting how to greet
 */
public record RecordTools(String greeting) {

  /**
   * Greets someone.
   *
   * @param who whom to greet
   */
  @Tool
  public String greet(String who) {
    return greeting + ", " + who;
  }
}
