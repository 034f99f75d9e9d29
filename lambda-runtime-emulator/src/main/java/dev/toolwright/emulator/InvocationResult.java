package dev.toolwright.emulator;

import java.nio.charset.StandardCharsets;

/**
 * What the runtime answered for one {@link Invocation}: a response ({@code /response}) or a
 * function error ({@code /error}), with timestamps from {@link System#nanoTime()} taken in the
 * emulator's JVM.
 */
public final class InvocationResult {

  private final String requestId;
  private final boolean error;
  private final byte[] body;
  private final String errorType;
  private final String xrayErrorCause;
  private final long deadlineEpochMillis;
  private final long queuedAtNanos;
  private final long fetchedAtNanos;
  private final long answeredAtNanos;

  InvocationResult(
      String requestId,
      boolean error,
      byte[] body,
      String errorType,
      String xrayErrorCause,
      long deadlineEpochMillis,
      long queuedAtNanos,
      long fetchedAtNanos,
      long answeredAtNanos) {
    this.requestId = requestId;
    this.error = error;
    this.body = body;
    this.errorType = errorType;
    this.xrayErrorCause = xrayErrorCause;
    this.deadlineEpochMillis = deadlineEpochMillis;
    this.queuedAtNanos = queuedAtNanos;
    this.fetchedAtNanos = fetchedAtNanos;
    this.answeredAtNanos = answeredAtNanos;
  }

  /** The request id the runtime answered. */
  public String requestId() {
    return requestId;
  }

  /**
   * {@code true} if the runtime posted to {@code /error} (or the emulator turned the answer into an
   * error).
   */
  public boolean isError() {
    return error;
  }

  /** {@code true} if the runtime posted a successful response. */
  public boolean isResponse() {
    return !error;
  }

  /**
   * The posted body (a copy). For errors, normally {@code
   * {"errorMessage":..,"errorType":..,"stackTrace":[..]}}.
   */
  public byte[] body() {
    return body.clone();
  }

  /** The posted body decoded as UTF-8. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The {@code Lambda-Runtime-Function-Error-Type} header of an error (e.g. {@code
   * Runtime.UserException}), or {@code null} for a response (and for an error posted without the
   * header).
   */
  public String errorType() {
    return errorType;
  }

  /** The {@code Lambda-Runtime-Function-XRay-Error-Cause} header of an error, or {@code null}. */
  public String xrayErrorCause() {
    return xrayErrorCause;
  }

  /** The deadline sent in {@code Lambda-Runtime-Deadline-Ms} (epoch milliseconds). */
  public long deadlineEpochMillis() {
    return deadlineEpochMillis;
  }

  /** {@link System#nanoTime()} when the invocation was queued. */
  public long queuedAtNanos() {
    return queuedAtNanos;
  }

  /**
   * {@link System#nanoTime()} when the runtime fetched the invocation ({@code /invocation/next}
   * answered).
   */
  public long fetchedAtNanos() {
    return fetchedAtNanos;
  }

  /**
   * {@link System#nanoTime()} when the answer arrived (e.g. process start to first response = this
   * minus {@link LambdaProcess#startNanos()}).
   */
  public long answeredAtNanos() {
    return answeredAtNanos;
  }

  @Override
  public String toString() {
    String text = bodyAsString();
    if (text.length() > 500) {
      text = text.substring(0, 500) + "...(" + body.length + " bytes)";
    }
    return "InvocationResult["
        + requestId
        + (error ? ", ERROR " + errorType : ", response")
        + ", body="
        + text
        + "]";
  }
}
