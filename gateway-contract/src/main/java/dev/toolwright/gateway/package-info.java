/**
 * What Toolwright knows about Amazon Bedrock AgentCore Gateway's Lambda targets, in one place:
 * names and limits ({@link GatewayNames}, {@link GatewayLimits}), the client-context keys ({@link
 * ClientContextKeys}), the inline schema dialect and where the processor writes it ({@link
 * SchemaDialect}), the answer envelope ({@link LambdaAnswers}), the MCP protocol versions ({@link
 * McpVersions}) and, for the local emulation, which behaviours are documented, observed or assumed
 * ({@link EmulationProfile}).
 *
 * <p>Every fact names its source. Nothing else in the project redefines one; a test scans the
 * sources for copies. The package has no dependencies, and its constants are compile-time
 * constants, so reading them from the Lambda's runtime costs no class loading.
 */
package dev.toolwright.gateway;
