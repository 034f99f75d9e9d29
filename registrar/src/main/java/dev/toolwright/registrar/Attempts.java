package dev.toolwright.registrar;

import java.io.PrintStream;
import java.util.Locale;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts the HTTP attempts of one AWS call, including the SDK's retries, and says when a call is
 * retried. The registrar puts one instance on each request (an execution attribute); {@link
 * Interceptor}, registered on the client by {@link Retries#configure}, updates it before and after
 * each attempt.
 */
final class Attempts {

  static final ExecutionAttribute<Attempts> KEY =
      new ExecutionAttribute<>("toolwright.registrar.attempts");

  private final String operation;
  private final PrintStream progress;
  private volatile int count;
  private volatile int lastStatus;

  Attempts(String operation, PrintStream progress) {
    this.operation = operation;
    this.progress = progress;
  }

  /** Attempts sent so far; 0 when the client has no {@link Interceptor}. */
  int count() {
    return count;
  }

  /** The HTTP status of the last answered attempt, or 0 when it got no answer. */
  int lastStatus() {
    return lastStatus;
  }

  private void starting() {
    int attempt = ++count;
    if (attempt > 1) {
      String why;
      if (lastStatus == 429) {
        why = "Throttled by AgentCore on " + operation + " (HTTP 429)";
      } else if (lastStatus > 0) {
        why = "AgentCore answered " + operation + " with HTTP " + lastStatus;
      } else {
        why = "No answer from AgentCore to " + operation + " (connection failed or timed out)";
      }
      progress.printf(Locale.ROOT, "  %s; retrying (attempt %d).%n", why, attempt);
    }
    lastStatus = 0;
  }

  private void answered(int status) {
    lastStatus = status;
  }

  /** Keeps the request's {@link Attempts} up to date; stateless, one per client. */
  static final class Interceptor implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      Attempts attempts = attributes.getAttribute(KEY);
      if (attempts != null) {
        attempts.starting();
      }
    }

    @Override
    public void afterTransmission(
        Context.AfterTransmission context, ExecutionAttributes attributes) {
      Attempts attempts = attributes.getAttribute(KEY);
      if (attempts != null) {
        attempts.answered(context.httpResponse().statusCode());
      }
    }
  }
}
