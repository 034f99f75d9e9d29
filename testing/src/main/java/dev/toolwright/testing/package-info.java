/**
 * The test kit: {@link dev.toolwright.testing.ToolTester} calls a tool Lambda as the AgentCore
 * Gateway does and {@link dev.toolwright.testing.ToolResponse} asserts on what the agent sees. The
 * gateway itself is imitated by {@code dev.toolwright.emulation} (the gateway-shaped Lambda
 * context, the schemas with the gateway's input check, the emulation profile). Add the module with
 * test scope.
 */
package dev.toolwright.testing;
