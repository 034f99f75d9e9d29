package dev.toolwright.internal;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves one request: finds the tool, parses and checks the arguments, calls the dispatcher
 * within the invocation's deadline and turns the outcome into the response contract of
 * {@link Responses}. Nothing a caller sends escapes as an exception. Not API.
 */
public final class ToolEngine {

  /** The event key that names the tool in local runs without a client context. */
  public static final String LOCAL_CONTEXT_KEY = "__context__";
  /** Environment variable: milliseconds kept free before the Lambda deadline (default 500). */
  public static final String TIMEOUT_MARGIN_ENV = "TOOLWRIGHT_TIMEOUT_MARGIN_MS";
  static final long DEFAULT_TIMEOUT_MARGIN_MS = 500;
  /** Idle workers kept for overlapping calls (the local endpoint's); Lambda needs one. */
  private static final int MAX_IDLE_WORKERS = 8;
  private static int workersStarted; // guarded by ToolEngine.class

  private final JsonSupport json;
  private final ObjectMapper mapper;
  private final Map<String, ToolDispatcher> dispatchers;
  private final List<String> toolNames;
  private final long timeoutMarginMs;
  private final Telemetry telemetry;
  /** Workers waiting for the next call (guarded by this): one on Lambda, more when calls overlap. */
  private final Worker[] idleWorkers = new Worker[MAX_IDLE_WORKERS];
  private int idleCount;

  /** An engine that logs and emits metrics as the environment configures ({@link Telemetry#fromEnvironment}). */
  public ToolEngine(List<ToolDispatcher> dispatcherList, JsonSupport json, long timeoutMarginMs) {
    this(dispatcherList, json, timeoutMarginMs, null);
  }

