package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.toolwright.ArgumentRedactor;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Logs and metrics of a tool Lambda: one structured log line and one Embedded Metric Format
 * document per invocation, and the lines tools write through {@code ToolLog}, all with the same
 * invocation fields. Field names follow Powertools for AWS Lambda (Java) where it has one.
 * Configured once from the environment (see docs/logs-and-metrics.md); the clock, the environment
 * and the output are injectable for tests. Not API.
 *
 * <p><b>Where lines go.</b> Under a Lambda runtime ({@code AWS_LAMBDA_RUNTIME_API} is set): {@code
 * System.out}, an invocation's two lines in one {@code write}, which Lambda captures line by line
 * (the path Lambda documents for JSON logs with a {@code level} and that CloudWatch reads EMF
 * from). Elsewhere (unit tests with a test kit, the local MCP endpoint): the invocation context's
 * {@code LambdaLogger} when it has one, so that whatever captures it sees the lines; else {@code
 * System.out}.
 */
public final class Telemetry {

  // Powertools' keys
  static final String LEVEL = "level";
  static final String MESSAGE = "message";
  static final String TIMESTAMP = "timestamp";
  static final String SERVICE = "service";
  static final String COLD_START = "cold_start";
  static final String FUNCTION_NAME = "function_name";
  static final String FUNCTION_VERSION = "function_version";
  static final String FUNCTION_MEMORY_SIZE = "function_memory_size";
  static final String FUNCTION_ARN = "function_arn";
  static final String FUNCTION_REQUEST_ID = "function_request_id";
  static final String XRAY_TRACE_ID = "xray_trace_id";
  static final String SAMPLING_RATE = "sampling_rate";
  static final String ERROR = "error";
  // Toolwright's keys
  static final String TOOL = "tool";
  static final String TARGET = "target";
  static final String TARGET_ID = "target_id";
  static final String GATEWAY_ID = "gateway_id";
  static final String MCP_MESSAGE_ID = "mcp_message_id";
  static final String GATEWAY_REQUEST_ID = "gateway_request_id";
  static final String OUTCOME = "outcome";
  static final String DURATION_MS = "duration_ms";
  static final String ERROR_MESSAGE = "error_message";
  static final String ARGUMENTS = "arguments";
  static final String ARGUMENTS_OMITTED = "arguments_omitted";

  /** The outcome of a call answered without an error. */
  static final String OK = "ok";

  /** The service name Powertools uses when none is configured. */
  static final String SERVICE_UNDEFINED = "service_undefined";

  static final String DEFAULT_NAMESPACE = "Toolwright";

  /** Arguments whose logged JSON is larger are left out of the line. */
  static final int MAX_ARGUMENT_BYTES = 32 * 1024;

  // the invocation line's keys as bytes: {"level":"INFO" for each level, then ,"key":
  private static final byte[][] LEVEL_FIELDS = new byte[LogLevel.values().length][];
  private static final byte[] MESSAGE_FIELD = key(MESSAGE);
  private static final byte[] TIMESTAMP_FIELD = key(TIMESTAMP);
  private static final byte[] SERVICE_FIELD = key(SERVICE);
  private static final byte[] COLD_START_TRUE = LogBuffer.bytes(",\"" + COLD_START + "\":true");
  private static final byte[] COLD_START_FALSE = LogBuffer.bytes(",\"" + COLD_START + "\":false");
  private static final byte[] FUNCTION_NAME_FIELD = key(FUNCTION_NAME);
  private static final byte[] FUNCTION_VERSION_FIELD = key(FUNCTION_VERSION);
  private static final byte[] FUNCTION_MEMORY_SIZE_FIELD = key(FUNCTION_MEMORY_SIZE);
  private static final byte[] FUNCTION_ARN_FIELD = key(FUNCTION_ARN);
  private static final byte[] FUNCTION_REQUEST_ID_FIELD = key(FUNCTION_REQUEST_ID);
  private static final byte[] XRAY_TRACE_ID_FIELD = key(XRAY_TRACE_ID);
  private static final byte[] TOOL_FIELD = key(TOOL);
  private static final byte[] TARGET_FIELD = key(TARGET);
  private static final byte[] TARGET_ID_FIELD = key(TARGET_ID);
  private static final byte[] GATEWAY_ID_FIELD = key(GATEWAY_ID);
  private static final byte[] MCP_MESSAGE_ID_FIELD = key(MCP_MESSAGE_ID);
  private static final byte[] GATEWAY_REQUEST_ID_FIELD = key(GATEWAY_REQUEST_ID);
  private static final byte[] OUTCOME_FIELD = key(OUTCOME);
  private static final byte[] DURATION_MS_FIELD = key(DURATION_MS);
  // LogBuffer.memoField slots of the invocation line (Emf's follow)
  private static final int SLOT_MESSAGE = 0;
  private static final int SLOT_SERVICE = 1;
  private static final int SLOT_FUNCTION_NAME = 2;
  private static final int SLOT_FUNCTION_VERSION = 3;
  private static final int SLOT_FUNCTION_ARN = 4;
  private static final int SLOT_TOOL = 5;
  private static final int SLOT_TARGET = 6;
  private static final int SLOT_TARGET_ID = 7;
  private static final int SLOT_GATEWAY_ID = 8;
  private static final int SLOT_OUTCOME = 9;

