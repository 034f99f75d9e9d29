package dev.toolwright;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.ToolEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The Lambda handler that serves tools to an AgentCore Gateway. Extend it with a no-argument
 * constructor that passes the generated dispatchers, and name that class as the function's handler:
 *
 * <pre>{@code
 * public final class WeatherHandler extends ToolHandler {
 *   public WeatherHandler() {
 *     super(new WeatherTools_ToolDispatcher(new WeatherTools()));
 *   }
 * }
 * }</pre>
 *
 * <p>Per request it reads the tool name from the client context ({@code bedrockAgentCoreToolName},
 * {@code <target>___<tool>}), binds the event (the bare arguments object) to the method's
 * parameters and writes the result as JSON. Errors come back as a JSON object the agent can read
 * (see docs/response-contract.md); nothing a caller sends escapes as an exception.
 *
 * <p>Every invocation writes one structured log line (tool, outcome, duration, cold start, Lambda
 * and gateway request ids, X-Ray trace id; Powertools' field names) and one CloudWatch Embedded
 * Metric Format document to standard output; tools add their own lines with {@link ToolLog}.
 * Environment variables configure both (see docs/logs-and-metrics.md).
 *
 * <p>Under SnapStart and provisioned concurrency the constructor also primes every tool: it reads
 * synthetic arguments and builds the result writers without calling the tools, so the first real
 * call does not pay Jackson's first-use costs ({@code TOOLWRIGHT_PRIMING=on|off} overrides).
 */
public class ToolHandler implements RequestStreamHandler {

  private final ToolEngine engine;

  /** Serves the tools of the given dispatchers; tool names must be unique across them. */
  public ToolHandler(ToolDispatcher... dispatchers) {
    this(Arrays.asList(dispatchers));
  }

  /** Serves the tools of the given dispatchers; tool names must be unique across them. */
  public ToolHandler(List<ToolDispatcher> dispatchers) {
    List<ToolDispatcher> list = List.copyOf(dispatchers);
    JsonSupport json = new JsonSupport();
    this.engine = new ToolEngine(list, json, ToolEngine.timeoutMarginFromEnvironment());
    if (Primer.enabled(System.getenv())) {
      long start = System.nanoTime();
      int primed = Primer.prime(list, json);
      engine.primeRequestPath();
      int sampled = engine.primeSampleCalls();
      long millis = (System.nanoTime() - start) / 1_000_000;
      StringBuilder line =
          new StringBuilder("Primed ")
              .append(primed)
              .append(" of ")
              .append(engine.toolNames().size())
              .append(" tools in ")
              .append(millis)
              .append(" ms");
      if (sampled > 0) {
        line.append(", ").append(sampled).append(" with a sample call");
      }
      engine.telemetry().info(line.toString());
    }
  }

  /**
   * Sets what is logged of each call's arguments when the function's environment sets {@code
   * TOOLWRIGHT_LOG_ARGUMENTS=true} (off by default: arguments may hold personal data).
   * Secret-looking properties are masked before the redactor runs (see {@link ArgumentRedactor});
   * call this in the handler's constructor.
   */
  protected final void setArgumentRedactor(ArgumentRedactor redactor) {
    engine.telemetry().argumentRedactor(redactor);
  }

  /** The tool names this handler serves, sorted. */
  public final List<String> toolNames() {
    return engine.toolNames();
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    engine.handle(input, output, context);
  }
}
