import dev.toolwright.Tool;

/** Tools in the unnamed package. */
public class DefaultPackageTools {

  /** Pings from the unnamed package. */
  @Tool
  public String defaultPing() {
    return "pong";
  }
}
