package dev.toolwright;

import dev.toolwright.internal.JsonOut;
import dev.toolwright.internal.Primer;
import dev.toolwright.internal.ToolArguments;
import java.io.IOException;
import java.util.List;

/**
 * Calls the {@link Tool} methods of one class by tool name. Implementations are generated at
 * compile time as {@code <Class>_ToolDispatcher}; pass them to a {@link ToolHandler}.
 */
public interface ToolDispatcher {

  /** The binary name of the class whose tools this dispatcher calls. */
  String toolClassName();

  /** The tool names this dispatcher serves, sorted. */
  List<String> toolNames();

  /**
   * Validates the arguments against the tool's parameters, calls the tool and returns its result.
   * Generated code; not meant to be called directly.
   *
   * @throws Exception whatever the tool method throws
   */
  Object dispatch(String toolName, ToolArguments arguments) throws Exception;

  /**
   * Reads synthetic arguments for the tool as {@link #dispatch} would and prepares the writer of
   * its result, without calling the tool: the JSON work of a first call, done during INIT (see
   * docs/cold-starts-and-benchmarks.md). Generated code; not meant to be called directly.
   *
   * @throws Exception when the synthetic arguments cannot be read; priming then skips the tool
   */
  default void prime(String toolName, Primer primer) throws Exception {
    // dispatchers written by hand have nothing to prime
  }

  /**
   * Writes what {@link #dispatch} returned for the tool (a {@code ToolResult}'s value unwrapped,
   * never null) as JSON; false when this dispatcher has no writer for it, and the runtime writes it
   * with Jackson instead. Generated code; not meant to be called directly.
   *
   * @throws IOException when the value cannot be written
   */
  default boolean writeResult(String toolName, Object result, JsonOut out) throws IOException {
    return false;
  }

  /**
   * The version of the runtime interface a generated dispatcher was written for (see
   * docs/cold-starts-and-benchmarks.md); 0 for a dispatcher written by hand. The handler refuses to
   * start with a dispatcher of another version. Generated code; not meant to be called directly.
   */
  default int abiVersion() {
    return 0;
  }

  /**
   * The arguments of the tool's sample call while the handler primes ({@code @Tool(primeWith)}), or
   * null for none. Generated code; not meant to be called directly.
   */
  default String primingArguments(String toolName) {
    return null;
  }
}
