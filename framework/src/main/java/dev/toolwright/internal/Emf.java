package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of one invocation as a CloudWatch Embedded Metric Format document: one JSON line
 * that CloudWatch Logs turns into metrics, with no AWS call from the function. Not API.
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
  /** The value of a fixed {@code Name=value} dimension, null for one filled in per invocation. */
  private final String[] fixedValues;
  /** What was wrong with the dimension setting, for one warning. */
  final List<String> problems = new ArrayList<>();

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
          problems.add("'" + item + "' is not one of " + SERVICE + ", " + TOOL + ", " + TARGET + ", " + FUNCTION_NAME
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
    this.fixedValues = v.toArray(new String[0]);
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

  byte[] document(JsonSupport json, long timestampMillis, String service, InvocationLog inv, String outcome,
      BigDecimal durationMs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = json.generator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("_aws");
      g.writeNumberField("Timestamp", timestampMillis);
      g.writeArrayFieldStart("CloudWatchMetrics");
      g.writeStartObject();
      g.writeStringField("Namespace", namespace);
      g.writeArrayFieldStart("Dimensions");
      g.writeStartArray();
      for (String name : names) {
        g.writeString(name);
      }
      g.writeEndArray();
      g.writeEndArray();
      g.writeArrayFieldStart("Metrics");
      metric(g, INVOCATIONS, "Count");
      metric(g, AGENT_ERRORS, "Count");
      metric(g, FAILURES, "Count");
      metric(g, DURATION, "Milliseconds");
      if (inv.coldStart) {
        metric(g, COLD_START, "Count");
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      for (int i = 0; i < names.length; i++) {
        g.writeStringField(names[i], fixedValues[i] != null ? fixedValues[i] : value(names[i], service, inv));
      }
      g.writeNumberField(INVOCATIONS, 1);
      g.writeNumberField(AGENT_ERRORS, isAgentError(outcome) ? 1 : 0);
      g.writeNumberField(FAILURES, isFailure(outcome) ? 1 : 0);
      g.writeNumberField(DURATION, durationMs);
      if (inv.coldStart) {
        g.writeNumberField(COLD_START, 1);
      }
      if (inv.requestId != null && !inv.requestId.isEmpty()) {
        g.writeStringField(Telemetry.FUNCTION_REQUEST_ID, inv.requestId);
      }
      g.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void metric(JsonGenerator g, String name, String unit) throws IOException {
    g.writeStartObject();
    g.writeStringField("Name", name);
    g.writeStringField("Unit", unit);
    g.writeEndObject();
  }

  private static String value(String dimension, String service, InvocationLog inv) {
    switch (dimension) {
      case SERVICE:
        return service;
      case TOOL:
        return inv.served ? inv.tool : inv.tool == null || inv.tool.isEmpty() ? NONE : UNKNOWN_TOOL;
      case TARGET:
        return inv.target == null || inv.target.isEmpty() ? NONE : inv.target;
      default: // FUNCTION_NAME
        return inv.functionName == null || inv.functionName.isEmpty() ? NONE : inv.functionName;
    }
  }

  /** A mistake of the caller, or a {@code ToolException}: the agent can act on it. */
  static boolean isAgentError(String outcome) {
    return Responses.INVALID_REQUEST.equals(outcome) || Responses.UNKNOWN_TOOL.equals(outcome)
        || Responses.INVALID_ARGUMENTS.equals(outcome) || Responses.TOOL_ERROR.equals(outcome);
  }

  /** A failure inside the tool the agent cannot fix: a masked exception or a timeout. */
  static boolean isFailure(String outcome) {
    return Responses.INTERNAL_ERROR.equals(outcome) || Responses.TIMEOUT.equals(outcome);
  }
}
