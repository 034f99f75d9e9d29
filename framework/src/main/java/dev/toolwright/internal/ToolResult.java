package dev.toolwright.internal;

import dev.toolwright.gateway.LambdaAnswers;

/**
 * A tool's return value as the agent receives it. Records, POJOs and maps are sent as they are;
 * everything else is wrapped as {@code {"result": value}} so the answer is always a JSON object
 * (which the gateway's {@code outputSchema} requires); {@code void} sends {@code {}}. Used by
 * generated code; not API.
 */
public final class ToolResult {

  /** The answer of a {@code void} tool. */
  public static final ToolResult VOID = new ToolResult(null);

  /** The property a non-object result is wrapped in. */
  public static final String RESULT_PROPERTY = LambdaAnswers.RESULT;

  private final Object value;

  private ToolResult(Object value) {
    this.value = value;
  }

  /** Wraps a value that is not a JSON object. */
  public static ToolResult wrap(Object value) {
    return new ToolResult(value);
  }

  Object value() {
    return value;
  }
}
