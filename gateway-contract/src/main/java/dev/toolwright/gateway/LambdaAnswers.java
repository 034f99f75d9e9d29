package dev.toolwright.gateway;

/**
 * What a Toolwright Lambda answers and what the gateway makes of it. The gateway documents only
 * that the answer must be JSON; the envelope and codes are Toolwright's own contract, and the
 * gateway's side is in {@link EmulationProfile}.
 */
public final class LambdaAnswers {

  /** {@code {"isError": true, "error": {"code", "message", …}}}: an answer the agent can read. */
  public static final String IS_ERROR = "isError";

  public static final String ERROR = "error";
  public static final String CODE = "code";
  public static final String MESSAGE = "message";

  /** A non-object return value is wrapped as {@code {"result": …}}. */
  public static final String RESULT = "result";

  /** The request itself is unusable (not JSON, too large, no tool name). */
  public static final String INVALID_REQUEST = "INVALID_REQUEST";

  /** No tool of that name in this Lambda. */
  public static final String UNKNOWN_TOOL = "UNKNOWN_TOOL";

  /** The arguments do not fit the tool's parameters. */
  public static final String INVALID_ARGUMENTS = "INVALID_ARGUMENTS";

  /** The tool threw a {@code ToolException}: its message is for the agent. */
  public static final String TOOL_ERROR = "TOOL_ERROR";

  /** The tool did not finish before the invocation's deadline. */
  public static final String TIMEOUT = "TIMEOUT";

  /** Anything else: details only in the log. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  /**
   * The text an agent gets when the Lambda fails with a function error (observed in several
   * independent reports; the cause is only in the gateway's logs).
   */
  public static final String GATEWAY_FUNCTION_ERROR_TEXT =
      "An internal error occurred. Please retry later.";

  private LambdaAnswers() {}
}
