package dev.toolwright.internal;

/** The arguments do not fit the tool's parameters; the message is for the agent. Not API. */
public final class InvalidArgumentsException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidArgumentsException(String message) {
    super(message, null, false, false);
  }
}