  /** The first slot Emf's dimensions use. */
  static final int SLOT_DIMENSIONS = 10;

  static {
    for (LogLevel level : LogLevel.values()) {
      LEVEL_FIELDS[level.ordinal()] =
          LogBuffer.bytes("{\"" + LEVEL + "\":\"" + level.name() + "\"");
    }
  }

  /** {@code ,"key":} of a constant key. */
  private static byte[] key(String key) {
    return LogBuffer.bytes(",\"" + key + "\":");
  }

  /** A line buffer that grew beyond this (a long stack trace, logged arguments) is not kept. */
  private static final int MAX_KEPT_BUFFER = 16 * 1024;

  // Environment variables
  public static final String LOG_LEVEL_ENV = "TOOLWRIGHT_LOG_LEVEL";
  public static final String POWERTOOLS_LOG_LEVEL_ENV = "POWERTOOLS_LOG_LEVEL";
  public static final String LAMBDA_LOG_LEVEL_ENV = "AWS_LAMBDA_LOG_LEVEL";
  public static final String LOG_FORMAT_ENV = "TOOLWRIGHT_LOG_FORMAT";
  public static final String LAMBDA_LOG_FORMAT_ENV = "AWS_LAMBDA_LOG_FORMAT";
  public static final String LOG_ARGUMENTS_ENV = "TOOLWRIGHT_LOG_ARGUMENTS";
  public static final String SERVICE_NAME_ENV = "POWERTOOLS_SERVICE_NAME";
  public static final String METRICS_NAMESPACE_ENV = "TOOLWRIGHT_METRICS_NAMESPACE";
  public static final String POWERTOOLS_METRICS_NAMESPACE_ENV = "POWERTOOLS_METRICS_NAMESPACE";
  public static final String METRICS_DIMENSIONS_ENV = "TOOLWRIGHT_METRICS_DIMENSIONS";
  public static final String METRICS_DISABLED_ENV = "TOOLWRIGHT_METRICS_DISABLED";
  public static final String POWERTOOLS_METRICS_DISABLED_ENV = "POWERTOOLS_METRICS_DISABLED";
  static final String TRACE_HEADER_ENV = "_X_AMZN_TRACE_ID";

  /**
   * Set per invocation by the Java runtime interface client (the environment cannot change in a
   * running JVM).
   */
  static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

  static final String RUNTIME_API_ENV = "AWS_LAMBDA_RUNTIME_API";
  static final String FUNCTION_NAME_ENV = "AWS_LAMBDA_FUNCTION_NAME";
  static final String INITIALIZATION_TYPE_ENV = "AWS_LAMBDA_INITIALIZATION_TYPE";

  /** Wall clock for timestamps and a monotonic clock for durations. */
  interface Clock {
    long currentTimeMillis();

    long nanoTime();
  }

  static final Clock SYSTEM_CLOCK =
      new Clock() {
        @Override
        public long currentTimeMillis() {
          return System.currentTimeMillis();
        }

        @Override
        public long nanoTime() {
          return System.nanoTime();
        }
      };

  /**
   * The invocation whose tool code runs on this thread (the handler's thread or the worker), the
   * only per-invocation state outside the engine's instance; inherited by the threads a tool
   * starts, so their lines carry the invocation's fields too.
   */
  private static final ThreadLocal<InvocationLog> SCOPE = new InheritableThreadLocal<>();

