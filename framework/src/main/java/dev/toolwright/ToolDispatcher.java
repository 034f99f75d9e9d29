package dev.toolwright;

import dev.toolwright.internal.Primer;
import dev.toolwright.internal.ToolArguments;
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
   * Validates the arguments against the tool's parameters, calls the tool and returns its
   * result. Generated code; not meant to be called directly.
   *
   * @throws Exception whatever the tool method throws
   */
  Object dispatch(String toolName, ToolArguments arguments) throws Exception;

  /**
   * Reads synthetic arguments for the tool as {@link #dispatch} would and prepares the writer of
   * its result, without calling the tool: the JSON work of a first call, done during INIT (see
   * the README's "Cold starts"). Generated code; not meant to be called directly.
   *
   * @throws Exception when the synthetic arguments cannot be read; priming then skips the tool
   */
  default void prime(String toolName, Primer primer) throws Exception {
    // dispatchers written by hand have nothing to prime
  }
}
