package dev.toolwright.registrar;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The registrar's one retry layer: the SDK's standard retry strategy, which retries throttling
 * (429), transient server errors (500, 502, 503, 504), timed-out attempts and network errors with
 * exponential backoff and full jitter. The registrar bounds every call by the time left of its
 * timeout, so retries never outlast it.
 *
 * <pre>{@code
 * BedrockAgentCoreControlClient client = BedrockAgentCoreControlClient.builder()
 *     .overrideConfiguration(Retries::configure).build();
 * }</pre>
 */
public final class Retries {

  /** Attempts per call, the first included. */
  public static final int MAX_ATTEMPTS = 8;

  /** First backoff step after a server or network error; doubled per retry (full jitter). */
  public static final Duration BASE_DELAY = Duration.ofMillis(500);

  /** First backoff step after throttling; doubled per retry (full jitter). */
  public static final Duration THROTTLING_BASE_DELAY = Duration.ofSeconds(1);

  /** Longest backoff step. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(20);

  private Retries() {}

  /**
   * Uses the registrar's retry strategy and counts attempts, so that messages can say how many were
   * made.
   */
  public static void configure(ClientOverrideConfiguration.Builder client) {
    configure(client, BASE_DELAY, THROTTLING_BASE_DELAY);
  }

  static void configure(
      ClientOverrideConfiguration.Builder client, Duration base, Duration throttlingBase) {
    client.retryStrategy(strategy(base, throttlingBase));
    client.addExecutionInterceptor(new Attempts.Interceptor());
  }

  static RetryStrategy strategy(Duration base, Duration throttlingBase) {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(MAX_ATTEMPTS)
        .backoffStrategy(BackoffStrategy.exponentialDelay(base, MAX_DELAY))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBase, MAX_DELAY))
        // One run makes few calls; a shared retry quota would only cut retries short.
        .circuitBreakerEnabled(false)
        .build();
  }
}
