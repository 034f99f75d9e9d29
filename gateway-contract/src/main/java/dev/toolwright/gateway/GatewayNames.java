package dev.toolwright.gateway;

/** Name rules of the gateway and of the clients behind it. */
public final class GatewayNames {

  /**
   * Target names: letters, digits and single hyphens, 1–100 (API model {@code TargetName}). No
   * underscores, so the first {@link #TARGET_SEPARATOR} in a qualified tool name always ends the
   * target.
   */
  public static final String TARGET_NAME_PATTERN = "([0-9a-zA-Z][-]?){1,100}";

  /** The gateway names a tool {@code <target>___<tool>} (developer guide, Lambda targets). */
  public static final String TARGET_SEPARATOR = "___";

  /**
   * Tool names that the model APIs behind agents accept (Bedrock Converse, OpenAI, Anthropic:
   * {@code ^[a-zA-Z0-9_-]{1,64}$}); stricter than the gateway's own limit of 256 characters.
   */
  public static final String TOOL_NAME_PATTERN = "[a-zA-Z0-9_-]+";

  /** The gateway's own limit on a tool name (service quotas). */
  public static final int MAX_TOOL_NAME = 256;

  /**
   * The longest tool name the model APIs accept, counted on what the client finally sends: its own
   * prefix (Claude Code: {@code mcp__<server>__}), the gateway's {@code <target>___} and the tool.
   */
  public static final int MAX_CLIENT_TOOL_NAME = 64;

  /**
   * Gateway names: at most 48 characters (API model {@code GatewayName}; CloudFormation says 100).
   */
  public static final int MAX_GATEWAY_NAME = 48;

  /**
   * Gateway identifiers: the name, a hyphen and 10 characters (API model {@code
   * GatewayIdentifier}).
   */
  public static final String GATEWAY_ID_PATTERN = "([0-9a-z][-]?){1,100}-[0-9a-z]{10}";

  /** Target descriptions: 1–200 characters (API model). */
  public static final int MAX_TARGET_DESCRIPTION = 200;

  private GatewayNames() {}
}
