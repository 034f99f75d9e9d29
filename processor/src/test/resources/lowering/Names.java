package lowering;

import dev.toolwright.Tool;
import dev.toolwright.ToolParam;

/** Tool and parameter names. */
public class Names {

  /**
   * Finds customers by email.
   *
   * @param customerEmail the email address
   * @param maxResults the most customers to return
   */
  @Tool
  public void lookupCustomerByEmail(String customerEmail, @ToolParam(name = "max_results") int maxResults) {}

  /** Takes no arguments at all. */
  @Tool(name = "get-thing")
  public static String getThing() {
    return "";
  }

  /** Reads the HTTP status. */
  @Tool
  String getHTTPStatus() {
    return "";
  }

  /** Tools in a static nested class. */
  public static class Inner {

    /** Pings the inner class. */
    @Tool(description = "Checks that the nested class answers.")
    public String innerPing() {
      return "pong";
    }
  }
}
