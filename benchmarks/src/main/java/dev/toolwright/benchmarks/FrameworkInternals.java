package dev.toolwright.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.Telemetry;
import dev.toolwright.internal.ToolEngine;
import java.util.List;
import java.util.Map;

/**
 * Every call the benchmarks make into the framework's {@code dev.toolwright.internal} package, in
 * one place: when the framework's internals change, this class is what follows them. Everything
 * else uses the public API ({@code ToolHandler}, the examples' handler, generated dispatchers).
 */
final class FrameworkInternals {

  private FrameworkInternals() {}

  /**
   * Toolwright's request path with the per-invocation log line and EMF document off ({@code
   * TOOLWRIGHT_LOG_LEVEL=FATAL}, {@code TOOLWRIGHT_METRICS_DISABLED=true}): JMH cannot set a forked
   * JVM's environment, so this builds the engine {@code ToolHandler} wraps with a {@link Telemetry}
   * configured from that environment, and the same dispatchers.
   */
  static RequestStreamHandler engineWithTelemetryOff(List<ToolDispatcher> dispatchers) {
    JsonSupport json = new JsonSupport();
    Telemetry silent =
        Telemetry.fromEnvironment(
            json, Map.of(Telemetry.LOG_LEVEL_ENV, "FATAL", Telemetry.METRICS_DISABLED_ENV, "true"));
    ToolEngine engine =
        new ToolEngine(dispatchers, json, ToolEngine.timeoutMarginFromEnvironment(), silent);
    return engine::handle;
  }
}
