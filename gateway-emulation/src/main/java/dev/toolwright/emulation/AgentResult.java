package dev.toolwright.emulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What the agent's MCP client gets from one {@code tools/call}, as the gateway would answer it
 * under an {@link dev.toolwright.gateway.EmulationProfile}: the {@code CallToolResult}'s text
 * content, its {@code isError} flag and, if any, its {@code structuredContent}.
 *
 * @param isError the result's {@code isError}
 * @param text the one text content item
 * @param structuredContent the {@code structuredContent} object, or null when there is none
 */
public record AgentResult(boolean isError, String text, JsonNode structuredContent) {

  /** The {@code structuredContent}, when the result has one. */
  public Optional<JsonNode> structured() {
    return Optional.ofNullable(structuredContent);
  }
}