  /**
   * For lines logged outside any invocation: configured from the process's environment, on first
   * use.
   */
  private static Telemetry standalone;

  private final JsonSupport json;
  private final Map<String, String> env;
  private final Clock clock;
  private final PrintStream out;
  private final boolean inLambdaRuntime;

  /**
   * The environment's values (fixed for the process's lifetime; Lambda passes each invocation's
   * trace header as a property).
   */
  private final String environmentFunctionName;

  private final String environmentTraceHeader;
  private final LogLevel level;
  private final boolean text;
  private final boolean logArguments;
  private final Emf metrics;
  private final String serviceName;

  /**
   * No invocation has started yet (volatile and a lock, not an AtomicBoolean, whose VarHandle costs
   * a cold start milliseconds; read without the lock once it is false).
   */
  private volatile boolean cold;

  /**
   * Whether an invocation writes anything (a log line at some level, or metrics): when not, it
   * reads no clock and formats nothing.
   */
  private final boolean records;

  private volatile ArgumentRedactor redactor;

  /** The buffer of the last invocation's lines, kept for the next one (guarded by this). */
  private LogBuffer spare;

  /** Configured from this process's environment, writing as described in the class comment. */
  public static Telemetry fromEnvironment(JsonSupport json) {
    return new Telemetry(json, System.getenv(), SYSTEM_CLOCK, null);
  }

  /**
   * Configured from {@code environment} instead of this process's (for callers that cannot set it,
   * e.g. JMH).
   */
  public static Telemetry fromEnvironment(JsonSupport json, Map<String, String> environment) {
    return new Telemetry(json, environment, SYSTEM_CLOCK, null);
  }

  /**
   * @param env the environment variables to read
   * @param out where every line goes; null: as described in the class comment
   */
  Telemetry(JsonSupport json, Map<String, String> env, Clock clock, PrintStream out) {
    this.json = json;
    this.env = env;
    this.clock = clock;
    this.out = out;
    this.inLambdaRuntime = env.get(RUNTIME_API_ENV) != null;
    this.environmentFunctionName = env.get(FUNCTION_NAME_ENV);
    this.environmentTraceHeader = env.get(TRACE_HEADER_ENV);
    LogLevel configured = LogLevel.parse(env.get(LOG_LEVEL_ENV), null);
    if (configured == null) {
      configured = LogLevel.parse(env.get(POWERTOOLS_LOG_LEVEL_ENV), null);
    }
    if (configured == null) {
      configured = LogLevel.parse(env.get(LAMBDA_LOG_LEVEL_ENV), LogLevel.INFO);
    }
    this.level = configured;
    String format = firstSet(env.get(LOG_FORMAT_ENV), env.get(LAMBDA_LOG_FORMAT_ENV));
    this.text = format != null && format.trim().equalsIgnoreCase("text");
    this.logArguments = isTrue(env.get(LOG_ARGUMENTS_ENV));
    this.serviceName = firstSet(env.get(SERVICE_NAME_ENV));
    boolean metricsOff =
        isTrue(env.get(METRICS_DISABLED_ENV)) || isTrue(env.get(POWERTOOLS_METRICS_DISABLED_ENV));
    if (metricsOff) {
      this.metrics = null;
    } else {
      String namespace =
          firstSet(env.get(METRICS_NAMESPACE_ENV), env.get(POWERTOOLS_METRICS_NAMESPACE_ENV));
      this.metrics =
          new Emf(
              namespace == null ? DEFAULT_NAMESPACE : namespace.trim(),
              env.get(METRICS_DIMENSIONS_ENV));
    }
    this.cold = !"provisioned-concurrency".equals(env.get(INITIALIZATION_TYPE_ENV));
    this.records = metrics != null || enabled(LogLevel.ERROR);
    if (metrics != null && !metrics.problems.isEmpty()) {
      log(
          LogLevel.WARN,
          METRICS_DIMENSIONS_ENV
              + ": "
              + String.join("; ", metrics.problems)
              + ". Using "
              + metrics.dimensionNames()
              + ".",
          null,
          null,
          null);
    }
  }

  /**
   * Sets what of the arguments is logged when argument logging is on; null: only the built-in
   * masking.
   */
  public void argumentRedactor(ArgumentRedactor argumentRedactor) {
    this.redactor = argumentRedactor;
  }

  boolean logsArguments() {
    return logArguments;
  }

  LogLevel level() {
    return level;
  }

