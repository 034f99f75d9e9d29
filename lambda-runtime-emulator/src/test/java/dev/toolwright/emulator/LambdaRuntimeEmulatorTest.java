package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's Runtime API, driven by a fake runtime built on {@link HttpClient}. */
class LambdaRuntimeEmulatorTest {

  static final Duration WAIT = Duration.ofSeconds(10);

  LambdaRuntimeEmulator emulator;
  HttpClient http;

  @BeforeEach
  void start() {
    emulator = new LambdaRuntimeEmulator();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  URI uri(String path) {
    return URI.create(
        "http://" + emulator.runtimeApiAddress() + LambdaRuntimeEmulator.API_PREFIX + path);
  }

  CompletableFuture<HttpResponse<byte[]>> next() {
    return http.sendAsync(
        HttpRequest.newBuilder(uri("invocation/next")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Starts a poll and waits until the emulator is holding it. */
  CompletableFuture<HttpResponse<byte[]>> heldPoll() throws InterruptedException {
    int before = emulator.activePolls();
    CompletableFuture<HttpResponse<byte[]>> poll = next();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (emulator.activePolls() <= before) {
      assertTrue(System.nanoTime() < deadline, "the poll never reached the emulator");
      Thread.sleep(5);
    }
    return poll;
  }

  HttpResponse<String> post(String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void addressIsLoopbackWithEphemeralPort() {
    assertTrue(emulator.runtimeApiAddress().startsWith("127.0.0.1:"), emulator.runtimeApiAddress());
    assertTrue(emulator.port() > 0);
  }

  @Test
  void nextDeliversTheInvocationWithAllHeaders() throws Exception {
    Invocation inv =
        Invocation.builder()
            .event("{\"a\":1}")
            .clientContextCustom(Map.of("bedrockAgentCoreToolName", "t___x"))
            .timeout(Duration.ofSeconds(7))
            .requestId("req-1")
            .functionArn("arn:aws:lambda:eu-west-1:111122223333:function:f:live")
            .build();
    CompletableFuture<InvocationResult> answer = emulator.submit(inv);
    long before = System.currentTimeMillis();
    HttpResponse<byte[]> r = next().get(10, TimeUnit.SECONDS);
    long after = System.currentTimeMillis();

    assertEquals(200, r.statusCode());
    assertEquals("{\"a\":1}", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("req-1", r.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow());
    assertEquals(
        inv.functionArn(),
        r.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
    assertEquals(inv.traceId(), r.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow());
    assertEquals(
        "{\"custom\":{\"bedrockAgentCoreToolName\":\"t___x\"},\"env\":{},\"client\":null}",
        r.headers().firstValue("Lambda-Runtime-Client-Context").orElseThrow());
    long deadline =
        Long.parseLong(r.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
    assertTrue(deadline >= before + 7000 && deadline <= after + 7000, "deadline " + deadline);
    assertFalse(answer.isDone());

    assertEquals(202, post("invocation/req-1/response", "{\"ok\":true}").statusCode());
    InvocationResult result = answer.get(10, TimeUnit.SECONDS);
    assertTrue(result.isResponse());
    assertEquals("{\"ok\":true}", result.bodyAsString());
    assertEquals(deadline, result.deadlineEpochMillis());
    assertEquals(0, emulator.pendingCount());
    assertEquals(List.of(), emulator.protocolErrors());
  }

  @Test
  void traceIdAlwaysSentAndClientContextOnlyWhenSet() throws Exception {
    emulator.submit(Invocation.of("{}"));
    HttpResponse<byte[]> r = next().get(10, TimeUnit.SECONDS);
    assertFalse(r.headers().firstValue("Lambda-Runtime-Client-Context").isPresent());
    assertTrue(
        r.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow().startsWith("Root=1-"));
    assertThrows(IllegalArgumentException.class, () -> Invocation.builder().traceId(""));
  }

  @Test
  void rawClientContextGoesOnTheWireAsUtf8() throws Exception {
    String raw = "{\"custom\":{\"k\":\"h\u00e9\u2603\"}}";
    emulator.submit(Invocation.builder().rawClientContext(raw).build());
    HttpResponse<byte[]> r = next().get(10, TimeUnit.SECONDS);
    String header = r.headers().firstValue("Lambda-Runtime-Client-Context").orElseThrow();
    // HttpClient decodes header bytes as ISO-8859-1
    assertEquals(
        raw, new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    assertThrows(
        IllegalArgumentException.class,
        () -> Invocation.builder().rawClientContext("a\r\nX-Evil: 1"));
  }

  @Test
  void errorEndpointRecordsTypeAndBody() throws Exception {
    CompletableFuture<InvocationResult> answer =
        emulator.submit(Invocation.builder().requestId("e1").build());
    next().get(10, TimeUnit.SECONDS);
    assertEquals(
        202,
        post(
                "invocation/e1/error",
                "{\"errorMessage\":\"boom\"}",
                "Lambda-Runtime-Function-Error-Type",
                "Runtime.UserException")
            .statusCode());
    InvocationResult result = answer.get(10, TimeUnit.SECONDS);
    assertTrue(result.isError());
    assertEquals("Runtime.UserException", result.errorType());
    assertEquals("{\"errorMessage\":\"boom\"}", result.bodyAsString());
  }

  @Test
  void invokeTimesOutWhenNobodyPollsAndWithdrawsTheInvocation() throws Exception {
    LambdaEmulatorException e =
        assertThrows(
            LambdaEmulatorException.class,
            () ->
                emulator.invoke(
                    Invocation.builder().requestId("lost").build(), Duration.ofMillis(200)));
    assertTrue(e.getMessage().contains("never fetched"), e.getMessage());
    assertTrue(e.getMessage().contains("no runtime is polling"), e.getMessage());
    assertEquals(0, emulator.pendingCount());

    CompletableFuture<HttpResponse<byte[]>> poll = next();
    emulator.submit(Invocation.builder().requestId("found").build());
    assertEquals(
        "found",
        poll.get(10, TimeUnit.SECONDS)
            .headers()
            .firstValue("Lambda-Runtime-Aws-Request-Id")
            .orElseThrow());
  }

  @Test
  void invokeTimesOutAfterFetchAndToleratesTheLateAnswer() throws Exception {
    CompletableFuture<HttpResponse<byte[]>> poll = heldPoll();
    LambdaEmulatorException e =
        assertThrows(
            LambdaEmulatorException.class,
            () ->
                emulator.invoke(
                    Invocation.builder().requestId("slow").build(), Duration.ofMillis(500)));
    assertTrue(e.getMessage().contains("fetched it"), e.getMessage());
    assertEquals(200, poll.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(202, post("invocation/slow/response", "{}").statusCode());
    assertEquals(List.of(), emulator.protocolErrors());
  }

  @Test
  void unknownRequestIdAndUnknownEndpointAreProtocolErrors() throws Exception {
    assertEquals(400, post("invocation/nope/response", "{}").statusCode());
    assertEquals(404, post("whatever", "{}").statusCode());
    assertEquals(405, post("invocation/next", "{}").statusCode());
    assertEquals(3, emulator.protocolErrors().size(), emulator.protocolErrors()::toString);
  }

  @Test
  void duplicatePendingRequestIdIsRejected() {
    emulator.submit(Invocation.builder().requestId("dup").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> emulator.submit(Invocation.builder().requestId("dup").build()));
  }

  @Test
  void abortPendingEndsPollsAndFailsInvocations() throws Exception {
    CompletableFuture<HttpResponse<byte[]>> poll = heldPoll();
    emulator.abortPending("runtime gone");
    assertEquals(500, poll.get(10, TimeUnit.SECONDS).statusCode());

    CompletableFuture<InvocationResult> answer = emulator.submit(Invocation.of("{}"));
    emulator.abortPending("runtime gone again");
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause().getMessage().contains("runtime gone again"), e.getCause().getMessage());

    // later invocations go to the next poll
    CompletableFuture<InvocationResult> later =
        emulator.submit(Invocation.builder().requestId("later").build());
    assertEquals(200, next().get(10, TimeUnit.SECONDS).statusCode());
    post("invocation/later/response", "{}");
    assertTrue(later.get(10, TimeUnit.SECONDS).isResponse());
  }

  @Test
  void initErrorIsRecordedAndFailsPendingInvocations() throws Exception {
    assertTrue(emulator.initError().isEmpty());
    CompletableFuture<InvocationResult> answer = emulator.submit(Invocation.of("{}"));
    assertEquals(
        202,
        post(
                "init/error",
                "{\"errorMessage\":\"bad\"}",
                "Lambda-Runtime-Function-Error-Type",
                "Runtime.BadFunctionCode")
            .statusCode());
    InitError ie = emulator.awaitInitError(WAIT);
    assertEquals("Runtime.BadFunctionCode", ie.errorType());
    assertEquals("{\"errorMessage\":\"bad\"}", ie.body());
    assertEquals("/2018-06-01/runtime/init/error", ie.path());
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
    assertTrue(
        e.getCause().getMessage().contains("Runtime.BadFunctionCode"), e.getCause().getMessage());
    emulator.clearInitErrors();
    assertTrue(emulator.initError().isEmpty());
    assertThrows(
        LambdaEmulatorException.class, () -> emulator.awaitInitError(Duration.ofMillis(50)));
  }

  @Test
  void restoreNextAnswersAtOnce() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("restore/next")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
  }

  @Test
  void tooLargeResponseIsRefusedAndTheFollowingErrorTolerated() throws Exception {
    emulator.maxResponseBytes(10);
    CompletableFuture<InvocationResult> answer =
        emulator.submit(Invocation.builder().requestId("big").build());
    next().get(10, TimeUnit.SECONDS);
    assertEquals(413, post("invocation/big/response", "12345678901").statusCode());
    InvocationResult r = answer.get(10, TimeUnit.SECONDS);
    assertTrue(r.isError());
    assertEquals("Function.ResponseSizeTooLarge", r.errorType());
    assertEquals(
        202,
        post(
                "invocation/big/error",
                "{}",
                "Lambda-Runtime-Function-Error-Type",
                "Runtime.UserException")
            .statusCode());
    assertEquals(List.of(), emulator.protocolErrors());
  }

  @Test
  void closeFailsPendingAndRejectsNewInvocations() throws Exception {
    CompletableFuture<InvocationResult> answer = emulator.submit(Invocation.of("{}"));
    emulator.close();
    assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
    assertThrows(LambdaEmulatorException.class, () -> emulator.submit(Invocation.of("{}")));
    emulator.close(); // idempotent
  }

  @Test
  void manyPollersAndInvokersConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<?>> pollers = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        pollers.add(
            pool.submit(
                () -> {
                  while (true) {
                    HttpResponse<byte[]> r;
                    try {
                      r = next().get();
                    } catch (ExecutionException closed) {
                      return null;
                    }
                    if (r.statusCode() != 200) {
                      return null;
                    }
                    String id =
                        r.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
                    try {
                      post(
                          "invocation/" + id + "/response",
                          "echo:" + new String(r.body(), StandardCharsets.UTF_8));
                    } catch (IOException closedBeforeThe202) {
                      return null; // close() may cut the last answer's reply; the invokers check
                      // the rest
                    }
                  }
                }));
      }
      List<Future<?>> invokers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        invokers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    String event = "{\"t\":" + thread + ",\"i\":" + i + "}";
                    Invocation inv = Invocation.of(event);
                    InvocationResult r = emulator.invoke(inv, WAIT);
                    assertEquals(inv.requestId(), r.requestId());
                    assertEquals("echo:" + event, r.bodyAsString());
                  }
                  return null;
                }));
      }
      for (Future<?> f : invokers) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(0, emulator.pendingCount());
      assertEquals(List.of(), emulator.protocolErrors());
      emulator.close();
      for (Future<?> f : pollers) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invocationDefaults() {
    Invocation inv = Invocation.builder().build();
    assertEquals("{}", new String(inv.event(), StandardCharsets.UTF_8));
    assertEquals(Duration.ofSeconds(30), inv.timeout());
    assertNull(inv.clientContext());
    assertEquals(36, inv.requestId().length());
    assertTrue(
        inv.traceId().matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0"),
        inv.traceId());
    assertThrows(IllegalArgumentException.class, () -> Invocation.builder().requestId("a/b"));
    assertThrows(IllegalArgumentException.class, () -> Invocation.builder().timeout(Duration.ZERO));
  }
}
