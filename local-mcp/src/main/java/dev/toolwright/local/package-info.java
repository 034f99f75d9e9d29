/**
 * A local MCP endpoint in front of a tool Lambda's handler, answering as the AgentCore Gateway
 * does: {@link dev.toolwright.local.LocalGateway}. A development tool, never part of the Lambda
 * artifact.
 */
package dev.toolwright.local;
