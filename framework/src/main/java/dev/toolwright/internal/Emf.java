package dev.toolwright.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of one invocation as a CloudWatch Embedded Metric Format document: one JSON line that
 * CloudWatch Logs turns into metrics, with no AWS call from the function. Not API.
 *
 * <pre>{@code
 * {"_aws":{"Timestamp":1764000000123,"CloudWatchMetrics":[{"Namespace":"Toolwright",
 *   "Dimensions":[["Service","Tool"]],"Metrics":[{"Name":"Invocations","Unit":"Count"},...]}]},
 *  "Service":"tools","Tool":"echo","Invocations":1,"AgentErrors":0,"Failures":0,"Duration":1.234,
 *  "function_request_id":"..."}
 * }</pre>
 */
final class Emf {

  static final String INVOCATIONS = "Invocations";
  static final String AGENT_ERRORS = "AgentErrors";
  static final String FAILURES = "Failures";
  static final String DURATION = "Duration";
  static final String COLD_START = "ColdStart";

  static final String SERVICE = "Service";
  static final String TOOL = "Tool";
  static final String TARGET = "Target";
  static final String FUNCTION_NAME = "FunctionName";
  static final String DEFAULT_DIMENSIONS = SERVICE + "," + TOOL;

  /** The Tool dimension of a call whose tool this Lambda does not serve. */
  static final String UNKNOWN_TOOL = "unknown";

  /** A dimension without a value (no tool name, no target). */
  static final String NONE = "none";

  /** EMF allows at most 30 dimensions in a set. */
  private static final int MAX_DIMENSIONS = 30;

  final String namespace;
  private final String[] names;

  /** What was wrong with the dimension setting, for one warning. */
  final List<String> problems = new ArrayList<>();

  /** Per dimension: {@code ,"Name":"value"} of a fixed one, else null. */
  private final byte[][] fixedFields;

  /** Per dimension: {@code ,"Name":}. */
  private final byte[][] nameFields;

  /** Per dimension filled in per invocation: which value ({@link #value}). */
  private final int[] kinds;

  private final byte[] warmDefinitions;
  private final byte[] coldDefinitions;

  private static final byte[] HEAD = LogBuffer.bytes("{\"_aws\":{\"Timestamp\":");
  private static final byte[] AGENT_ERRORS_FIELD =
      LogBuffer.bytes(",\"" + INVOCATIONS + "\":1,\"" + AGENT_ERRORS + "\":");
  private static final byte[] FAILURES_FIELD = LogBuffer.bytes(",\"" + FAILURES + "\":");
  private static final byte[] DURATION_FIELD = LogBuffer.bytes(",\"" + DURATION + "\":");
  private static final byte[] COLD_START_FIELD = LogBuffer.bytes(",\"" + COLD_START + "\":1");
  private static final byte[] REQUEST_ID_FIELD =
      LogBuffer.bytes(",\"" + Telemetry.FUNCTION_REQUEST_ID + "\":");

