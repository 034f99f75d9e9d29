package dev.toolwright.gateway;

/** Size and count limits of the gateway and of Lambda (service quotas; adjustable ones say so). */
public final class GatewayLimits {

  /**
   * The inline tool schema ({@code toolSchema.inlinePayload}): "1 MB" in the service quotas, which
   * do not say which megabyte. Counted as 1,000,000 bytes of compact JSON, the smaller reading, so
   * a schema that passes here passes there either way.
   */
  public static final int MAX_INLINE_SCHEMA_BYTES = 1_000_000;

  /** Tools per target (service quotas, adjustable). */
  public static final int MAX_TOOLS_PER_TARGET = 1_000;

  /** Targets per gateway (service quotas, adjustable). */
  public static final int MAX_TARGETS_PER_GATEWAY = 100;

  /** Request and response of a synchronous Lambda invocation: 6 MB (Lambda quotas). */
  public static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

  /** The Lambda client context the gateway sends: at most 3,583 bytes (Lambda Invoke API). */
  public static final int MAX_CLIENT_CONTEXT_BYTES = 3_583;

  /**
   * Request headers or query parameters a target may allow-list for propagation: 1–10 each (API
   * model).
   */
  public static final int MAX_PROPAGATED_NAMES = 10;

  private GatewayLimits() {}
}
