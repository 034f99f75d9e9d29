package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolException;
import dev.toolwright.gateway.ClientContextKeys;
import dev.toolwright.gateway.GatewayNames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves one request: finds the tool, parses and checks the arguments, calls the dispatcher within
 * the invocation's deadline and turns the outcome into the response contract of {@link Responses}.
 * Nothing a caller sends escapes as an exception. Not API.
 */
public final class ToolEngine {

  /** The event key that names the tool in local runs without a client context. */
  public static final String LOCAL_CONTEXT_KEY = ClientContextKeys.LOCAL_CONTEXT_FIELD;

  /** Environment variable: milliseconds kept free before the Lambda deadline (default 500). */
  public static final String TIMEOUT_MARGIN_ENV = "TOOLWRIGHT_TIMEOUT_MARGIN_MS";

  static final long DEFAULT_TIMEOUT_MARGIN_MS = 500;

  /** Idle workers kept for overlapping calls (the local endpoint's); Lambda needs one. */
  private static final int MAX_IDLE_WORKERS = 8;

  private static int workersStarted; // guarded by ToolEngine.class

  private final JsonSupport json;
  private final Map<String, ToolDispatcher> dispatchers;
  private final List<String> toolNames;
  private final long timeoutMarginMs;
  private final Telemetry telemetry;

  /**
   * Workers waiting for the next call (guarded by this): one on Lambda, more when calls overlap.
   */
  private final Worker[] idleWorkers = new Worker[MAX_IDLE_WORKERS];

  private int idleCount;

  /**
   * The made-up invocation while {@link #primeRequestPath} runs, else null (typed as a {@code
   * Context}, so that a call compared with it does not load its class).
   */
  private Context primingCall;

  /** The deadline a sample call gets while priming ({@link #primeSampleCalls}). */
  private static final int SAMPLE_CALL_MILLIS = 3_000;

  /**
   * An engine that logs and emits metrics as the environment configures ({@link
   * Telemetry#fromEnvironment}).
   */
  public ToolEngine(List<ToolDispatcher> dispatcherList, JsonSupport json, long timeoutMarginMs) {
    this(dispatcherList, json, timeoutMarginMs, null);
  }

  /** {@code telemetry} null: configured from the environment. */
  public ToolEngine(
      List<ToolDispatcher> dispatcherList,
      JsonSupport json,
      long timeoutMarginMs,
      Telemetry telemetry) {
    if (dispatcherList.isEmpty()) {
      throw new IllegalArgumentException("A ToolHandler needs at least one ToolDispatcher");
    }
    this.json = json;
    this.timeoutMarginMs = timeoutMarginMs;
    Map<String, ToolDispatcher> byName = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (ToolDispatcher dispatcher : dispatcherList) {
      if (dispatcher.abiVersion() != 0) {
        Abi.check(dispatcher.getClass().getName(), dispatcher.abiVersion());
      }
      for (String tool : dispatcher.toolNames()) {
        ToolDispatcher previous = byName.putIfAbsent(tool, dispatcher);
        if (previous != null) {
          throw new IllegalStateException(
              "Tool name \""
                  + tool
                  + "\" is served by both "
                  + previous.toolClassName()
                  + " and "
                  + dispatcher.toolClassName()
                  + "; rename one with @Tool(name = ...)");
        }
        names.add(tool);
      }
    }
    Collections.sort(names);
    this.dispatchers = byName;
    this.toolNames = List.copyOf(names);
    this.telemetry = telemetry != null ? telemetry : Telemetry.fromEnvironment(json);
  }

