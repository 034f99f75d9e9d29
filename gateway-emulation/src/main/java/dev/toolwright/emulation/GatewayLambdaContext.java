package dev.toolwright.emulation;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import dev.toolwright.gateway.ClientContextKeys;
import dev.toolwright.gateway.GatewayNames;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A Lambda {@link Context} shaped like the one a function gets when an AgentCore Gateway invokes
 * it: a request id, a deadline, the function's name and ARN, and a client context whose {@code
 * custom} map holds the gateway's keys ({@code bedrockAgentCoreToolName = <target>___<tool>},
 * gateway and target ids, the MCP message id, the gateway's request id, message version {@code
 * "1.0"} and, when set, the propagated headers as a JSON string).
 *
 * <pre>{@code
 * Context context = GatewayLambdaContext.builder()
 *     .toolName("weather", "get_forecast")
 *     .propagatedHeader("X-Tenant", "acme")
 *     .build();
 * new WeatherHandler().handleRequest(in, out, context);
 * }</pre>
 *
 * <p>Instances are immutable; the deadline is fixed when {@link Builder#build()} runs.
 */
public final class GatewayLambdaContext implements Context {

  /** Target names as the gateway accepts them: no underscores, so the first {@code ___} splits. */
  private static final Pattern TARGET_NAME = Pattern.compile(GatewayNames.TARGET_NAME_PATTERN);

  private static final ObjectMapper HEADER_WRITER = new ObjectMapper();
  private static final DateTimeFormatter LOG_STREAM_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final String awsRequestId;
  private final String functionName;
  private final String functionVersion;
  private final String invokedFunctionArn;
  private final String logStreamName;
  private final int memoryLimitInMb;
  private final long deadlineMillis;
  private final String xrayTraceId;
  private final LambdaLogger logger;
  private final GatewayClientContext clientContext;

  private GatewayLambdaContext(Builder b) {
    this.awsRequestId = b.awsRequestId != null ? b.awsRequestId : UUID.randomUUID().toString();
    this.functionName = b.functionName;
    this.functionVersion = b.functionVersion;
    this.invokedFunctionArn =
        b.invokedFunctionArn != null
            ? b.invokedFunctionArn
            : "arn:aws:lambda:" + b.region + ":" + b.accountId + ":function:" + b.functionName;
    this.logStreamName =
        LocalDate.now(ZoneOffset.UTC).format(LOG_STREAM_DATE)
            + "/["
            + b.functionVersion
            + "]"
            + randomHex(32);
    this.memoryLimitInMb = b.memoryLimitInMb;
    this.deadlineMillis =
        b.timeout == null ? -1 : System.currentTimeMillis() + b.timeout.toMillis();
    this.xrayTraceId =
        "Root=1-"
            + Long.toHexString(System.currentTimeMillis() / 1000)
            + "-"
            + randomHex(24)
            + ";Parent="
            + randomHex(16)
            + ";Sampled=0";
    this.logger = b.logger != null ? b.logger : new CapturingLogger(System.err);
    Map<String, String> custom = new LinkedHashMap<>();
    b.custom.forEach(
        (k, v) -> {
          if (v != null) {
            custom.put(k, v);
          }
        });
    putAsJsonString(custom, ClientContextKeys.PROPAGATED_HEADERS, b.headers);
    putAsJsonString(custom, ClientContextKeys.PROPAGATED_QUERY_PARAMETERS, b.queryParameters);
    this.clientContext = new GatewayClientContext(Collections.unmodifiableMap(custom));
  }

  /** The values as one JSON object in a string, the only form the Java runtime client passes on. */
  private static void putAsJsonString(
      Map<String, String> custom, String key, Map<String, String> values) {
    if (!values.isEmpty() && !custom.containsKey(key)) {
      try {
        custom.put(key, HEADER_WRITER.writeValueAsString(values));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A builder with the defaults described on each method. */
  public static Builder builder() {
    return new Builder();
  }

  /** A context for one call of {@code tool} through target {@code target}, with all defaults. */
  public static GatewayLambdaContext forTool(String target, String tool) {
    return builder().toolName(target, tool).build();
  }

  /** The {@code custom} map of the client context, as the handler sees it. */
  public Map<String, String> custom() {
    return clientContext.getCustom();
  }

  @Override
  public String getAwsRequestId() {
    return awsRequestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return logStreamName;
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return functionVersion;
  }

  @Override
  public String getInvokedFunctionArn() {
    return invokedFunctionArn;
  }

  /** Always null: gateway invocations carry no Cognito identity. */
  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return clientContext;
  }

  /** Milliseconds until the deadline (0 once passed), or {@link Integer#MAX_VALUE} without one. */
  @Override
  public int getRemainingTimeInMillis() {
    if (deadlineMillis < 0) {
      return Integer.MAX_VALUE;
    }
    return (int)
        Math.max(0, Math.min(Integer.MAX_VALUE, deadlineMillis - System.currentTimeMillis()));
  }

  @Override
  public int getMemoryLimitInMB() {
    return memoryLimitInMb;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public String getXrayTraceId() {
    return xrayTraceId;
  }

  @Override
  public String toString() {
    return "GatewayLambdaContext{requestId=" + awsRequestId + ", custom=" + custom() + "}";
  }

  private static String randomHex(int length) {
    StringBuilder s = new StringBuilder(length);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  /** Builds a {@link GatewayLambdaContext}. Not thread-safe; one builder per context. */
  public static final class Builder {
    private final Map<String, String> custom = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();
    private String awsRequestId;
    private String functionName = "toolwright-local";
    private String functionVersion = "$LATEST";
    private String invokedFunctionArn;
    private String region = "us-east-1";
    private String accountId = "123456789012";
    private int memoryLimitInMb = 512;
    private Duration timeout = Duration.ofSeconds(60);
    private LambdaLogger logger;

    private Builder() {
      custom.put(ClientContextKeys.TOOL_NAME, null);
      custom.put(ClientContextKeys.GATEWAY_ID, "toolwright-local-0000000000");
      custom.put(ClientContextKeys.TARGET_ID, "LOCALTARGT");
      custom.put(ClientContextKeys.MCP_MESSAGE_ID, "1");
      custom.put(ClientContextKeys.AWS_REQUEST_ID, UUID.randomUUID().toString());
      custom.put(ClientContextKeys.MESSAGE_VERSION, "1.0");
    }

    /**
     * The tool as the gateway names it, {@code <target>___<tool>}.
     *
     * @throws IllegalArgumentException when {@code target} is not a valid gateway target name
     *     ({@code ([0-9a-zA-Z]-?){1,100}}, no underscores)
     */
    public Builder toolName(String target, String tool) {
      if (!TARGET_NAME.matcher(target).matches()) {
        throw new IllegalArgumentException(
            "Invalid gateway target name \""
                + target
                + "\": use letters, digits and single hyphens, at most 100 characters, no underscores");
      }
      return qualifiedToolName(
          target + GatewayContext.TARGET_SEPARATOR + Objects.requireNonNull(tool, "tool"));
    }

    /** {@code bedrockAgentCoreToolName} as given, e.g. a name without {@code ___}. */
    public Builder qualifiedToolName(String qualifiedToolName) {
      return custom(ClientContextKeys.TOOL_NAME, qualifiedToolName);
    }

    /** {@code bedrockAgentCoreGatewayId}; default {@code toolwright-local-0000000000}. */
    public Builder gatewayId(String gatewayId) {
      return custom(ClientContextKeys.GATEWAY_ID, gatewayId);
    }

    /** {@code bedrockAgentCoreTargetId}; default {@code LOCALTARGT}. */
    public Builder targetId(String targetId) {
      return custom(ClientContextKeys.TARGET_ID, targetId);
    }

    /**
     * {@code bedrockAgentCoreMcpMessageId}, the JSON-RPC id of the {@code tools/call}; default
     * {@code 1}.
     */
    public Builder mcpMessageId(String mcpMessageId) {
      return custom(ClientContextKeys.MCP_MESSAGE_ID, mcpMessageId);
    }

    /** {@code bedrockAgentCoreAwsRequestId}, the gateway's request id; default a random UUID. */
    public Builder gatewayRequestId(String gatewayRequestId) {
      return custom(ClientContextKeys.AWS_REQUEST_ID, gatewayRequestId);
    }

    /** {@code bedrockAgentCoreMessageVersion}; default {@code 1.0}. */
    public Builder messageVersion(String messageVersion) {
      return custom(ClientContextKeys.MESSAGE_VERSION, messageVersion);
    }

    /**
     * Adds a request header the target propagates; all of them are sent as one JSON object in a
     * string under {@code bedrockAgentCorePropagatedHeaders}, as the Java runtime receives them.
     */
    public Builder propagatedHeader(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a query parameter the target propagates; all of them are sent as one JSON object in a
     * string under {@code bedrockAgentCorePropagatedQueryParameters}, as the Java runtime receives
     * them.
     */
    public Builder propagatedQueryParameter(String name, String value) {
      queryParameters.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets (or, with a null value, removes) any client-context key. A value set here for {@code
     * bedrockAgentCorePropagatedHeaders} or {@code bedrockAgentCorePropagatedQueryParameters}
     * replaces the values added one by one, e.g. to send a malformed value.
     */
    public Builder custom(String key, String value) {
      custom.put(Objects.requireNonNull(key, "key"), value);
      return this;
    }

    /** The Lambda request id ({@link Context#getAwsRequestId()}); default a random UUID. */
    public Builder awsRequestId(String awsRequestId) {
      this.awsRequestId = awsRequestId;
      return this;
    }

    /** The function name; default {@code toolwright-local}. Also names the default ARN. */
    public Builder functionName(String functionName) {
      this.functionName = Objects.requireNonNull(functionName, "functionName");
      return this;
    }

    /** The function version; default {@code $LATEST}. */
    public Builder functionVersion(String functionVersion) {
      this.functionVersion = Objects.requireNonNull(functionVersion, "functionVersion");
      return this;
    }

    /** The invoked ARN; default {@code arn:aws:lambda:us-east-1:123456789012:function:<name>}. */
    public Builder invokedFunctionArn(String invokedFunctionArn) {
      this.invokedFunctionArn = invokedFunctionArn;
      return this;
    }

    /** The memory setting; default 512 MB. */
    public Builder memoryLimitInMb(int memoryLimitInMb) {
      this.memoryLimitInMb = memoryLimitInMb;
      return this;
    }

    /**
     * The function timeout: the deadline is {@code build()} time plus this; default 60 seconds.
     * {@code null} means no deadline (not something Lambda does).
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Where {@link Context#getLogger()} writes; default a {@link CapturingLogger} echoing to
     * stderr.
     */
    public Builder logger(LambdaLogger logger) {
      this.logger = logger;
      return this;
    }

    /** Builds the context; its deadline starts now. */
    public GatewayLambdaContext build() {
      return new GatewayLambdaContext(this);
    }
  }

  /** A {@link LambdaLogger} that keeps what was logged and optionally echoes it. Thread-safe. */
  public static final class CapturingLogger implements LambdaLogger {
    private final StringBuilder text = new StringBuilder();
    private final PrintStream echo;

    /** Keeps the log and echoes each message to {@code echo}, unless that is null. */
    public CapturingLogger(PrintStream echo) {
      this.echo = echo;
    }

    @Override
    public void log(String message) {
      synchronized (text) {
        text.append(message);
      }
      if (echo != null) {
        echo.print(message);
        echo.flush();
      }
    }

    @Override
    public void log(byte[] message) {
      log(new String(message, StandardCharsets.UTF_8));
    }

    /** Everything logged so far. */
    public String text() {
      synchronized (text) {
        return text.toString();
      }
    }
  }

  /** The client context the Lambda Java runtime builds from the invocation's header. */
  private static final class GatewayClientContext implements ClientContext {
    private final Map<String, String> custom;

    GatewayClientContext(Map<String, String> custom) {
      this.custom = custom;
    }

    /** Null, as the runtime parses the gateway's {@code "client": null}. */
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
