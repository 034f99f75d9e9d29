package dev.toolwright.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.Map;

/**
 * A Lambda {@link Context} for the in-process warm path: the gateway's client context, and either
 * no deadline ({@link #getRemainingTimeInMillis()} is 0, which {@code ToolEngine} treats as "none",
 * so the tool runs on the calling thread) or a fixed remaining time of 30 s (the tool runs on a
 * worker thread, as in every real Lambda invocation).
 */
final class StubContext implements Context {

  private final ClientContext clientContext;
  private final int remainingMillis;

  private StubContext(Map<String, String> custom, int remainingMillis) {
    this.remainingMillis = remainingMillis;
    this.clientContext =
        new ClientContext() {
          @Override
          public com.amazonaws.services.lambda.runtime.Client getClient() {
            return null;
          }

          @Override
          public Map<String, String> getCustom() {
            return custom;
          }

          @Override
          public Map<String, String> getEnvironment() {
            return Map.of();
          }
        };
  }

  /** A gateway call of {@code examples___<tool>} without a deadline. */
  static StubContext withoutDeadline(String tool) {
    return new StubContext(GatewayEvent.clientContextCustom(tool), 0);
  }

  /** A gateway call of {@code examples___<tool>} with 30 s left, as on Lambda. */
  static StubContext withDeadline(String tool) {
    return new StubContext(GatewayEvent.clientContextCustom(tool), 30_000);
  }

  @Override
  public String getAwsRequestId() {
    return "bench-request";
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/bench";
  }

  @Override
  public String getLogStreamName() {
    return "bench";
  }

  @Override
  public String getFunctionName() {
    return "bench";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:us-east-1:123456789012:function:bench";
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return clientContext;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return remainingMillis;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return null;
  }
}