  // ------------------------------------------------------------------------------ one invocation

  /**
   * Starts an invocation: reads the context and the trace header, and opens its scope on this
   * thread.
   */
  InvocationLog start(Context context) {
    return start(context, false);
  }

  /**
   * {@link #start(Context)}, or for priming: a made-up invocation that does not take the cold start
   * and whose lines {@link #finish} formats and drops.
   */
  InvocationLog start(Context context, boolean priming) {
    InvocationLog inv =
        new InvocationLog(
            this,
            context,
            records ? clock.nanoTime() : 0,
            !priming && takeColdStart(),
            traceHeader(),
            environmentFunctionName);
    inv.priming = priming;
    SCOPE.set(inv);
    return inv;
  }

  private boolean takeColdStart() {
    if (!cold) {
      return false;
    }
    synchronized (this) {
      boolean first = cold;
      cold = false;
      return first;
    }
  }

  /** Runs tool code of {@code inv} on this thread; returns what to {@link #leave} with. */
  static InvocationLog enter(InvocationLog inv) {
    InvocationLog previous = SCOPE.get();
    if (previous != inv) { // on the handler's thread, start() opened it already
      SCOPE.set(inv);
    }
    return previous;
  }

  static void leave(InvocationLog previous) {
    // set(null), not remove(): the thread keeps its slot, and remove() clears a weak reference
    // through a native call on every invocation
    SCOPE.set(previous);
  }

  /**
   * Ends an invocation: closes its scope and writes its log line and its metrics, both in one
   * {@code write} when they go to standard output. Lambda cuts its standard output into log events
   * at line breaks (which is why neither has a raw one inside), so each still arrives as an event
   * of its own, which CloudWatch needs to read an EMF document; one write instead of two halves the
   * system calls.
   */
  void finish(InvocationLog inv) {
    if (SCOPE.get() == inv) {
      SCOPE.set(null);
    }
    if (!records) {
      return;
    }
    long endNanos = clock.nanoTime();
    long now = clock.currentTimeMillis();
    long durationMicros = Math.max(0, endNanos - inv.startNanos) / 1000;
    String outcome = inv.outcome == null ? OK : inv.outcome;
    LogBuffer buffer = takeBuffer();
    invocationLine(buffer, inv, outcome, durationMicros, now);
    int lineEnd = buffer.size();
    metricsDocument(buffer, inv, outcome, durationMicros, now);
    try {
      if (!inv.priming) {
        write(buffer, lineEnd, inv.context);
      }
    } catch (RuntimeException e) {
      lost(e);
    }
    giveBack(buffer);
  }

  /** A buffer for one invocation's lines: the one kept from the last, if free. */
  private LogBuffer takeBuffer() {
    LogBuffer buffer;
    synchronized (this) {
      buffer = spare;
      spare = null;
    }
    return buffer != null ? buffer : new LogBuffer(2048);
  }

  private void giveBack(LogBuffer buffer) {
    if (buffer.capacity() <= MAX_KEPT_BUFFER) {
      buffer.truncate(0);
      synchronized (this) {
        spare = buffer;
      }
    }
  }

  /** Appends the invocation's log line, unless its level is off or it cannot be written. */
  private void invocationLine(
      LogBuffer out, InvocationLog inv, String outcome, long durationMicros, long now) {
    int start = out.size();
    try {
      LogLevel lineLevel =
          Emf.isFailure(outcome)
              ? LogLevel.ERROR
              : Emf.isAgentError(outcome) ? LogLevel.WARN : LogLevel.INFO;
      if (!enabled(lineLevel)) {
        return;
      }
      // StringBuilder, not +: each new string concatenation shape costs a cold start a method
      // handle chain
      String message =
          inv.message != null
              ? inv.message
              : (inv.tool == null
                      ? new StringBuilder("Request")
                      : new StringBuilder("Tool ").append(inv.tool))
                  .append(" answered ")
                  .append(outcome)
                  .toString();
      if (text || logArguments) {
        LogLine line = invocationLogLine(lineLevel, message, now, inv, outcome, durationMicros);
        if (text) {
          out.raw(line.text());
        } else {
          line.json(json, out);
        }
      } else {
        invocationJson(out, lineLevel, message, now, inv, outcome, durationMicros);
      }
    } catch (IOException | RuntimeException e) {
      out.truncate(start);
      lost(e);
    }
  }

