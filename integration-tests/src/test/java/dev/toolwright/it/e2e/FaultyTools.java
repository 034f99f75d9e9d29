package dev.toolwright.it.e2e;

import dev.toolwright.GatewayContext;
import dev.toolwright.Tool;
import java.util.Map;

/** Tools that misbehave on purpose, for the end-to-end tests under the real runtime. */
public class FaultyTools {

  /**
   * Sleeps, to overrun the invocation's deadline.
   *
   * @param millis how long to sleep
   */
  @Tool
  public String sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slept " + millis;
  }

  /** Throws an exception whose message must never reach the agent. */
  @Tool
  public String explode() {
    throw new IllegalStateException("connection to db.internal failed, password=hunter2");
  }

  /** Echoes what the gateway said about this call. */
  @Tool
  public Caller whoAmI(GatewayContext gateway) {
    return new Caller(
        gateway.toolName(),
        gateway.targetName(),
        gateway.gatewayId(),
        gateway.mcpMessageId(),
        gateway.propagatedHeaders(),
        gateway.queryParameters());
  }

  /**
   * What the gateway said.
   *
   * @param tool the tool name without the target prefix
   * @param target the target name
   * @param gatewayId the gateway id
   * @param mcpMessageId the MCP message id
   * @param headers the propagated headers
   */
  public record Caller(
      String tool,
      String target,
      String gatewayId,
      String mcpMessageId,
      Map<String, String> headers,
      Map<String, String> queryParameters) {}
}
