package dev.toolwright;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.internal.Redaction;

/**
 * Decides what of a call's arguments goes into the invocation's log line. Arguments are logged only
 * when the function's environment sets {@code TOOLWRIGHT_LOG_ARGUMENTS=true}: they may hold
 * personal data, so the default is off.
 *
 * <p>Before a redactor runs, the value of every property whose name contains {@code password},
 * {@code passwd}, {@code secret}, {@code token}, {@code authorization}, {@code apikey}, {@code
 * credential}, {@code cookie} or {@code privatekey} (ignoring case, {@code _} and {@code -}; at any
 * depth) is already replaced by {@value #MASK}. Register a redactor in the handler's constructor:
 *
 * <pre>{@code
 * public WeatherHandler() {
 *   super(new WeatherTools_ToolDispatcher(new WeatherTools()));
 *   setArgumentRedactor(ArgumentRedactor.maskingKeys("email", "phone"));
 * }
 * }</pre>
 *
 * A redactor that throws logs no arguments for that call.
 */
@FunctionalInterface
public interface ArgumentRedactor {

  /** What a masked value is replaced by. */
  String MASK = "***";

  /**
   * Returns what to log of one call's arguments.
   *
   * @param tool the tool's name, without the target prefix
   * @param arguments a private copy of the arguments as the agent sent them (secret-looking keys
   *     already masked), free to change
   * @return the JSON to log, typically {@code arguments} after changing it; null to log none
   */
  JsonNode redact(String tool, ObjectNode arguments);

  /**
   * A redactor that also masks every property whose name contains one of {@code nameParts}
   * (compared as for the built-in list: ignoring case, {@code _} and {@code -}), at any depth.
   */
  static ArgumentRedactor maskingKeys(String... nameParts) {
    String[] parts = Redaction.normalise(nameParts);
    return (tool, arguments) -> {
      Redaction.mask(arguments, parts);
      return arguments;
    };
  }
}
