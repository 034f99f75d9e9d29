package dev.toolwright.registrar;

import java.time.Duration;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;

/**
 * The time an operation may take ({@code --timeout}), counted down from its start. Every AWS call
 * gets the time left as its call timeout and at most {@link #attemptCap} of it per attempt, so
 * neither a hung connection nor retries can outlast the budget.
 */
final class Budget {

  /** Below this much time left no call is started: it could not finish anyway. */
  private static final long MIN_CALL_NANOS = Duration.ofMillis(20).toNanos();

  private final Duration total;
  private final Duration attemptCap;
  private final long start = System.nanoTime();
  private final long deadline;

  Budget(Duration total, Duration attemptCap) {
    this.total = total;
    this.attemptCap = attemptCap;
    this.deadline = start + total.toNanos();
  }

  Duration total() {
    return total;
  }

  long deadline() {
    return deadline;
  }

  long remainingNanos() {
    return deadline - System.nanoTime();
  }

  boolean spent() {
    return remainingNanos() < MIN_CALL_NANOS;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Sets the call and attempt timeouts of one request from the time left. */
  void limit(AwsRequestOverrideConfiguration.Builder request) {
    Duration left = Duration.ofNanos(Math.max(remainingNanos(), MIN_CALL_NANOS));
    request.apiCallTimeout(left);
    request.apiCallAttemptTimeout(left.compareTo(attemptCap) < 0 ? left : attemptCap);
  }
}