  /**
   * The invocation's line as key/value pairs (what {@link #invocationJson} writes, and more with
   * argument logging).
   */
  LogLine invocationLogLine(
      LogLevel lineLevel,
      String message,
      long now,
      InvocationLog inv,
      String outcome,
      long durationMicros) {
    LogLine line = header(lineLevel, message, now, inv);
    line.put(OUTCOME, outcome).put(DURATION_MS, BigDecimal.valueOf(durationMicros, 3));
    if (logArguments) {
      line.put(ERROR_MESSAGE, inv.errorMessage);
      if (inv.arguments != null) {
        arguments(line, inv);
      }
    }
    return line.put(ERROR, inv.error);
  }

  /**
   * The invocation's line as JSON, the same bytes as {@link #invocationLogLine}'s without argument
   * logging, written straight into the buffer: the keys are constant bytes, and the values that
   * repeat from one invocation to the next (function, service, tool, gateway ids) are escaped once.
   */
  void invocationJson(
      LogBuffer out,
      LogLevel lineLevel,
      String message,
      long now,
      InvocationLog inv,
      String outcome,
      long durationMicros) {
    out.raw(LEVEL_FIELDS[lineLevel.ordinal()])
        .memoField(SLOT_MESSAGE, MESSAGE_FIELD, message)
        .raw(TIMESTAMP_FIELD)
        .isoTimestamp(now)
        .memoField(SLOT_SERVICE, SERVICE_FIELD, service(inv))
        .raw(inv.coldStart ? COLD_START_TRUE : COLD_START_FALSE)
        .memoField(SLOT_FUNCTION_NAME, FUNCTION_NAME_FIELD, inv.functionName)
        .memoField(SLOT_FUNCTION_VERSION, FUNCTION_VERSION_FIELD, inv.functionVersion);
    if (inv.memoryMb > 0) {
      out.raw(FUNCTION_MEMORY_SIZE_FIELD).number(inv.memoryMb);
    }
    out.memoField(SLOT_FUNCTION_ARN, FUNCTION_ARN_FIELD, inv.functionArn)
        .field(FUNCTION_REQUEST_ID_FIELD, inv.requestId)
        .field(XRAY_TRACE_ID_FIELD, inv.traceId())
        .memoField(SLOT_TOOL, TOOL_FIELD, inv.tool)
        .memoField(SLOT_TARGET, TARGET_FIELD, inv.target)
        .memoField(SLOT_TARGET_ID, TARGET_ID_FIELD, inv.targetId)
        .memoField(SLOT_GATEWAY_ID, GATEWAY_ID_FIELD, inv.gatewayId)
        .field(MCP_MESSAGE_ID_FIELD, inv.mcpMessageId)
        .field(GATEWAY_REQUEST_ID_FIELD, inv.gatewayRequestId)
        .memoField(SLOT_OUTCOME, OUTCOME_FIELD, outcome)
        .raw(DURATION_MS_FIELD)
        .thousandths(durationMicros);
    if (inv.error != null) {
      out.raw((byte) ',').name(ERROR);
      LogLine.error(out, inv.error);
    }
    out.raw((byte) '}').raw((byte) '\n');
  }

  /** Appends the invocation's EMF document, unless metrics are off or it cannot be written. */
  private void metricsDocument(
      LogBuffer out, InvocationLog inv, String outcome, long durationMicros, long now) {
    if (metrics == null) {
      return;
    }
    int start = out.size();
    try {
      metrics.document(out, now, service(inv), inv, outcome, durationMicros);
    } catch (RuntimeException e) {
      out.truncate(start);
      lost(e);
    }
  }

  private void arguments(LogLine line, InvocationLog inv) {
    JsonValue logged;
    try {
      logged = Redaction.forLog(inv.tool, inv.arguments, redactor, json);
    } catch (IOException | RuntimeException e) {
      line.put(ARGUMENTS_OMITTED, "the argument redactor threw " + e.getClass().getName());
      return;
    }
    if (logged == null) {
      return;
    }
    byte[] json;
    try {
      json = this.json.bytes(logged);
    } catch (IOException | RuntimeException e) {
      line.put(ARGUMENTS_OMITTED, "the redacted arguments could not be written as JSON");
      return;
    }
    if (json.length > MAX_ARGUMENT_BYTES) {
      line.put(
          ARGUMENTS_OMITTED,
          json.length + " bytes, more than the " + MAX_ARGUMENT_BYTES + " logged");
    } else {
      line.put(ARGUMENTS, logged);
    }
  }

