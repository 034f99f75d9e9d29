/**
 * The test kit: {@link dev.toolwright.testing.ToolTester} calls a tool Lambda as the AgentCore
 * Gateway does and {@link dev.toolwright.testing.ToolResponse} asserts on what the agent sees;
 * {@link dev.toolwright.testing.GatewayLambdaContext} is the gateway-shaped Lambda context and
 * {@link dev.toolwright.testing.ToolSchemas} the generated schemas with the gateway's input
 * check. Add the module with test scope.
 */
package dev.toolwright.testing;
