package dev.toolwright.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One synchronous (RequestResponse) invocation to hand to the runtime through {@link
 * LambdaRuntimeEmulator#invoke(Invocation, Duration)}. Immutable; build it with {@link #builder()}
 * or {@link #of(String)}.
 *
 * <p>Defaults: event {@code {}}, no client context, timeout 30 s, a random UUID request id, {@link
 * #DEFAULT_FUNCTION_ARN} and a freshly generated X-Ray trace header (the emulator always sends
 * {@code Lambda-Runtime-Trace-Id}: without it runtime interface client 2.9.0 crashes the JVM).
 */
public final class Invocation {

  /**
   * The invoked-function ARN sent when none is set; matches {@link LambdaProcess}'s default
   * function name.
   */
  public static final String DEFAULT_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:" + LambdaProcess.DEFAULT_FUNCTION_NAME;

  /** The function timeout used when none is set. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final byte[] event;
  private final String clientContext;
  private final Duration timeout;
  private final String requestId;
  private final String functionArn;
  private final String traceId;

  private Invocation(Builder b) {
    this.event = b.event.clone();
    this.clientContext = b.clientContext;
    this.timeout = b.timeout;
    this.requestId = b.requestId != null ? b.requestId : UUID.randomUUID().toString();
    this.functionArn = b.functionArn;
    this.traceId = b.traceId != null ? b.traceId : newTraceId();
  }

  /** An invocation with the given event (UTF-8 JSON) and all other values at their defaults. */
  public static Invocation of(String event) {
    return builder().event(event).build();
  }

  /** A new builder with the defaults described on this class. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event bytes sent as the body of {@code /invocation/next} (a copy). */
  public byte[] event() {
    return event.clone();
  }

  byte[] eventNoCopy() {
    return event;
  }

  /**
   * The exact {@code Lambda-Runtime-Client-Context} header value, or {@code null} when none is
   * sent.
   */
  public String clientContext() {
    return clientContext;
  }

  /**
   * The function timeout; the deadline is the moment the runtime fetches the invocation plus this.
   */
  public Duration timeout() {
    return timeout;
  }

  /** The request id ({@code Lambda-Runtime-Aws-Request-Id}). */
  public String requestId() {
    return requestId;
  }

  /** The invoked-function ARN ({@code Lambda-Runtime-Invoked-Function-Arn}). */
  public String functionArn() {
    return functionArn;
  }

  /** The X-Ray trace header value ({@code Lambda-Runtime-Trace-Id}); never empty. */
  public String traceId() {
    return traceId;
  }

  @Override
  public String toString() {
    return "Invocation[requestId="
        + requestId
        + ", eventBytes="
        + event.length
        + ", clientContext="
        + (clientContext == null ? "none" : clientContext.length() + " chars")
        + ", timeout="
        + timeout
        + "]";
  }

  /**
   * The client-context JSON the Lambda service sends for an invoke whose client context has only
   * {@code custom} values: {@code {"custom":{...},"env":{},"client":null}}. Non-ASCII characters
   * are {@code \\u}-escaped, so the header is plain ASCII.
   */
  public static String clientContextJson(Map<String, String> custom) {
    Objects.requireNonNull(custom, "custom");
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("custom", custom);
    context.put("env", Map.of());
    context.put("client", null);
    return Json.write(context);
  }

  /**
   * A new random X-Ray trace header of the form {@code Root=1-<8 hex>-<24 hex>;Parent=<16
   * hex>;Sampled=0}.
   */
  public static String newTraceId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format(
        "Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0",
        System.currentTimeMillis() / 1000,
        r.nextLong() & 0xffffffffffffL,
        r.nextLong() & 0xffffffffffffL,
        r.nextLong());
  }

  private static String checkHeaderValue(String what, String value, boolean allowEmpty) {
    Objects.requireNonNull(value, what);
    if (!allowEmpty && value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException(
            what + " must not contain CR or LF (it is sent as an HTTP header)");
      }
    }
    return value;
  }

  /** Fluent builder for {@link Invocation}. Not thread-safe. */
  public static final class Builder {
    private byte[] event = "{}".getBytes(StandardCharsets.UTF_8);
    private String clientContext;
    private Duration timeout = DEFAULT_TIMEOUT;
    private String requestId;
    private String functionArn = DEFAULT_FUNCTION_ARN;
    private String traceId;

    private Builder() {}

    /** The event as UTF-8 text (normally JSON). */
    public Builder event(String event) {
      this.event = Objects.requireNonNull(event, "event").getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** The event as raw bytes, sent unchanged. */
    public Builder event(byte[] event) {
      this.event = Objects.requireNonNull(event, "event").clone();
      return this;
    }

    /**
     * Sends a client context whose {@code custom} map is {@code custom}, serialized as {@link
     * #clientContextJson(Map)}. Arrives in the handler as {@code getClientContext().getCustom()}.
     */
    public Builder clientContextCustom(Map<String, String> custom) {
      this.clientContext = clientContextJson(new LinkedHashMap<>(custom));
      return this;
    }

    /**
     * Sends {@code raw} verbatim as the {@code Lambda-Runtime-Client-Context} header (for hostile
     * tests: invalid JSON, non-string values...). Its UTF-8 bytes go on the wire unchanged; CR and
     * LF are rejected. {@code null} removes the client context.
     */
    public Builder rawClientContext(String raw) {
      this.clientContext = raw == null ? null : checkHeaderValue("client context", raw, true);
      return this;
    }

    /** The function timeout (default 30 s); must be positive. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The request id (default: a random UUID). It must be unique among pending invocations. */
    public Builder requestId(String requestId) {
      checkHeaderValue("request id", requestId, false);
      for (int i = 0; i < requestId.length(); i++) {
        char c = requestId.charAt(i);
        if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '%' || c > '~') {
          throw new IllegalArgumentException(
              "request id must be printable ASCII without '/', '?', '#', '%' or spaces: "
                  + requestId);
        }
      }
      this.requestId = requestId;
      return this;
    }

    /** The invoked-function ARN (default {@link #DEFAULT_FUNCTION_ARN}). */
    public Builder functionArn(String functionArn) {
      this.functionArn = checkHeaderValue("function ARN", functionArn, false);
      return this;
    }

    /** The X-Ray trace header (default: {@link #newTraceId()}); must not be empty. */
    public Builder traceId(String traceId) {
      this.traceId = checkHeaderValue("trace id", traceId, false);
      return this;
    }

    /** Builds the invocation. */
    public Invocation build() {
      return new Invocation(this);
    }
  }
}