  /** Reads {@link #TIMEOUT_MARGIN_ENV}, falling back to the default on absence or nonsense. */
  public static long timeoutMarginFromEnvironment() {
    String value = System.getenv(TIMEOUT_MARGIN_ENV);
    if (value != null) {
      try {
        long margin = Long.parseLong(value.trim());
        if (margin >= 0) {
          return margin;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the default
      }
    }
    return DEFAULT_TIMEOUT_MARGIN_MS;
  }

  public List<String> toolNames() {
    return toolNames;
  }

  /** The JSON configuration the engine reads and writes with. */
  public JsonSupport json() {
    return json;
  }

  /** The engine's logs and metrics. */
  public Telemetry telemetry() {
    return telemetry;
  }

  /**
   * Reads the whole event (up to {@link JsonSupport#MAX_REQUEST_BYTES} + 1 bytes, which answers
   * "too large"), handles it and writes the answer: what {@code ToolHandler.handleRequest} does.
   */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    int limit = JsonSupport.MAX_REQUEST_BYTES + 1;
    // the runtime hands over an in-memory stream that knows its size: one exact buffer, no copies
    int available = input.available();
    byte[] buffer = new byte[available > 0 ? Math.min(available + 1, limit) : 8192];
    int length = 0;
    while (length < limit) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit));
      }
      int read = input.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    Answer answer = answer(buffer, length, context);
    output.write(answer.body());
    rethrowFatal(answer);
  }

  /**
   * Handles one invocation; {@code length} may be {@link JsonSupport#MAX_REQUEST_BYTES} + 1 for
   * "too large". Writes the invocation's log line and metrics before it returns. A fatal JVM error
   * (an {@link OutOfMemoryError}, not a stack overflow) is rethrown after it was logged, with no
   * answer.
   */
  public byte[] invoke(byte[] body, int length, Context context) {
    Answer answer = answer(body, length, context);
    rethrowFatal(answer);
    return answer.body();
  }

  /**
   * Decides the invocation's outcome once; its log line and metrics are written from it before this
   * returns. The caller sends its body, then rethrows a fatal error it carries.
   */
  Answer answer(byte[] body, int length, Context context) {
    InvocationLog inv = telemetry.start(context, context != null && context == primingCall);
    Answer answer = null;
    try {
      answer = serve(body, length, context, inv);
      return answer;
    } catch (RuntimeException | Error e) {
      answer = Answer.failed(Responses.INTERNAL_ERROR, null, "The handler failed: " + e, e, null);
      throw e;
    } finally {
      inv.record(answer);
      telemetry.finish(inv);
    }
  }

  /**
   * Rethrows the error a call died of when the JVM must not go on serving (the environment is
   * recycled).
   */
  private static void rethrowFatal(Answer answer) {
    if (answer.cause() instanceof VirtualMachineError
        && !(answer.cause() instanceof StackOverflowError)) {
      throw (VirtualMachineError) answer.cause();
    }
  }

  private Answer serve(byte[] body, int length, Context context, InvocationLog inv) {
    boolean hasClientContext = context != null && context.getClientContext() != null;
    Map<String, String> custom = clientContextCustom(context);
    String qualifiedName = custom == null ? null : custom.get(GatewayContext.TOOL_NAME_KEY);
    if (custom != null) {
      inv.gatewayKeys(custom);
    }
    String tool = null;
    if (qualifiedName != null && !qualifiedName.isEmpty()) {
      tool = toolName(qualifiedName);
      inv.tool(qualifiedName, tool, dispatchers.containsKey(tool));
    }
    if (length > JsonSupport.MAX_REQUEST_BYTES) {
      return error(
          Responses.INVALID_REQUEST,
          "The request is larger than the Lambda payload limit of 6 MB.");
    }

    JsonValue parsed;
    try {
      parsed = isBlank(body, length) ? null : json.readTree(body, length);
    } catch (StreamConstraintsException e) {
      return error(
          Responses.INVALID_REQUEST, "The arguments exceed a limit: " + limitText(e) + ".");
    } catch (JsonProcessingException e) {
      return error(
          Responses.INVALID_REQUEST, "The arguments are not valid JSON: " + parserProblem(e) + ".");
    } catch (IOException | RuntimeException e) {
      return error(Responses.INVALID_REQUEST, "The arguments could not be read as JSON.");
    }
    if (parsed == null || parsed.isNull()) {
      parsed = JsonValue.object();
    }
    if (!parsed.isObject()) {
      return error(
          Responses.INVALID_REQUEST,
          "The arguments must be a JSON object, got " + ArgumentChecker.describe(parsed) + ".");
    }
    JsonValue arguments = parsed;

    Map<String, ?> contextValues = custom; // read only: no per-call copy
    if (!hasClientContext) {
      // Local runs only (sam local invoke, the emulator): no client context exists, so the
      // event may carry one. Through the gateway a client context always exists and this
      // field is just an unknown argument.
      JsonValue local = arguments.get(LOCAL_CONTEXT_KEY);
      if (local != null && local.isObject()) {
        arguments.members().remove(LOCAL_CONTEXT_KEY);
        Map<String, Object> localValues = new HashMap<>(local.members());
        contextValues = localValues;
        inv.gatewayKeys(localValues);
        JsonValue name = local.get(GatewayContext.TOOL_NAME_KEY);
        qualifiedName = name != null && name.isTextual() ? name.text() : null;
        tool = null;
        if (qualifiedName != null && !qualifiedName.isEmpty()) {
          tool = toolName(qualifiedName);
          inv.tool(qualifiedName, tool, dispatchers.containsKey(tool));
        }
      }
    }
    if (qualifiedName == null || qualifiedName.isEmpty()) {
      String message =
          "No tool name: the gateway sends it in the Lambda client context as "
              + GatewayContext.TOOL_NAME_KEY
              + ". For a local run without a client context, add \""
              + LOCAL_CONTEXT_KEY
              + "\": {\""
              + GatewayContext.TOOL_NAME_KEY
              + "\": \"target"
              + GatewayNames.TARGET_SEPARATOR
              + "tool\"} to the event.";
      return Answer.answered(
          Responses.INVALID_REQUEST,
          message,
          Responses.error(json, Responses.INVALID_REQUEST, message, null, null, toolNames));
    }
    ToolDispatcher dispatcher = dispatchers.get(tool);
    if (dispatcher == null && context != null && context == primingCall) {
      dispatcher = (ToolDispatcher) context; // the priming's own tool, which no caller can reach
    }
    if (dispatcher == null) {
      String message =
          "Unknown tool "
              + ArgumentChecker.quote(tool)
              + ". Available tools: "
              + String.join(", ", toolNames)
              + "."
              + Suggestions.didYouMean(tool, toolNames, false);
      return Answer.answered(
          Responses.UNKNOWN_TOOL,
          message,
          Responses.error(json, Responses.UNKNOWN_TOOL, message, null, null, toolNames));
    }
    if (telemetry.logsArguments()) {
      // a private copy before the checker normalises the tree: the log shows what the agent sent
      inv.arguments = arguments.deepCopy();
    }
    ToolArguments toolArguments =
        new ToolArguments(
            arguments,
            json,
            context,
            contextValues == null ? Map.<String, Object>of() : contextValues);
    return call(dispatcher, tool, toolArguments, context, inv);
  }

  /**
   * {@code GatewayContext.stripTarget(qualifiedName)}, as the served tool's own name string when it
   * is one (its hash is known, so looking the dispatcher up and switching on it costs no hashing).
   */
  private String toolName(String qualifiedName) {
    int at = qualifiedName.indexOf(GatewayContext.TARGET_SEPARATOR);
    int from = at < 0 ? 0 : at + GatewayContext.TARGET_SEPARATOR.length();
    int length = qualifiedName.length() - from;
    for (String name : toolNames) {
      if (name.length() == length && qualifiedName.regionMatches(from, name, 0, length)) {
        return name;
      }
    }
    return GatewayContext.stripTarget(qualifiedName);
  }

  private Answer error(String code, String message) {
    return Answer.answered(code, message, Responses.error(json, code, message));
  }

  private Answer call(
      ToolDispatcher dispatcher,
      String tool,
      ToolArguments arguments,
      Context context,
      InvocationLog inv) {
    long budget = budgetMillis(context);
    Outcome outcome = new Outcome(dispatcher, tool, arguments, inv, context);
    if (budget == Long.MAX_VALUE) {
      outcome.run();
      // a tool that re-interrupted itself must not leave the flag on the handler's thread,
      // where it would cut the next invocation short
      Thread.interrupted();
    } else {
      Worker worker = takeWorker();
      if (!worker.call(outcome, Math.max(1, budget))) {
        // the tool (or the writing of its result) is still running: this worker is lost to it;
        // the next call gets a new one
        worker.retire();
        String message =
            "The tool "
                + tool
                + " did not finish in time. Try again with a smaller request, or later.";
        return Answer.failed(
            Responses.TIMEOUT,
            message,
            "Tool " + tool + " did not finish within " + budget + " ms; answered TIMEOUT",
            null,
            Responses.error(json, Responses.TIMEOUT, message, true, null, null));
      }
      returnWorker(worker);
    }
    return outcome.answer;
  }

  /**
   * Milliseconds the tool may run: the remaining time less the margin (but at least half the
   * remaining time, so a short invocation still gets to run), or unbounded without a deadline.
   */
  private long budgetMillis(Context context) {
    if (context == null) {
      return Long.MAX_VALUE;
    }
    long remaining;
    try {
      remaining = context.getRemainingTimeInMillis();
    } catch (RuntimeException e) {
      return Long.MAX_VALUE;
    }
    if (remaining <= 0 || remaining > 15 * 60 * 1000 + 60_000) {
      return Long.MAX_VALUE;
    }
    return Math.max(remaining - timeoutMarginMs, Math.max(remaining / 2, 1));
  }

  /**
   * Priming of the request path: one made-up invocation through everything a gateway call passes
   * except a tool of the user's (the event read from a stream, the client context and the gateway
   * context, the hand-off to the worker the first call with a deadline will get, the answer written
   * through {@link JsonOut}, the log line and the metrics formatted), for a tool of the engine's
   * own that no caller can reach. Nothing is logged and no metric is emitted. Then it links the
   * JDK's lambda machinery, which nearly every tool's code needs (lambdas, method references,
   * streams) and which the framework's own code does not load.
   */
  public void primeRequestPath() {
    PrimingCall call = new PrimingCall(PrimingCall.TOOL, PrimingCall.EVENT, 30_000);
    primingCall = call;
    try {
      handle(new ByteArrayInputStream(PrimingCall.EVENT), new ByteArrayOutputStream(64), call);
    } catch (IOException | RuntimeException e) {
      // best effort: the first real call does this work instead
    } finally {
      primingCall = null;
    }
    Runnable lambda = () -> {};
    lambda.run();
  }

  /**
   * The sample calls of the tools that declare one ({@code @Tool(primeWith)}): each tool is called
   * for real, through the whole request path, as {@link #primeRequestPath} does; the answer is
   * dropped and nothing is logged or counted, except a warning for a call that did not answer
   * normally. Returns how many answered normally.
   */
  public int primeSampleCalls() {
    // bounded, so that a slow sample call cannot eat INIT (10 s on demand): the margin applies as
    // to any call
    int answered = 0;
    for (String tool : toolNames) {
      String sample = dispatchers.get(tool).primingArguments(tool);
      if (sample == null) {
        continue;
      }
      byte[] event = sample.getBytes(StandardCharsets.UTF_8);
      PrimingCall call = new PrimingCall(tool, event, SAMPLE_CALL_MILLIS);
      primingCall = call;
      Answer answer;
      try {
        answer = answer(event, event.length, call);
      } catch (RuntimeException | Error e) {
        answer = Answer.failed(Responses.INTERNAL_ERROR, null, e.toString(), e, null);
      } finally {
        primingCall = null;
      }
      if (answer.code() == null) {
        answered++;
      } else {
        telemetry.warn(
            "The sample call of "
                + tool
                + " (@Tool primeWith) answered "
                + answer.code()
                + (answer.agentMessage() != null ? ": " + answer.agentMessage() : "")
                + (answer.logMessage() != null ? " (" + answer.logMessage() + ")" : "")
                + "; the tool was primed without it.");
      }
    }
    return answered;
  }

  /**
   * The made-up invocation of {@link #primeRequestPath}: its Lambda context (30 s left, a client
   * context with every gateway key) and the dispatcher of its tool.
   */
  private static final class PrimingCall implements Context, ClientContext, ToolDispatcher {
    static final String TOOL = "toolwright_priming";
    static final byte[] EVENT = {'{', '}'};
    private static final JsonOut.Name TEXT = JsonOut.Name.of("text");
    private final Map<String, String> custom;

    private final int remainingMillis;

    /** A call of {@code tool} (the engine's own, or a user's sample call) with {@code event}. */
    PrimingCall(String tool, byte[] event, int remainingMillis) {
      this.remainingMillis = remainingMillis;
      custom =
          Map.of(
              ClientContextKeys.TOOL_NAME,
              "priming" + GatewayNames.TARGET_SEPARATOR + tool,
              ClientContextKeys.GATEWAY_ID,
              "priming",
              ClientContextKeys.TARGET_ID,
              "priming",
              ClientContextKeys.MCP_MESSAGE_ID,
              "1",
              ClientContextKeys.AWS_REQUEST_ID,
              "priming",
              ClientContextKeys.PROPAGATED_HEADERS,
              "{\"x-priming\":\"1\"}");
    }

    @Override
    public String getAwsRequestId() {
      return "priming";
    }

    @Override
    public String getLogGroupName() {
      return null;
    }

    @Override
    public String getLogStreamName() {
      return null;
    }

    @Override
    public String getFunctionName() {
      return null;
    }

    @Override
    public String getFunctionVersion() {
      return null;
    }

    @Override
    public String getInvokedFunctionArn() {
      return null;
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return this;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return remainingMillis;
    }

    @Override
    public int getMemoryLimitInMB() {
      return 0;
    }

    @Override
    public LambdaLogger getLogger() {
      return null;
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
      return null;
    }

    @Override
    public String toolClassName() {
      return ToolEngine.class.getName();
    }

    @Override
    public List<String> toolNames() {
      return List.of(TOOL);
    }

    @Override
    public Object dispatch(String toolName, ToolArguments arguments) {
      return ToolResult.wrap(arguments.gatewayContext().toolName());
    }

    /**
     * Writes one value of each plain kind a generated writer writes, so that their code is linked.
     */
    @Override
    public boolean writeResult(String toolName, Object result, JsonOut out) throws IOException {
      out.startObject();
      out.name(TEXT); // as a generated writer names a property
      out.string((String) result);
      out.name("values"); // as a map key is written
      out.startArray();
      out.number(1);
      out.number(1L);
      out.number(1.5d);
      out.number(BigDecimal.ONE);
      out.bool(true);
      out.nullValue();
      out.endArray();
      out.endObject();
      return true;
    }
  }

  /**
   * An idle worker, or a new one when none is idle (several calls at once, as the local endpoint
   * makes).
   */
  private synchronized Worker takeWorker() {
    if (idleCount > 0) {
      Worker worker = idleWorkers[--idleCount];
      idleWorkers[idleCount] = null;
      return worker;
    }
    Worker worker = new Worker(nextWorkerNumber());
    worker.start();
    return worker;
  }

  private synchronized void returnWorker(Worker worker) {
    if (idleCount < idleWorkers.length) {
      idleWorkers[idleCount++] = worker;
    } else {
      worker.retire();
    }
  }

  private static synchronized int nextWorkerNumber() {
    return ++workersStarted;
  }

  /**
   * A daemon thread that runs tool calls one at a time, so a call with a deadline costs a hand-off
   * instead of a thread start (~100 µs). Retired when a call overruns its budget (the tool may
   * never return) or when enough workers are idle; it then ends after its current call.
   */
  private static final class Worker extends Thread {
    private Runnable task; // guarded by this
    private boolean done; // guarded by this
    private boolean retired; // guarded by this

    Worker(int number) {
      super("toolwright-worker-" + number);
      setDaemon(true);
    }

    /** Runs the task on this thread; false when it did not finish within the budget. */
    synchronized boolean call(Runnable call, long budgetMillis) {
      task = call;
      done = false;
      notifyAll();
      long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
      try {
        while (!done) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          wait(Math.max(1, (left + 999_999) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return done;
      }
      return true;
    }

    /** Lets the thread end after its current call, interrupting that call. */
    synchronized void retire() {
      retired = true;
      notifyAll();
      interrupt();
    }

    @Override
    public void run() {
      while (true) {
        Runnable call;
        synchronized (this) {
          while (task == null && !retired) {
            try {
              wait();
            } catch (InterruptedException e) {
              // only retire() interrupts an idle worker, and it sets the flag checked above
            }
          }
          if (task == null) {
            return;
          }
          call = task;
        }
        Thread.interrupted(); // a previous call's interrupt must not reach this one
        Telemetry.leave(null); // nor the invocation this thread inherited when it was started
        call.run(); // Outcome.run catches everything
        synchronized (this) {
          task = null;
          done = true;
          notifyAll();
          if (retired) {
            return;
          }
        }
      }
    }
  }

  /**
   * One invocation's outcome, decided once: the error code (null for success), the agent's message,
   * the log's message, the cause, and the body sent. The answer and the telemetry are both derived
   * from it.
   */
  record Answer(String code, String agentMessage, String logMessage, Throwable cause, byte[] body) {
    static Answer success(byte[] body) {
      return new Answer(null, null, null, null, body);
    }

    /** An error answer the agent can act on. */
    static Answer answered(String code, String agentMessage, byte[] body) {
      return new Answer(code, agentMessage, null, null, body);
    }

    /** A failure: the log gets the details and the cause, the agent only its message. */
    static Answer failed(
        String code, String agentMessage, String logMessage, Throwable cause, byte[] body) {
      return new Answer(code, agentMessage, logMessage, cause, body);
    }
  }

  /** One tool call and the writing of its result, done by whichever thread runs it. */
  private final class Outcome implements Runnable {
    private final ToolDispatcher dispatcher;
    private final String tool;
    private final ToolArguments arguments;
    private final InvocationLog inv;
    private final Context context;

    /** Set by the thread that runs this; read after the hand-off back (which orders it). */
    private Answer answer;

    Outcome(
        ToolDispatcher dispatcher,
        String tool,
        ToolArguments arguments,
        InvocationLog inv,
        Context context) {
      this.dispatcher = dispatcher;
      this.tool = tool;
      this.arguments = arguments;
      this.inv = inv;
      this.context = context;
    }

    @Override
    public void run() {
      InvocationLog previous = Telemetry.enter(inv);
      try {
        Object result;
        try {
          result = dispatcher.dispatch(tool, arguments);
        } catch (Throwable t) {
          answer = failure(t);
          return;
        }
        answer = written(result);
      } catch (Throwable t) {
        answer = masked(t, "its answer could not be built");
      } finally {
        if (previous != inv) {
          Telemetry.leave(previous);
        }
      }
    }

    private Answer written(Object result) {
      byte[] body;
      try {
        body = Responses.success(json, dispatcher, tool, result);
      } catch (IOException | RuntimeException e) {
        return masked(e, "its result could not be written as JSON");
      } catch (StackOverflowError e) {
        return masked(e, "its result could not be written as JSON");
      }
      if (body.length > JsonSupport.MAX_RESPONSE_BYTES) {
        return masked(
            null,
            "its result has "
                + body.length
                + " bytes, more than the "
                + JsonSupport.MAX_RESPONSE_BYTES
                + " bytes a Lambda response may have");
      }
      return Answer.success(body);
    }

    private Answer failure(Throwable failure) {
      if (failure instanceof Abi.Rejected) {
        failure = arguments.invalid((Abi.Rejected) failure);
      }
      if (failure instanceof InvalidArgumentsException) {
        return error(Responses.INVALID_ARGUMENTS, failure.getMessage());
      }
      if (failure instanceof ToolException) {
        ToolException e = (ToolException) failure;
        byte[] body =
            Responses.error(
                json, Responses.TOOL_ERROR, e.getMessage(), e.isRetryable(), null, null);
        if (e.getCause() != null) {
          // the cause is for the log only; the agent reads the message
          return Answer.failed(
              Responses.TOOL_ERROR,
              e.getMessage(),
              "Tool " + tool + " failed: " + e.getMessage(),
              e,
              body);
        }
        return Answer.answered(Responses.TOOL_ERROR, e.getMessage(), body);
      }
      return masked(failure, "it threw an exception");
    }

    private Answer masked(Throwable t, String what) {
      String requestId = requestId(context);
      String message =
          "The tool "
              + tool
              + " failed unexpectedly. Report correlation id "
              + requestId
              + " to the tool's owner.";
      return Answer.failed(
          Responses.INTERNAL_ERROR,
          message,
          "Tool " + tool + " failed (request " + requestId + "): " + what,
          t,
          Responses.error(json, Responses.INTERNAL_ERROR, message, false, requestId, null));
    }
  }

  private static Map<String, String> clientContextCustom(Context context) {
    if (context == null) {
      return null;
    }
    ClientContext client = context.getClientContext();
    return client == null ? null : client.getCustom();
  }

  private static String requestId(Context context) {
    String id = context == null ? null : context.getAwsRequestId();
    return id == null || id.isEmpty() ? "unavailable" : id;
  }

  private static boolean isBlank(byte[] body, int length) {
    for (int i = 0; i < length; i++) {
      byte b = body[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String parserProblem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = "syntax error";
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 160) {
      message = message.substring(0, 160) + "…";
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      message +=
          " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return message;
  }

  private static String limitText(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "objects and arrays are nested more than "
          + JsonSupport.MAX_NESTING_DEPTH
          + " levels deep";
    }
    if (m.contains("Number value length") || m.contains("Number length")) {
      return "a number is longer than " + JsonSupport.MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("Name length")) {
      return "a property name is too long";
    }
    return "a value or the whole document is too large";
  }
}
