package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written Lambda {@link Context} with a {@link ClientContext} and a capturing {@link
 * LambdaLogger}, as the Java runtime client hands them to a handler.
 */
public final class FakeContext implements Context {

  private final String requestId;
  private final ClientContext clientContext;
  private final long deadlineNanos;
  private final Logger logger = new Logger();

  private FakeContext(String requestId, ClientContext clientContext, long remainingMillis) {
    this.requestId = requestId;
    this.clientContext = clientContext;
    this.deadlineNanos =
        remainingMillis <= 0 ? 0 : System.nanoTime() + remainingMillis * 1_000_000L;
  }

  /** No client context and no deadline: a plain local invocation. */
  public static FakeContext local() {
    return new FakeContext("local-request", null, 0);
  }

  /** What the gateway sends for {@code qualifiedToolName}, with every documented key. */
  public static FakeContext gateway(String qualifiedToolName) {
    return withCustom(gatewayCustom(qualifiedToolName));
  }

  /**
   * A client context whose {@code custom} map is exactly {@code custom} (null: a client context
   * without one).
   */
  public static FakeContext withCustom(Map<String, String> custom) {
    return new FakeContext("req-" + System.nanoTime(), new FakeClientContext(custom), 0);
  }

  /** The custom map the gateway sends, without propagated headers. */
  public static Map<String, String> gatewayCustom(String qualifiedToolName) {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("bedrockAgentCoreToolName", qualifiedToolName);
    custom.put("bedrockAgentCoreGatewayId", "gw-123-abcdefghij");
    custom.put("bedrockAgentCoreTargetId", "TARGET1234");
    custom.put("bedrockAgentCoreMcpMessageId", "42");
    custom.put("bedrockAgentCoreAwsRequestId", "gw-req-1");
    custom.put("bedrockAgentCoreMessageVersion", "1.0");
    return custom;
  }

  /**
   * The same client context with another request id and this much time left before the deadline.
   */
  public FakeContext remaining(long millis) {
    return new FakeContext(requestId, clientContext, millis);
  }

  public FakeContext requestId(String id) {
    return new FakeContext(
        id,
        clientContext,
        deadlineNanos == 0 ? 0 : (deadlineNanos - System.nanoTime()) / 1_000_000L);
  }

  /** Everything logged so far, concatenated. */
  public String log() {
    return String.join("", logger.lines);
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/tools";
  }

  @Override
  public String getLogStreamName() {
    return "2026/01/01/[$LATEST]abc";
  }

  @Override
  public String getFunctionName() {
    return "tools";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:123456789012:function:tools";
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
  public int getMemoryLimitInMB() {
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public int getRemainingTimeInMillis() {
    if (deadlineNanos == 0) {
      return 0;
    }
    return (int) Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000L);
  }

  private static final class Logger implements LambdaLogger {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void log(String message) {
      lines.add(message);
    }

    @Override
    public void log(byte[] message) {
      lines.add(new String(message, StandardCharsets.UTF_8));
    }
  }

  private static final class FakeClientContext implements ClientContext {
    private final Map<String, String> custom;

    FakeClientContext(Map<String, String> custom) {
      this.custom =
          custom == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    @Override
    public Client getClient() {
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
  }
}