  /** {@code telemetry} null: configured from the environment. */
  public ToolEngine(List<ToolDispatcher> dispatcherList, JsonSupport json, long timeoutMarginMs, Telemetry telemetry) {
    if (dispatcherList.isEmpty()) {
      throw new IllegalArgumentException("A ToolHandler needs at least one ToolDispatcher");
    }
    this.json = json;
    this.mapper = json.mapper();
    this.timeoutMarginMs = timeoutMarginMs;
    Map<String, ToolDispatcher> byName = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (ToolDispatcher dispatcher : dispatcherList) {
      for (String tool : dispatcher.toolNames()) {
        ToolDispatcher previous = byName.putIfAbsent(tool, dispatcher);
        if (previous != null) {
          throw new IllegalStateException("Tool name \"" + tool + "\" is served by both " + previous.toolClassName()
              + " and " + dispatcher.toolClassName() + "; rename one with @Tool(name = ...)");
        }
        names.add(tool);
      }
    }
    Collections.sort(names);
    this.dispatchers = byName;
    this.toolNames = List.copyOf(names);
    this.telemetry = telemetry != null ? telemetry : Telemetry.fromEnvironment(mapper);
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

  public ObjectMapper mapper() {
    return mapper;
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
    output.write(invoke(buffer, length, context));
  }

  /**
   * Handles one invocation; {@code length} may be {@link JsonSupport#MAX_REQUEST_BYTES} + 1 for "too large".
   * Writes the invocation's log line and metrics before it returns.
   */
  public byte[] invoke(byte[] body, int length, Context context) {
    InvocationLog inv = telemetry.start(context);
    try {
      return invoke(body, length, context, inv);
    } catch (RuntimeException | Error e) {
      inv.failed(Responses.INTERNAL_ERROR, null, "The handler failed: " + e, e);
      throw e;
    } finally {
      telemetry.finish(inv);
    }
  }

  private byte[] invoke(byte[] body, int length, Context context, InvocationLog inv) {
    boolean hasClientContext = context != null && context.getClientContext() != null;
    Map<String, String> custom = clientContextCustom(context);
    String qualifiedName = custom == null ? null : custom.get(GatewayContext.TOOL_NAME_KEY);
    if (custom != null) {
      inv.gatewayKeys(custom);
    }
    if (qualifiedName != null && !qualifiedName.isEmpty()) {
      inv.tool(qualifiedName, dispatchers.containsKey(GatewayContext.stripTarget(qualifiedName)));
    }
    if (length > JsonSupport.MAX_REQUEST_BYTES) {
      return error(inv, Responses.INVALID_REQUEST, "The request is larger than the Lambda payload limit of 6 MB.");
    }

    JsonNode parsed;
    try {
      parsed = isBlank(body, length) ? mapper.createObjectNode() : json.readTree(body, length);
    } catch (StreamConstraintsException e) {
      return error(inv, Responses.INVALID_REQUEST, "The arguments exceed a limit: " + limitText(e) + ".");
    } catch (JsonProcessingException e) {
      return error(inv, Responses.INVALID_REQUEST, "The arguments are not valid JSON: " + parserProblem(e) + ".");
    } catch (IOException | RuntimeException e) {
      return error(inv, Responses.INVALID_REQUEST, "The arguments could not be read as JSON.");
    }
    if (parsed == null || parsed.isNull() || parsed.isMissingNode()) {
      parsed = mapper.createObjectNode();
    }
    if (!parsed.isObject()) {
      return error(inv, Responses.INVALID_REQUEST,
          "The arguments must be a JSON object, got " + ArgumentChecker.describe(parsed) + ".");
    }
    ObjectNode arguments = (ObjectNode) parsed;

    Map<String, ?> contextValues = custom; // read only: no per-call copy
    if (!hasClientContext) {
      // Local runs only (sam local invoke, the emulator): no client context exists, so the
      // event may carry one. Through the gateway a client context always exists and this
      // field is just an unknown argument.
      JsonNode local = arguments.get(LOCAL_CONTEXT_KEY);
      if (local != null && local.isObject()) {
        arguments.remove(LOCAL_CONTEXT_KEY);
        Map<String, Object> localValues = new HashMap<>();
        local.fields().forEachRemaining(e -> localValues.put(e.getKey(), e.getValue()));
        contextValues = localValues;
        inv.gatewayKeys(localValues);
        JsonNode name = local.get(GatewayContext.TOOL_NAME_KEY);
        qualifiedName = name != null && name.isTextual() ? name.textValue() : null;
        if (qualifiedName != null && !qualifiedName.isEmpty()) {
          inv.tool(qualifiedName, dispatchers.containsKey(GatewayContext.stripTarget(qualifiedName)));
        }
      }
    }
    if (qualifiedName == null || qualifiedName.isEmpty()) {
      String message = "No tool name: the gateway sends it in the Lambda client context as "
          + GatewayContext.TOOL_NAME_KEY + ". For a local run without a client context, add \"" + LOCAL_CONTEXT_KEY
          + "\": {\"" + GatewayContext.TOOL_NAME_KEY + "\": \"target___tool\"} to the event.";
      inv.answered(Responses.INVALID_REQUEST, message);
      return Responses.error(mapper, Responses.INVALID_REQUEST, message, null, null, toolNames);
    }
    String tool = GatewayContext.stripTarget(qualifiedName);
    ToolDispatcher dispatcher = dispatchers.get(tool);
    if (dispatcher == null) {
      String message = "Unknown tool " + ArgumentChecker.quote(tool) + ". Available tools: "
          + String.join(", ", toolNames) + ".";
      inv.answered(Responses.UNKNOWN_TOOL, message);
      return Responses.error(mapper, Responses.UNKNOWN_TOOL, message, null, null, toolNames);
    }
    if (telemetry.logsArguments()) {
      // a private copy before the checker normalises the tree: the log shows what the agent sent
      inv.arguments = arguments.deepCopy();
    }
    ToolArguments toolArguments = new ToolArguments(arguments, json, context,
        contextValues == null ? Map.<String, Object>of() : contextValues);
    return call(dispatcher, tool, toolArguments, context, inv);
  }

  private byte[] error(InvocationLog inv, String code, String message) {
    inv.answered(code, message);
    return Responses.error(mapper, code, message);
  }

  private byte[] call(ToolDispatcher dispatcher, String tool, ToolArguments arguments, Context context,
      InvocationLog inv) {
    long budget = budgetMillis(context);
    Outcome outcome = new Outcome(dispatcher, tool, arguments, inv);
    if (budget == Long.MAX_VALUE) {
      outcome.run();
      // a tool that re-interrupted itself must not leave the flag on the handler's thread,
      // where it would cut the next invocation short
      Thread.interrupted();
    } else {
      Worker worker = takeWorker();
      if (!worker.call(outcome, Math.max(1, budget))) {
        // the tool is still running: this worker is lost to it; the next call gets a new one
        worker.retire();
        String message = "The tool " + tool + " did not finish in time. Try again with a smaller request, or later.";
        inv.failed(Responses.TIMEOUT, message, "Tool " + tool + " did not finish within " + budget
            + " ms; answered TIMEOUT", null);
        return Responses.error(mapper, Responses.TIMEOUT, message, true, null, null);
      }
      returnWorker(worker);
    }
    return outcome.response(context);
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
   * Priming of the request path: starts the worker the first call with a deadline will get (one
   * empty hand-off), and formats a made-up invocation's log line and metrics without writing them.
   */
  public void primeRequestPath() {
    Worker worker = takeWorker();
    if (worker.call(() -> { }, 10_000)) {
      returnWorker(worker);
    } else {
      worker.retire();
    }
    telemetry.prime();
  }

  /** An idle worker, or a new one when none is idle (several calls at once, as the local endpoint makes). */
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

  /** The result of one tool call, filled in by whichever thread runs it. */
  private final class Outcome implements Runnable {
    private final ToolDispatcher dispatcher;
    private final String tool;
    private final ToolArguments arguments;
    private final InvocationLog inv;
    private Object result;
    private Throwable failure;

    Outcome(ToolDispatcher dispatcher, String tool, ToolArguments arguments, InvocationLog inv) {
      this.dispatcher = dispatcher;
      this.tool = tool;
      this.arguments = arguments;
      this.inv = inv;
    }

    @Override
    public void run() {
      InvocationLog previous = Telemetry.enter(inv);
      try {
        result = dispatcher.dispatch(tool, arguments);
      } catch (Throwable t) {
        failure = t;
      } finally {
        Telemetry.leave(previous);
      }
    }

    byte[] response(Context context) {
      if (failure == null) {
        byte[] answer;
        try {
          answer = Responses.success(mapper, result);
        } catch (IOException | RuntimeException e) {
          return masked(context, e, "its result could not be written as JSON");
        }
        if (answer.length > JsonSupport.MAX_RESPONSE_BYTES) {
          return masked(context, null, "its result has " + answer.length + " bytes, more than the "
              + JsonSupport.MAX_RESPONSE_BYTES + " bytes a Lambda response may have");
        }
        return answer;
      }
      if (failure instanceof InvalidArgumentsException) {
        return error(inv, Responses.INVALID_ARGUMENTS, failure.getMessage());
      }
      if (failure instanceof ToolException) {
        ToolException e = (ToolException) failure;
        if (e.getCause() != null) {
          // the cause is for the log only; the agent reads the message
          inv.failed(Responses.TOOL_ERROR, e.getMessage(), "Tool " + tool + " failed: " + e.getMessage(), e);
        } else {
          inv.answered(Responses.TOOL_ERROR, e.getMessage());
        }
        return Responses.error(mapper, Responses.TOOL_ERROR, e.getMessage(), e.isRetryable(), null, null);
      }
      return masked(context, failure, "it threw an exception");
    }

    private byte[] masked(Context context, Throwable t, String what) {
      String requestId = requestId(context);
      String message = "The tool " + tool + " failed unexpectedly. Report correlation id " + requestId
          + " to the tool's owner.";
      inv.failed(Responses.INTERNAL_ERROR, message, "Tool " + tool + " failed (request " + requestId + "): " + what, t);
      return Responses.error(mapper, Responses.INTERNAL_ERROR, message, false, requestId, null);
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
      message += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return message;
  }

  private static String limitText(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "objects and arrays are nested more than " + JsonSupport.MAX_NESTING_DEPTH + " levels deep";
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
