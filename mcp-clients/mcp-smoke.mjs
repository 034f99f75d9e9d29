#!/usr/bin/env node
// Connects to an MCP endpoint over streamable HTTP with the official TypeScript SDK, lists the
// tools and optionally calls one, then prints one JSON object on stdout.
//
//   node mcp-smoke.mjs <url> [tool [arguments-json]]
//   node mcp-smoke.mjs http://127.0.0.1:8080/mcp examples___add '{"a": 2, "b": 3}'
//
// Exit status: 0 when connecting, listing and the call (if any) worked at the protocol level (a
// tool answering isError: true still counts), 1 on any other failure, 2 on wrong usage.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, tool, argumentsJson] = process.argv.slice(2);
if (!url) {
  console.error("usage: node mcp-smoke.mjs <url> [tool [arguments-json]]");
  process.exit(2);
}

const client = new Client({ name: "toolwright-mcp-smoke", version: "0.1.0" });
const transport = new StreamableHTTPClientTransport(new URL(url));
try {
  await client.connect(transport);
  const listed = await client.listTools();
  const output = {
    server: client.getServerVersion(),
    protocolVersion: transport.protocolVersion,
    tools: listed.tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })),
  };
  if (tool) {
    const args = argumentsJson ? JSON.parse(argumentsJson) : {};
    // callTool also checks structuredContent against the tool's outputSchema.
    output.call = { name: tool, arguments: args, result: await client.callTool({ name: tool, arguments: args }) };
  }
  console.log(JSON.stringify(output, null, 2));
  await transport.terminateSession().catch(() => {});
  await client.close();
} catch (error) {
  console.error(`mcp-smoke: ${error?.message ?? error}`);
  await client.close().catch(() => {});
  process.exit(1);
}