  Emf(String namespace, String dimensionSpec) {
    this.namespace = namespace;
    List<String> n = new ArrayList<>();
    List<String> v = new ArrayList<>();
    String spec = dimensionSpec == null ? DEFAULT_DIMENSIONS : dimensionSpec;
    int start = 0;
    while (start <= spec.length()) {
      int comma = spec.indexOf(',', start);
      int end = comma < 0 ? spec.length() : comma;
      String item = spec.substring(start, end).trim();
      start = end + 1;
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String name;
      String value = null;
      if (eq >= 0) {
        name = item.substring(0, eq).trim();
        value = item.substring(eq + 1).trim();
        if (name.isEmpty() || value.isEmpty()) {
          problems.add("'" + item + "' needs a name and a value");
          continue;
        }
      } else {
        name = knownDimension(item);
        if (name == null) {
          problems.add(
              "'"
                  + item
                  + "' is not one of "
                  + SERVICE
                  + ", "
                  + TOOL
                  + ", "
                  + TARGET
                  + ", "
                  + FUNCTION_NAME
                  + " or Name=value");
          continue;
        }
      }
      if (n.contains(name)) {
        problems.add("'" + name + "' is named twice");
      } else if (n.size() == MAX_DIMENSIONS) {
        problems.add("more than " + MAX_DIMENSIONS + " dimensions; '" + name + "' left out");
      } else {
        n.add(name);
        v.add(value);
      }
    }
    this.names = n.toArray(new String[0]);
    this.fixedFields = new byte[names.length][];
    this.nameFields = new byte[names.length][];
    this.kinds = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      nameFields[i] = field(names[i], null);
      kinds[i] = kind(names[i]);
      fixedFields[i] = v.get(i) == null ? null : field(names[i], v.get(i));
    }
    this.warmDefinitions = definitions(false);
    this.coldDefinitions = definitions(true);
  }

  private static String knownDimension(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "service":
        return SERVICE;
      case "tool":
        return TOOL;
      case "target":
        return TARGET;
      case "functionname":
        return FUNCTION_NAME;
      default:
        return null;
    }
  }

  /** The dimension names, in order. */
  List<String> dimensionNames() {
    return List.of(names);
  }

  /**
   * Appends the invocation's document and a newline to {@code out}. The parts that depend only on
   * the configuration (namespace, dimension names, metric definitions, fixed dimensions) are
   * written once, in the constructor; per invocation only the values are.
   */
  void document(
      LogBuffer out,
      long timestampMillis,
      String service,
      InvocationLog inv,
      String outcome,
      long durationMicros) {
    out.raw(HEAD).number(timestampMillis).raw(inv.coldStart ? coldDefinitions : warmDefinitions);
    for (int i = 0; i < names.length; i++) {
      if (fixedFields[i] != null) {
        out.raw(fixedFields[i]);
      } else {
        String value = value(kinds[i], service, inv);
        if (value.isEmpty()) {
          out.raw(nameFields[i]).string(value);
        } else {
          out.memoField(Telemetry.SLOT_DIMENSIONS + i, nameFields[i], value);
        }
      }
    }
    out.raw(AGENT_ERRORS_FIELD)
        .raw(isAgentError(outcome) ? (byte) '1' : (byte) '0')
        .raw(FAILURES_FIELD)
        .raw(isFailure(outcome) ? (byte) '1' : (byte) '0')
        .raw(DURATION_FIELD)
        .thousandths(durationMicros);
    if (inv.coldStart) {
      out.raw(COLD_START_FIELD);
    }
    if (inv.requestId != null && !inv.requestId.isEmpty()) {
      out.raw(REQUEST_ID_FIELD).string(inv.requestId);
    }
    out.raw((byte) '}').raw((byte) '\n');
  }

  /** The metric definitions, from {@code "CloudWatchMetrics"} to the end of {@code "_aws"}. */
  private byte[] definitions(boolean coldStart) {
    LogBuffer b = new LogBuffer(512);
    b.raw((byte) ',')
        .name("CloudWatchMetrics")
        .raw((byte) '[')
        .raw((byte) '{')
        .name("Namespace")
        .string(namespace);
    b.raw((byte) ',').name("Dimensions").raw((byte) '[').raw((byte) '[');
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        b.raw((byte) ',');
      }
      b.string(names[i]);
    }
    b.raw((byte) ']').raw((byte) ']').raw((byte) ',').name("Metrics").raw((byte) '[');
    metric(b, INVOCATIONS, "Count").raw((byte) ',');
    metric(b, AGENT_ERRORS, "Count").raw((byte) ',');
    metric(b, FAILURES, "Count").raw((byte) ',');
    metric(b, DURATION, "Milliseconds");
    if (coldStart) {
      metric(b.raw((byte) ','), COLD_START, "Count");
    }
    b.raw((byte) ']').raw((byte) '}').raw((byte) ']').raw((byte) '}');
    return b.copy(0, b.size());
  }

  private static LogBuffer metric(LogBuffer b, String name, String unit) {
    return b.raw((byte) '{')
        .name("Name")
        .string(name)
        .raw((byte) ',')
        .name("Unit")
        .string(unit)
        .raw((byte) '}');
  }

  /** {@code ,"name":} and, with a value, the value. */
  private static byte[] field(String name, String value) {
    LogBuffer b = new LogBuffer(64);
    b.raw((byte) ',').name(name);
    if (value != null) {
      b.string(value);
    }
    return b.copy(0, b.size());
  }

  private static String value(int kind, String service, InvocationLog inv) {
    switch (kind) {
      case 0: // SERVICE
        return service;
      case 1: // TOOL
        return inv.served ? inv.tool : inv.tool == null || inv.tool.isEmpty() ? NONE : UNKNOWN_TOOL;
      case 2: // TARGET
        return inv.target == null || inv.target.isEmpty() ? NONE : inv.target;
      default: // FUNCTION_NAME
        return inv.functionName == null || inv.functionName.isEmpty() ? NONE : inv.functionName;
    }
  }

  /** A known dimension's index in {@link #value}'s switch. */
  private static int kind(String name) {
    switch (name) {
      case SERVICE:
        return 0;
      case TOOL:
        return 1;
      case TARGET:
        return 2;
      default:
        return 3;
    }
  }

  /** A mistake of the caller, or a {@code ToolException}: the agent can act on it. */
  static boolean isAgentError(String outcome) {
    return Responses.INVALID_REQUEST.equals(outcome)
        || Responses.UNKNOWN_TOOL.equals(outcome)
        || Responses.INVALID_ARGUMENTS.equals(outcome)
        || Responses.TOOL_ERROR.equals(outcome);
  }

  /** A failure inside the tool the agent cannot fix: a masked exception or a timeout. */
  static boolean isFailure(String outcome) {
    return Responses.INTERNAL_ERROR.equals(outcome) || Responses.TIMEOUT.equals(outcome);
  }
}