  // ------------------------------------------------------------------------------ ToolLog

  /** Whether a tool's line at {@code level} would be written now. */
  public static boolean isEnabled(LogLevel level) {
    InvocationLog inv = current();
    return (inv != null ? inv.telemetry : standalone()).enabled(level);
  }

  /** Writes a tool's line with the fields of the invocation it runs for (if any). */
  public static void toolLog(
      LogLevel level, String message, Map<String, ?> fields, Throwable error) {
    InvocationLog inv = current();
    (inv != null ? inv.telemetry : standalone()).log(level, message, fields, error, inv);
  }

  private static InvocationLog current() {
    return SCOPE.get();
  }

  /** Writes a line of the handler itself (not of an invocation), e.g. at INIT. */
  public void info(String message) {
    log(LogLevel.INFO, message, null, null, null);
  }

  /** Writes a warning of the handler itself (not of an invocation), e.g. at INIT. */
  public void warn(String message) {
    log(LogLevel.WARN, message, null, null, null);
  }

  /**
   * Sets what lines outside any invocation go through (tests); null: the environment's, on first
   * use.
   */
  static synchronized void standalone(Telemetry telemetry) {
    standalone = telemetry;
  }

  private static Telemetry standalone() {
    synchronized (Telemetry.class) {
      if (standalone == null) {
        standalone = fromEnvironment(new JsonSupport());
      }
      return standalone;
    }
  }

  boolean enabled(LogLevel lineLevel) {
    return lineLevel.compareTo(level) >= 0;
  }

  void log(
      LogLevel lineLevel,
      String message,
      Map<String, ?> fields,
      Throwable error,
      InvocationLog inv) {
    if (!enabled(lineLevel)) {
      return;
    }
    try {
      LogLine line = header(lineLevel, String.valueOf(message), clock.currentTimeMillis(), inv);
      if (fields != null) {
        for (Map.Entry<String, ?> e : fields.entrySet()) {
          String key = e.getKey();
          if (key != null && !key.isEmpty() && !isReserved(key)) {
            line.put(key, fieldValue(e.getValue()));
          }
        }
      }
      line.put(ERROR, error);
      LogBuffer out = new LogBuffer(512);
      if (text) {
        out.raw(line.text());
      } else {
        line.json(json, out);
      }
      write(out, out.size(), inv == null ? null : inv.context);
    } catch (IOException | RuntimeException e) {
      lost(e);
    }
  }

