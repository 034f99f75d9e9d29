package dev.toolwright.gateway;

import java.util.List;

/** MCP protocol versions the gateway documents (developer guide, 2026-12), oldest first. */
public final class McpVersions {

  public static final String V2025_03_26 = "2025-03-26";
  public static final String V2025_06_18 = "2025-06-18";
  public static final String V2025_11_25 = "2025-11-25";

  /**
   * Stateless: no {@code initialize}; {@code server/discover}, {@code Mcp-Method}/{@code Mcp-Name}
   * headers.
   */
  public static final String V2026_07_28 = "2026-07-28";

  /** Every version the gateway documents. */
  public static final List<String> DOCUMENTED =
      List.of(V2025_03_26, V2025_06_18, V2025_11_25, V2026_07_28);

  private McpVersions() {}
}
