package dev.toolwright;

import dev.toolwright.internal.LogLevel;
import dev.toolwright.internal.Telemetry;
import java.util.Map;

/**
 * Log lines from inside a tool, written like the handler's own: one JSON line (or one text line,
 * when the function's log format is text) with the level, the message, the fields of the invocation
 * the tool is serving (tool, target, Lambda and gateway request ids, X-Ray trace id, cold start)
 * and any fields given here.
 *
 * <pre>{@code
 * ToolLog.info("Order looked up", Map.of("orderId", orderId, "items", order.items().size()));
 * ToolLog.warn("Inventory service slow, using the cache", e);
 * }</pre>
 *
 * <p>Lines below the function's log level ({@code TOOLWRIGHT_LOG_LEVEL}, else {@code
 * POWERTOOLS_LOG_LEVEL}, else Lambda's {@code AWS_LAMBDA_LOG_LEVEL}, else {@code INFO}) are
 * dropped. Fields whose names are the handler's own ({@code level}, {@code message}, {@code tool},
 * {@code function_request_id}, ...; see docs/logs-and-metrics.md) are ignored; values are written
 * as Jackson writes them. Safe to call from any thread; outside an invocation the lines carry no
 * invocation fields.
 */
public final class ToolLog {

  private ToolLog() {}

  /** Whether {@code debug} lines are written. */
  public static boolean isDebugEnabled() {
    return Telemetry.isEnabled(LogLevel.DEBUG);
  }

  public static void debug(String message) {
    Telemetry.toolLog(LogLevel.DEBUG, message, null, null);
  }

  public static void debug(String message, Map<String, ?> fields) {
    Telemetry.toolLog(LogLevel.DEBUG, message, fields, null);
  }

  public static void info(String message) {
    Telemetry.toolLog(LogLevel.INFO, message, null, null);
  }

  public static void info(String message, Map<String, ?> fields) {
    Telemetry.toolLog(LogLevel.INFO, message, fields, null);
  }

  public static void warn(String message) {
    Telemetry.toolLog(LogLevel.WARN, message, null, null);
  }

  public static void warn(String message, Map<String, ?> fields) {
    Telemetry.toolLog(LogLevel.WARN, message, fields, null);
  }

  /**
   * A warning with an exception, logged as Powertools' {@code error} object (name, message, stack).
   */
  public static void warn(String message, Throwable error) {
    Telemetry.toolLog(LogLevel.WARN, message, null, error);
  }

  public static void error(String message) {
    Telemetry.toolLog(LogLevel.ERROR, message, null, null);
  }

  public static void error(String message, Map<String, ?> fields) {
    Telemetry.toolLog(LogLevel.ERROR, message, fields, null);
  }

  /**
   * An error with an exception, logged as Powertools' {@code error} object (name, message, stack).
   */
  public static void error(String message, Throwable error) {
    Telemetry.toolLog(LogLevel.ERROR, message, null, error);
  }
}
