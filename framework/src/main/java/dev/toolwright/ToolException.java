package dev.toolwright;

/**
 * Thrown by a tool to tell the agent something went wrong, in words the agent can act on.
 *
 * <p>The message is sent to the agent as it is (error code {@code TOOL_ERROR}), so write it for the
 * agent: what failed and what to try instead, e.g. {@code "Order 12345 does not exist; use
 * search_orders to find the order id."}. Never put secrets or internal details in it. Any other
 * exception a tool throws is masked: the agent sees a generic message with a correlation id, and
 * the details go to the log.
 */
public class ToolException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** A failure the agent should not simply retry. */
  public ToolException(String message) {
    this(message, false, null);
  }

  /** A failure caused by another exception, which is logged but never sent to the agent. */
  public ToolException(String message, Throwable cause) {
    this(message, false, cause);
  }

  /**
   * A failure with an explicit retry hint (for example a downstream service that is briefly
   * unavailable), sent to the agent as {@code "retryable": true}.
   */
  public ToolException(String message, boolean retryable, Throwable cause) {
    super(requireText(message), cause);
    this.retryable = retryable;
  }

  /** Whether the agent may try the same call again later. */
  public boolean isRetryable() {
    return retryable;
  }

  private static String requireText(String message) {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("A ToolException needs a message for the agent");
    }
    return message;
  }
}