  private Object fieldValue(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof JsonValue) {
      return value;
    }
    // the other plain values as Jackson wrote them, without loading databind
    if (value instanceof Double) {
      return JsonValue.number((Double) value);
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof java.math.BigInteger) {
      return JsonValue.number((java.math.BigInteger) value);
    }
    if (value instanceof Character) {
      return value.toString();
    }
    try {
      // another type (a record, a map, a Jackson tree): databind, loaded only when a tool logs one
      return Databind.toValue(json, value);
    } catch (IOException | RuntimeException e) {
      return String.valueOf(value);
    }
  }

  /** Keys a tool's own fields cannot overwrite (Powertools ignores them too). */
  static boolean isReserved(String key) {
    switch (key) {
      case LEVEL:
      case MESSAGE:
      case TIMESTAMP:
      case SERVICE:
      case COLD_START:
      case FUNCTION_NAME:
      case FUNCTION_VERSION:
      case FUNCTION_MEMORY_SIZE:
      case FUNCTION_ARN:
      case FUNCTION_REQUEST_ID:
      case XRAY_TRACE_ID:
      case SAMPLING_RATE:
      case ERROR:
      case TOOL:
      case TARGET:
      case TARGET_ID:
      case GATEWAY_ID:
      case MCP_MESSAGE_ID:
      case GATEWAY_REQUEST_ID:
      case OUTCOME:
      case DURATION_MS:
      case ERROR_MESSAGE:
      case ARGUMENTS:
      case ARGUMENTS_OMITTED:
      case "_aws": // would make the line an EMF document
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------------------ writing

  /** The fields every line starts with. */
  private LogLine header(LogLevel lineLevel, String message, long nowMillis, InvocationLog inv) {
    LogLine line =
        new LogLine()
            .put(LEVEL, lineLevel.name())
            .put(MESSAGE, message)
            .put(TIMESTAMP, isoTimestamp(nowMillis))
            .put(SERVICE, service(inv));
    if (inv == null) {
      return line.put(FUNCTION_NAME, environmentFunctionName);
    }
    return line.put(COLD_START, inv.coldStart)
        .put(FUNCTION_NAME, inv.functionName)
        .put(FUNCTION_VERSION, inv.functionVersion)
        .put(FUNCTION_MEMORY_SIZE, inv.memoryMb > 0 ? Integer.valueOf(inv.memoryMb) : null)
        .put(FUNCTION_ARN, inv.functionArn)
        .put(FUNCTION_REQUEST_ID, inv.requestId)
        .put(XRAY_TRACE_ID, inv.traceId())
        .put(TOOL, inv.tool)
        .put(TARGET, inv.target)
        .put(TARGET_ID, inv.targetId)
        .put(GATEWAY_ID, inv.gatewayId)
        .put(MCP_MESSAGE_ID, inv.mcpMessageId)
        .put(GATEWAY_REQUEST_ID, inv.gatewayRequestId);
  }

  /**
   * {@code POWERTOOLS_SERVICE_NAME}, else the function's name, else Powertools' {@code
   * service_undefined}.
   */
  private String service(InvocationLog inv) {
    if (serviceName != null) {
      return serviceName;
    }
    String function = inv != null ? inv.functionName : environmentFunctionName;
    return function == null || function.isEmpty() ? SERVICE_UNDEFINED : function;
  }

  /**
   * Writes the buffer's lines: to standard output in one {@code write}; to a context's logger
   * (outside a Lambda runtime) as two calls, the bytes before {@code split} and those after.
   */
  private void write(LogBuffer lines, int split, Context context) {
    if (lines.size() == 0) {
      return;
    }
    LambdaLogger logger = logger(context);
    if (logger != null) {
      if (split > 0) {
        logger.log(lines.copy(0, split));
      }
      if (split < lines.size()) {
        logger.log(lines.copy(split, lines.size()));
      }
      return;
    }
    PrintStream target = out != null ? out : System.out;
    lines.writeTo(target, 0, lines.size());
    target.flush();
  }

  /**
   * The context's logger when lines go there (outside a Lambda runtime, e.g. in tests), else null.
   */
  private LambdaLogger logger(Context context) {
    if (out != null || inLambdaRuntime || context == null) {
      return null;
    }
    try {
      return context.getLogger();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Logging must never cost an answer: say what was lost on standard error and carry on. */
  private static void lost(Exception e) {
    byte[] line =
        ("toolwright: a log line could not be written: " + e + "\n")
            .getBytes(StandardCharsets.UTF_8);
    System.err.write(line, 0, line.length);
    System.err.flush();
  }

  // ------------------------------------------------------------------------------ helpers

  /** The X-Ray trace id of the current invocation ({@code Root=} of the trace header), or null. */
  /**
   * The invocation's X-Ray trace header: the runtime client's system property, else the
   * environment's.
   */
  private String traceHeader() {
    String header = System.getProperty(TRACE_HEADER_PROPERTY);
    return header == null || header.isEmpty() ? environmentTraceHeader : header;
  }

  /**
   * {@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=...;Sampled=1} → {@code 1-5759e988-...}.
   */
  static String traceRoot(String header) {
    if (header == null) {
      return null;
    }
    int start = 0;
    while (start < header.length()) {
      int semicolon = header.indexOf(';', start);
      int end = semicolon < 0 ? header.length() : semicolon;
      // the part, trimmed as String.trim does, without copying it
      int from = start;
      int to = end;
      while (from < to && header.charAt(from) <= ' ') {
        from++;
      }
      while (to > from && header.charAt(to - 1) <= ' ') {
        to--;
      }
      if (to - from > 5 && header.startsWith("Root=", from)) {
        return header.substring(from + 5, to);
      }
      start = end + 1;
    }
    return null;
  }

  /**
   * ISO-8601 in UTC with milliseconds, {@code 2026-11-22T21:50:00.123Z}, without java.time's
   * formatters.
   */
  static String isoTimestamp(long epochMillis) {
    LogBuffer quoted = new LogBuffer(32).isoTimestamp(epochMillis);
    return new String(quoted.copy(1, quoted.size() - 1), StandardCharsets.US_ASCII);
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static boolean isTrue(String value) {
    return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }
}
