package lowering;

import com.amazonaws.services.lambda.runtime.Context;
import dev.toolwright.GatewayContext;
import dev.toolwright.Tool;

/** Parameters the runtime injects. */
public class Injected {

  /**
   * Says who is calling.
   *
   * @param name the caller's name
   */
  @Tool
  public String whoami(Context lambda, String name, GatewayContext gateway) {
    return name;
  }

  /** Takes nothing but the contexts. */
  @Tool
  public void onlyContexts(GatewayContext gateway, Context lambda) {}
}
