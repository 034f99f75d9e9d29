package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Context;
import dev.toolwright.gateway.ClientContextKeys;
import java.util.Map;

/**
 * What the log line and the metrics of one invocation say, filled in by {@link ToolEngine} as the
 * request is served and written by {@link Telemetry#finish}. Tool code running for the invocation
 * (on the handler's thread or the worker) finds it through {@link Telemetry}'s invocation scope, so
 * its own log lines carry the same fields. Not API.
 */
final class InvocationLog {

  final Telemetry telemetry;
  final Context context;
  final long startNanos;
  final boolean coldStart;
  final String requestId;
  final String functionName;
  final String functionVersion;
  final String functionArn;
  final int memoryMb;

  /** The X-Ray trace header as the runtime set it; its root is parsed only when a line needs it. */
  private final String traceHeader;

  /**
   * The parsed trace id once a line needed it (racy single check: a String, parsed alike by any
   * thread).
   */
  private String traceId = UNPARSED;

  private static final String UNPARSED = new String("unparsed");

  /** A made-up invocation of priming: its lines are formatted, not written. */
  boolean priming;

  // set by the handler's thread before the tool runs (the hand-off to the worker orders them before
  // its reads)
  String tool;
  String target;
  boolean served;
  String targetId;
  String gatewayId;
  String mcpMessageId;
  String gatewayRequestId;
  JsonValue arguments;

  // set when the answer is known
  String outcome;
  String errorMessage;
  String message;
  Throwable error;

  InvocationLog(
      Telemetry telemetry,
      Context context,
      long startNanos,
      boolean coldStart,
      String traceHeader,
      String environmentFunctionName) {
    this.telemetry = telemetry;
    this.context = context;
    this.startNanos = startNanos;
    this.coldStart = coldStart;
    this.traceHeader = traceHeader;
    String id = null;
    String name = null;
    String version = null;
    String arn = null;
    int memory = 0;
    if (context != null) {
      try {
        id = context.getAwsRequestId();
        name = context.getFunctionName();
        version = context.getFunctionVersion();
        arn = context.getInvokedFunctionArn();
        memory = context.getMemoryLimitInMB();
      } catch (RuntimeException e) {
        // a hand-made Context that does not implement everything: log what it had
      }
    }
    this.requestId = id;
    this.functionName = name == null || name.isEmpty() ? environmentFunctionName : name;
    this.functionVersion = version;
    this.functionArn = arn;
    this.memoryMb = memory;
  }

  /** The X-Ray trace id ({@code 1-5759e988-...}) of the invocation, or null. */
  String traceId() {
    String id = traceId;
    if (id == UNPARSED) {
      id = Telemetry.traceRoot(traceHeader);
      traceId = id;
    }
    return id;
  }

  /**
   * The tool as the gateway named it ({@code <target>___<tool>}), its name without the target (as
   * the engine stripped it), and whether this Lambda serves it.
   */
  void tool(String qualifiedName, String toolName, boolean isServed) {
    this.target = GatewayContexts.target(qualifiedName);
    this.tool = toolName;
    this.served = isServed;
  }

  /** The gateway's ids from the client context (or a local {@code __context__}). */
  void gatewayKeys(Map<String, ?> custom) {
    targetId = GatewayContexts.text(custom.get(ClientContextKeys.TARGET_ID));
    gatewayId = GatewayContexts.text(custom.get(ClientContextKeys.GATEWAY_ID));
    mcpMessageId = GatewayContexts.text(custom.get(ClientContextKeys.MCP_MESSAGE_ID));
    gatewayRequestId = GatewayContexts.text(custom.get(ClientContextKeys.AWS_REQUEST_ID));
  }

  /**
   * Records the invocation's outcome, as decided once by the engine (null: none, the handler failed
   * before).
   */
  void record(ToolEngine.Answer answer) {
    if (answer != null && answer.code() != null) {
      this.outcome = answer.code();
      this.errorMessage = answer.agentMessage();
      this.message = answer.logMessage();
      this.error = answer.cause();
    }
  }
}
