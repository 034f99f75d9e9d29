package dev.toolwright.agent;

/**
 * An expected failure of an agent-side command ({@code token}, {@code curl}), with a message meant
 * for the person running it. Its {@link Kind} decides the exit code.
 */
public final class AgentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is. */
  public enum Kind {
    /** Bad arguments, found before anything was sent. */
    INVALID_INPUT,
    /**
     * The token endpoint, Cognito or the MCP endpoint refused, could not be reached, or did not
     * answer.
     */
    FAILED
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind what kind of failure this is
   * @param message what went wrong and what to do about it
   */
  public AgentException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  AgentException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Returns what kind of failure this is. */
  public Kind kind() {
    return kind;
  }
}
