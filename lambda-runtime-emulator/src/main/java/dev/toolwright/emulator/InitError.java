package dev.toolwright.emulator;

/**
 * An error the runtime reported before serving invocations: {@code POST /runtime/init/error} (e.g.
 * the handler's constructor threw) or, for SnapStart-style runs, {@code POST
 * /runtime/restore/error}.
 */
public final class InitError {

  private final String path;
  private final String errorType;
  private final String body;
  private final long receivedAtNanos;

  InitError(String path, String errorType, String body, long receivedAtNanos) {
    this.path = path;
    this.errorType = errorType;
    this.body = body;
    this.receivedAtNanos = receivedAtNanos;
  }

  /**
   * The request path, {@code /2018-06-01/runtime/init/error} or {@code
   * /2018-06-01/runtime/restore/error}.
   */
  public String path() {
    return path;
  }

  /**
   * The {@code Lambda-Runtime-Function-Error-Type} header (e.g. {@code Runtime.BadFunctionCode}),
   * or {@code null}.
   */
  public String errorType() {
    return errorType;
  }

  /**
   * The posted body (UTF-8), normally {@code {"errorMessage":..,"errorType":..,"stackTrace":[..]}}.
   */
  public String body() {
    return body;
  }

  /** {@link System#nanoTime()} when the error arrived. */
  public long receivedAtNanos() {
    return receivedAtNanos;
  }

  @Override
  public String toString() {
    return "InitError[" + path + ", " + errorType + ", " + body + "]";
  }
}
