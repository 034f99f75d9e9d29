package dev.toolwright.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lambda Runtime API server (version {@code 2018-06-01}) on {@code 127.0.0.1} and an ephemeral
 * port, for tests and benchmarks that run a handler under the real runtime interface client (see
 * {@link LambdaProcess}).
 *
 * <p>Endpoints: {@code GET /invocation/next} (long-polls until an invocation is queued), {@code
 * POST /invocation/{id}/response}, {@code POST /invocation/{id}/error}, {@code POST /init/error},
 * and, for SnapStart-style runs ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}), {@code GET
 * /restore/next} (answers at once) and {@code POST /restore/error}.
 *
 * <p>Thread-safe: any number of runtime threads may poll while test threads call {@link #invoke} or
 * {@link #submit}; invocations are served first in, first out. One runtime process per emulator at
 * a time is the supported set-up ({@link #abortPending(String)} assumes it). Responses larger than
 * {@link #maxResponseBytes(long)} (default {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes, as the
 * Lambda service) are refused with HTTP 413 and turn into a {@code Function.ResponseSizeTooLarge}
 * error.
 *
 * <p>Latency: loading this class sets {@code sun.net.httpserver.nodelay=true} (unless already set),
 * because {@code com.sun.net.httpserver} otherwise leaves Nagle's algorithm on and every invocation
 * costs ~90 ms instead of well under a millisecond. The JDK reads that property once, when the
 * first {@code HttpServer} of the JVM starts: if a test starts another {@code HttpServer} before
 * this class is loaded, pass {@code -Dsun.net.httpserver.nodelay=true} to the test JVM (e.g.
 * Surefire's {@code argLine}).
 */
public final class LambdaRuntimeEmulator implements AutoCloseable {

  /** Path prefix of every Runtime API endpoint. */
  public static final String API_PREFIX = "/2018-06-01/runtime/";

  /** Default response size limit, the Lambda service's synchronous payload limit (6 MB). */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 6_291_556L;

  private static final String INVOCATION_PREFIX = API_PREFIX + "invocation/";
  private static final long POLL_SLICE_MILLIS = 100;
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  static {
    // com.sun.net.httpserver leaves Nagle's algorithm on unless told otherwise; with the runtime
    // client's
    // small writes, Nagle + delayed ACKs cost ~40 ms per message (~90 ms per invocation). The
    // property is read
    // once, when the first HttpServer of this JVM starts, so it is set here unless the user chose a
    // value.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String address;
  private final LinkedBlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();

  /**
   * Request ids whose late answers are accepted silently (timed out after being fetched, or refused
   * with 413).
   */
  private final ConcurrentHashMap<String, String> tolerated = new ConcurrentHashMap<>();

  private final List<String> protocolErrors = new CopyOnWriteArrayList<>();
  private final List<InitError> initErrors = new ArrayList<>(); // guarded by itself
  private final AtomicLong pollEpoch = new AtomicLong();
  private final AtomicInteger activePolls = new AtomicInteger();
  private volatile long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private volatile boolean closed;

  /** Starts the server on {@code 127.0.0.1} and an ephemeral port. */
  public LambdaRuntimeEmulator() {
    int instance = INSTANCES.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t =
                  new Thread(
                      r, "lambda-runtime-emulator-" + instance + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("Cannot start the Lambda Runtime API emulator on loopback", e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    this.address =
        server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /** The value for {@code AWS_LAMBDA_RUNTIME_API}: {@code "127.0.0.1:PORT"}. */
  public String runtimeApiAddress() {
    return address;
  }

  /** The TCP port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Sets the largest response body accepted from the runtime; {@code 0} or less disables the check.
   *
   * @return this emulator
   */
  public LambdaRuntimeEmulator maxResponseBytes(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
    return this;
  }

  /**
   * Queues {@code invocation} and returns a future completed with the runtime's answer, or
   * exceptionally with a {@link LambdaEmulatorException} if the runtime reports an init error, the
   * runtime process is reported gone ({@link #abortPending}) or the emulator closes. The future
   * never times out by itself.
   *
   * @throws IllegalArgumentException if another pending invocation has the same request id
   * @throws LambdaEmulatorException if the emulator is closed
   */
  public CompletableFuture<InvocationResult> submit(Invocation invocation) {
    return enqueue(invocation).future.copy();
  }

  /**
   * Queues {@code invocation}, waits up to {@code wait} for the runtime's answer and returns it. A
   * function error is a normal result ({@link InvocationResult#isError()}), not an exception.
   *
   * @throws LambdaEmulatorException if no answer arrives in time (the message says whether the
   *     runtime ever fetched the invocation), the runtime reports an init error, the runtime
   *     process is reported gone, or the emulator closes; a timed-out invocation is withdrawn from
   *     the queue
   */
  public InvocationResult invoke(Invocation invocation, Duration wait) {
    Objects.requireNonNull(wait, "wait");
    Pending p = enqueue(invocation);
    try {
      return p.future.get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      String message = timeoutMessage(p, wait);
      if (p.future.completeExceptionally(new LambdaEmulatorException(message))) {
        if (p.fetched) {
          tolerated.put(p.invocation.requestId(), "timed out");
        }
        throw new LambdaEmulatorException(message);
      }
      return join(p); // answered in the meantime
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.future.completeExceptionally(new LambdaEmulatorException("interrupted"));
      throw new LambdaEmulatorException(
          "Interrupted while waiting for invocation " + invocation.requestId(), e);
    } catch (ExecutionException e) {
      throw rethrow(e);
    }
  }

  private static InvocationResult join(Pending p) {
    try {
      return p.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaEmulatorException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof LambdaEmulatorException) {
      // a fresh exception so that the stack trace shows the caller
      return new LambdaEmulatorException(cause.getMessage(), cause);
    }
    return new LambdaEmulatorException(String.valueOf(cause), cause);
  }

  private String timeoutMessage(Pending p, Duration wait) {
    StringBuilder sb =
        new StringBuilder("No answer for invocation ")
            .append(p.invocation.requestId())
            .append(" within ")
            .append(wait.toMillis())
            .append(" ms: ");
    if (p.fetched) {
      sb.append("the runtime fetched it ")
          .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - p.fetchedAtNanos))
          .append(" ms ago but has not answered");
    } else {
      sb.append("the runtime never fetched it (");
      int polls = activePolls.get();
      sb.append(polls == 0 ? "no runtime is polling " + address : polls + " runtime poll(s) active")
          .append(')');
    }
    initError().ifPresent(ie -> sb.append("; init error reported earlier: ").append(ie));
    return sb.toString();
  }

  private Pending enqueue(Invocation invocation) {
    Objects.requireNonNull(invocation, "invocation");
    if (closed) {
      throw new LambdaEmulatorException("The Lambda runtime emulator is closed");
    }
    Pending p = new Pending(invocation, System.nanoTime());
    String id = invocation.requestId();
    if (pending.putIfAbsent(id, p) != null) {
      throw new IllegalArgumentException("Another pending invocation has request id " + id);
    }
    tolerated.remove(id);
    p.future.whenComplete(
        (r, t) -> {
          pending.remove(id, p);
          queue.remove(p);
        });
    queue.add(p);
    if (closed) {
      p.future.completeExceptionally(
          new LambdaEmulatorException("The Lambda runtime emulator is closed"));
    }
    return p;
  }

  /**
   * Fails every pending invocation (queued or fetched) with a {@link LambdaEmulatorException}
   * carrying {@code reason}, and ends the long-polls in progress, so that a poll left over from a
   * dead runtime process cannot swallow the next invocation. Call it when the runtime process has
   * gone; {@link LambdaProcess} does so when its process exits. Invocations submitted afterwards
   * wait for the next runtime.
   */
  public void abortPending(String reason) {
    pollEpoch.incrementAndGet();
    failAll(reason);
  }

  private void failAll(String reason) {
    for (Pending p : new ArrayList<>(pending.values())) {
      p.future.completeExceptionally(
          new LambdaEmulatorException(
              "Invocation " + p.invocation.requestId() + " failed: " + reason));
    }
  }

  /** The latest error posted to {@code /init/error} or {@code /restore/error}, if any. */
  public Optional<InitError> initError() {
    synchronized (initErrors) {
      return initErrors.isEmpty()
          ? Optional.empty()
          : Optional.of(initErrors.get(initErrors.size() - 1));
    }
  }

  /**
   * Waits until the runtime has posted an init (or restore) error and returns the latest one.
   *
   * @throws LambdaEmulatorException if none arrives within {@code wait}
   */
  public InitError awaitInitError(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (initErrors) {
      while (initErrors.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new LambdaEmulatorException(
              "No init error reported within " + wait.toMillis() + " ms");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(initErrors, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new LambdaEmulatorException("Interrupted while waiting for an init error", e);
        }
      }
      return initErrors.get(initErrors.size() - 1);
    }
  }

  /** Forgets the init errors seen so far (e.g. before starting another runtime process). */
  public void clearInitErrors() {
    synchronized (initErrors) {
      initErrors.clear();
    }
  }

  /**
   * Protocol violations seen so far, e.g. an answer for an unknown or already answered request id,
   * or a request to an unknown endpoint (transport errors are not counted). A well-behaved runtime
   * produces none.
   */
  public List<String> protocolErrors() {
    return List.copyOf(protocolErrors);
  }

  /** Number of {@code /invocation/next} long-polls currently waiting for an invocation. */
  public int activePolls() {
    return activePolls.get();
  }

  /** Number of invocations queued or fetched but not answered yet. */
  public int pendingCount() {
    return pending.size();
  }

  /** Stops the server and fails the pending invocations. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pollEpoch.incrementAndGet();
    failAll("the Lambda runtime emulator was closed");
    server.stop(0);
    executor.shutdownNow();
  }

  // ----------------------------------------------------------------------------------------------
  // HTTP side

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      String method = ex.getRequestMethod();
      if (path.equals(INVOCATION_PREFIX + "next")) {
        if (requireMethod(ex, method, "GET")) {
          handleNext(ex);
        }
      } else if (path.startsWith(INVOCATION_PREFIX) && path.endsWith("/response")) {
        if (requireMethod(ex, method, "POST")) {
          handleAnswer(
              ex,
              path.substring(INVOCATION_PREFIX.length(), path.length() - "/response".length()),
              false);
        }
      } else if (path.startsWith(INVOCATION_PREFIX) && path.endsWith("/error")) {
        if (requireMethod(ex, method, "POST")) {
          handleAnswer(
              ex,
              path.substring(INVOCATION_PREFIX.length(), path.length() - "/error".length()),
              true);
        }
      } else if (path.equals(API_PREFIX + "init/error")
          || path.equals(API_PREFIX + "restore/error")) {
        if (requireMethod(ex, method, "POST")) {
          handleInitError(ex, path);
        }
      } else if (path.equals(API_PREFIX + "restore/next")) {
        if (requireMethod(ex, method, "GET")) {
          drain(ex);
          ex.sendResponseHeaders(200, -1);
        }
      } else {
        drain(ex);
        protocolErrors.add(method + " " + path + ": unknown endpoint");
        sendJson(ex, 404, errorJson("Unknown Runtime API endpoint " + path, "NotFound"));
      }
    } catch (IOException e) {
      // transport failure (typically a runtime process that went away): not a protocol violation
    } catch (RuntimeException e) {
      if (!closed) {
        protocolErrors.add(
            "Error serving " + ex.getRequestMethod() + " " + ex.getRequestURI() + ": " + e);
      }
    }
  }

  private boolean requireMethod(HttpExchange ex, String method, String expected)
      throws IOException {
    if (expected.equals(method)) {
      return true;
    }
    drain(ex);
    protocolErrors.add(method + " " + ex.getRequestURI().getRawPath() + ": method not allowed");
    ex.getResponseHeaders().set("Allow", expected);
    sendJson(ex, 405, errorJson("Method not allowed", "MethodNotAllowed"));
    return false;
  }

  private void handleNext(HttpExchange ex) throws IOException {
    drain(ex);
    long epoch = pollEpoch.get();
    Pending p = null;
    activePolls.incrementAndGet();
    try {
      while (p == null) {
        if (closed || pollEpoch.get() != epoch) {
          sendJson(
              ex,
              500,
              errorJson("The Lambda runtime emulator stopped this poll", "ServiceException"));
          return;
        }
        try {
          p = queue.poll(POLL_SLICE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return; // executor shut down
        }
        if (p != null && (closed || pollEpoch.get() != epoch)) {
          // This poll belongs to a runtime that is gone; the invocation was queued for the next
          // one.
          queue.offerFirst(p);
          p = null;
        } else if (p != null && p.future.isDone()) {
          p = null; // withdrawn (timed out or aborted) while queued
        }
      }
    } finally {
      activePolls.decrementAndGet();
    }

    Invocation inv = p.invocation;
    long deadline = System.currentTimeMillis() + inv.timeout().toMillis();
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "application/json");
    h.set("Lambda-Runtime-Aws-Request-Id", inv.requestId());
    h.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
    h.set("Lambda-Runtime-Invoked-Function-Arn", inv.functionArn());
    h.set("Lambda-Runtime-Trace-Id", inv.traceId());
    if (inv.clientContext() != null) {
      h.set("Lambda-Runtime-Client-Context", wireValue(inv.clientContext()));
    }
    p.deadlineEpochMillis = deadline;
    p.fetchedAtNanos = System.nanoTime();
    p.fetched = true;
    byte[] body = inv.eventNoCopy();
    try {
      ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    } catch (IOException | RuntimeException e) {
      // The runtime went away before it got the invocation: hand it to the next poll.
      p.fetched = false;
      if (!p.future.isDone()) {
        queue.offerFirst(p);
      }
      throw e;
    }
  }

  /**
   * {@code com.sun.net.httpserver} writes each header character as one byte (ISO-8859-1).
   * Re-encoding the value's UTF-8 bytes as ISO-8859-1 characters puts exactly those UTF-8 bytes on
   * the wire.
   */
  private static String wireValue(String value) {
    return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private void handleAnswer(HttpExchange ex, String id, boolean error) throws IOException {
    byte[] body = readBody(ex);
    long now = System.nanoTime();
    Pending p = pending.get(id);
    if (p == null || !p.fetched) {
      String reason = tolerated.remove(id);
      if (p == null && reason != null) {
        sendJson(ex, 202, "{\"status\":\"OK\"}"); // late answer for an invocation already settled
        return;
      }
      String what = p == null ? "unknown or already answered" : "not yet fetched";
      protocolErrors.add("POST " + ex.getRequestURI().getRawPath() + ": request id " + what);
      sendJson(
          ex, 400, errorJson("Invalid request ID " + id + " (" + what + ")", "InvalidRequestID"));
      return;
    }
    long max = maxResponseBytes;
    if (!error && max > 0 && body.length > max) {
      String message =
          "Response payload size exceeded maximum allowed payload size (" + max + " bytes).";
      tolerated.put(
          id, "response too large"); // the runtime client then posts /error for the same id
      p.future.complete(
          new InvocationResult(
              id,
              true,
              errorJson(message, "Function.ResponseSizeTooLarge").getBytes(StandardCharsets.UTF_8),
              "Function.ResponseSizeTooLarge",
              null,
              p.deadlineEpochMillis,
              p.queuedAtNanos,
              p.fetchedAtNanos,
              now));
      sendJson(ex, 413, errorJson(message, "RequestEntityTooLarge"));
      return;
    }
    Headers rh = ex.getRequestHeaders();
    InvocationResult result =
        new InvocationResult(
            id,
            error,
            body,
            error ? rh.getFirst("Lambda-Runtime-Function-Error-Type") : null,
            error ? rh.getFirst("Lambda-Runtime-Function-XRay-Error-Cause") : null,
            p.deadlineEpochMillis,
            p.queuedAtNanos,
            p.fetchedAtNanos,
            now);
    p.future.complete(
        result); // false if it timed out meanwhile: the answer is accepted and dropped
    sendJson(ex, 202, "{\"status\":\"OK\"}");
  }

  private void handleInitError(HttpExchange ex, String path) throws IOException {
    byte[] body = readBody(ex);
    InitError ie =
        new InitError(
            path,
            ex.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"),
            new String(body, StandardCharsets.UTF_8),
            System.nanoTime());
    synchronized (initErrors) {
      initErrors.add(ie);
      initErrors.notifyAll();
    }
    sendJson(ex, 202, "{\"status\":\"OK\"}");
    failAll("the runtime reported an init error: " + ie.errorType() + " " + ie.body());
  }

  private static byte[] readBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  private static void drain(HttpExchange ex) throws IOException {
    readBody(ex);
  }

  private static void sendJson(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(bytes);
    }
  }

  private static String errorJson(String message, String type) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("errorMessage", message);
    error.put("errorType", type);
    return Json.write(error);
  }

  private static final class Pending {
    final Invocation invocation;
    final long queuedAtNanos;
    final CompletableFuture<InvocationResult> future = new CompletableFuture<>();
    volatile boolean fetched;
    volatile long fetchedAtNanos;
    volatile long deadlineEpochMillis;

    Pending(Invocation invocation, long queuedAtNanos) {
      this.invocation = invocation;
      this.queuedAtNanos = queuedAtNanos;
    }
  }
}
