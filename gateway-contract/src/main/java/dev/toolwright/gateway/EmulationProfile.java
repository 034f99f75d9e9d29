package dev.toolwright.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the local emulation (the test kit and the local MCP endpoint) imitates the gateway where AWS
 * has not documented it. {@link #behaviours()} lists every imitated behaviour with its {@link
 * Status}; the four that are assumed can be switched, so a test suite can run under both readings.
 * {@link #DEFAULT} is the most conservative reading of the public record.
 *
 * <p>Spelled for a command line or a system property as comma-separated {@code key=value} pairs,
 * e.g. {@code structured-content=from-answer,error-answers=tool-error} ({@link #parse}).
 */
public final class EmulationProfile {

  /** How much is known about a behaviour. */
  public enum Status {
    /** In the AWS developer guide, API model or CloudFormation schema. */
    DOCUMENTED,
    /** Seen in AWS samples, AWS Labs code or independent reports; not in the docs. */
    OBSERVED,
    /** Neither: a reading chosen so that code written against it works either way. */
    ASSUMED;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Whether the gateway adds {@code structuredContent} to a result when the tool lists an {@code
   * outputSchema}.
   */
  public enum StructuredContent {
    /**
     * Only the text content: what a strict MCP client rejects when the tool listed an {@code
     * outputSchema}.
     */
    ABSENT,
    /** The Lambda's JSON object as {@code structuredContent} too. */
    FROM_ANSWER
  }

  /** What the gateway makes of a Lambda answer that carries {@code "isError": true}. */
  public enum ErrorAnswers {
    /** Passed on like any answer: its JSON as text, with {@code isError: false}. */
    TEXT,
    /** Passed on as text, with {@code isError: true}. */
    TOOL_ERROR
  }

  /** What the gateway does with arguments that do not fit the tool's {@code inputSchema}. */
  public enum SchemaViolations {
    /** Invokes the Lambda anyway, which answers {@code INVALID_ARGUMENTS} itself. */
    PASS_ON,
    /** Answers {@code isError: true} naming the problems, without invoking the Lambda. */
    REJECT
  }

  /** How propagated headers and query parameters reach a Java Lambda's client context. */
  public enum PropagatedValues {
    /**
     * A JSON object inside a string: the only form the Java runtime interface client can pass on.
     */
    STRING,
    /**
     * A JSON object, as Python functions see them. The Java runtime interface client cannot read it
     * and fails the invocation before the handler runs: the agent gets the function-error text.
     */
    OBJECT
  }

  /** One behaviour the emulation imitates. */
  public record Behaviour(
      String name, Status status, String emulated, String alternative, String source) {}

  /**
   * The conservative reading: no structuredContent, error answers as plain text, bad arguments
   * passed on, strings.
   */
  public static final EmulationProfile DEFAULT =
      new EmulationProfile(
          StructuredContent.ABSENT,
          ErrorAnswers.TEXT,
          SchemaViolations.PASS_ON,
          PropagatedValues.STRING);

  private final StructuredContent structuredContent;
  private final ErrorAnswers errorAnswers;
  private final SchemaViolations schemaViolations;
  private final PropagatedValues propagatedValues;

  private EmulationProfile(
      StructuredContent structuredContent,
      ErrorAnswers errorAnswers,
      SchemaViolations schemaViolations,
      PropagatedValues propagatedValues) {
    this.structuredContent = Objects.requireNonNull(structuredContent, "structuredContent");
    this.errorAnswers = Objects.requireNonNull(errorAnswers, "errorAnswers");
    this.schemaViolations = Objects.requireNonNull(schemaViolations, "schemaViolations");
    this.propagatedValues = Objects.requireNonNull(propagatedValues, "propagatedValues");
  }

  public StructuredContent structuredContent() {
    return structuredContent;
  }

  public ErrorAnswers errorAnswers() {
    return errorAnswers;
  }

  public SchemaViolations schemaViolations() {
    return schemaViolations;
  }

  public PropagatedValues propagatedValues() {
    return propagatedValues;
  }

  public EmulationProfile with(StructuredContent value) {
    return new EmulationProfile(value, errorAnswers, schemaViolations, propagatedValues);
  }

  public EmulationProfile with(ErrorAnswers value) {
    return new EmulationProfile(structuredContent, value, schemaViolations, propagatedValues);
  }

  public EmulationProfile with(SchemaViolations value) {
    return new EmulationProfile(structuredContent, errorAnswers, value, propagatedValues);
  }

  public EmulationProfile with(PropagatedValues value) {
    return new EmulationProfile(structuredContent, errorAnswers, schemaViolations, value);
  }

  /**
   * Reads {@code key=value,…} over {@link #DEFAULT}; keys {@code structured-content}, {@code
   * error-answers}, {@code schema-violations}, {@code propagated-values}, values the enum constants
   * in lower case with hyphens. Blank means the default.
   *
   * @throws IllegalArgumentException naming the key or value that is not known, and the known ones
   */
  public static EmulationProfile parse(String spec) {
    EmulationProfile profile = DEFAULT;
    if (spec == null || spec.isBlank()) {
      return profile;
    }
    for (String pair : spec.split(",")) {
      String trimmed = pair.trim();
      int eq = trimmed.indexOf('=');
      String key = eq < 0 ? trimmed : trimmed.substring(0, eq).trim();
      String value = eq < 0 ? "" : trimmed.substring(eq + 1).trim();
      switch (key) {
        case "structured-content":
          profile = profile.with(constant(StructuredContent.class, key, value));
          break;
        case "error-answers":
          profile = profile.with(constant(ErrorAnswers.class, key, value));
          break;
        case "schema-violations":
          profile = profile.with(constant(SchemaViolations.class, key, value));
          break;
        case "propagated-values":
          profile = profile.with(constant(PropagatedValues.class, key, value));
          break;
        default:
          throw new IllegalArgumentException(
              "Unknown gateway profile key \""
                  + key
                  + "\"; expected one of: "
                  + "structured-content, error-answers, schema-violations, propagated-values.");
      }
    }
    return profile;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String key, String value) {
    List<String> known = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String spelled = spell(constant);
      if (spelled.equals(value)) {
        return constant;
      }
      known.add(spelled);
    }
    throw new IllegalArgumentException(
        "Unknown value \""
            + value
            + "\" for gateway profile key "
            + key
            + "; expected one of: "
            + String.join(", ", known)
            + ".");
  }

  private static String spell(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The profile in {@link #parse} form, every key spelled out. */
  @Override
  public String toString() {
    return "structured-content="
        + spell(structuredContent)
        + ",error-answers="
        + spell(errorAnswers)
        + ",schema-violations="
        + spell(schemaViolations)
        + ",propagated-values="
        + spell(propagatedValues);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmulationProfile && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Every behaviour the emulation imitates, with its status and source; docs/response-contract.md
   * has the table.
   */
  public static List<Behaviour> behaviours() {
    return List.of(
        new Behaviour(
            "Event",
            Status.DOCUMENTED,
            "the `tools/call` arguments object alone; `{}` without arguments",
            "",
            "developer guide, Lambda targets (`{}`: AWS samples)"),
        new Behaviour(
            "Client context",
            Status.DOCUMENTED,
            "`bedrockAgentCore*` keys, tool name `<target>___<tool>`",
            "",
            "developer guide, Lambda targets"),
        new Behaviour(
            "Tool listing",
            Status.DOCUMENTED,
            "`<target>___<tool>`, the inline schema as written",
            "",
            "developer guide; API model `ToolDefinition`"),
        new Behaviour(
            "Successful answer",
            Status.OBSERVED,
            "one text content item holding the Lambda's JSON, `isError: false`",
            "",
            "AWS samples and reports"),
        new Behaviour(
            "structuredContent",
            Status.ASSUMED,
            "absent (`structured-content=absent`)",
            "the answer's JSON object (`structured-content=from-answer`)",
            "undocumented; strict MCP clients need it when a tool lists an `outputSchema`"),
        new Behaviour(
            "Answer with `\"isError\": true`",
            Status.ASSUMED,
            "passed on as text, `isError: false` (`error-answers=text`)",
            "passed on as text, `isError: true` (`error-answers=tool-error`)",
            "undocumented; no evidence that the gateway reads the field"),
        new Behaviour(
            "Function error",
            Status.OBSERVED,
            "`isError: true`, text \"" + LambdaAnswers.GATEWAY_FUNCTION_ERROR_TEXT + "\"",
            "",
            "independent reports (2026); details only in the gateway's logs"),
        new Behaviour(
            "Unknown tool",
            Status.ASSUMED,
            "JSON-RPC error from the MCP server, the Lambda is not invoked",
            "",
            "MCP specification; the gateway only routes listed tools"),
        new Behaviour(
            "Arguments that fail the schema",
            Status.ASSUMED,
            "the Lambda is invoked and answers `INVALID_ARGUMENTS` (`schema-violations=pass-on`)",
            "`isError: true` naming the problems, no invocation (`schema-violations=reject`)",
            "undocumented"),
        new Behaviour(
            "Propagated headers and query parameters",
            Status.ASSUMED,
            "a JSON object in a string (`propagated-values=string`)",
            "a JSON object, which the Java runtime client turns into a function error (`propagated-values=object`)",
            "keys: developer guide and an AWS tutorial; the Java runtime client's parsing: aws-lambda-java-libs#212"),
        new Behaviour(
            "MCP protocol versions",
            Status.DOCUMENTED,
            String.join(", ", McpVersions.DOCUMENTED.subList(0, 3))
                + "; a client asking for "
                + McpVersions.V2026_07_28
                + " is answered "
                + McpVersions.V2025_11_25
                + " (the MCP Java SDK does not support it yet)",
            "",
            "developer guide"));
  }
}
