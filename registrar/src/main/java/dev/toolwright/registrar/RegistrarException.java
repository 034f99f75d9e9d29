package dev.toolwright.registrar;

/**
 * An expected failure of a registrar operation, with a message meant for the person running it.
 *
 * <p>The {@link Kind} tells callers (and the CLI's exit code) what went wrong without parsing the
 * message.
 */
public final class RegistrarException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is. */
  public enum Kind {
    /** Bad arguments, names or schema, found before anything was sent to AWS. */
    INVALID_INPUT,
    /**
     * The target ended in {@code FAILED}, {@code UPDATE_UNSUCCESSFUL} or {@code
     * SYNCHRONIZE_UNSUCCESSFUL}.
     */
    TARGET_FAILED,
    /** The target vanished (deleted by someone else) while the registrar waited for it. */
    TARGET_GONE,
    /** The operation did not finish within its timeout. */
    TIMEOUT,
    /**
     * AWS rejected a call or could not be reached (credentials, permissions, not found,
     * throttling).
     */
    AWS_ERROR
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind what kind of failure this is
   * @param message what went wrong and what to do about it
   */
  public RegistrarException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  RegistrarException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Returns what kind of failure this is. */
  public Kind kind() {
    return kind;
  }
}
