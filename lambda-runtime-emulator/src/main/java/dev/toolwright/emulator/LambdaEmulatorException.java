package dev.toolwright.emulator;

/**
 * Thrown when the emulator cannot deliver an answer: the wait timed out, the runtime reported an
 * init error, the runtime process exited, or the emulator was closed.
 */
public class LambdaEmulatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public LambdaEmulatorException(String message) {
    super(message);
  }

  /** Creates the exception with a message and a cause. */
  public LambdaEmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
