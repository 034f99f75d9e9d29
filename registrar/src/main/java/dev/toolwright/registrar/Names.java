package dev.toolwright.registrar;

import dev.toolwright.gateway.GatewayLimits;
import dev.toolwright.gateway.GatewayNames;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Client-side checks of names and ARNs, using the patterns of the AgentCore control-plane model.
 * The registrar's facts about the gateway's limits (target-name pattern, inline schema size) live
 * here and nowhere else.
 */
final class Names {

  /** {@code TargetName} in the service model. */
  static final Pattern TARGET_NAME = Pattern.compile(GatewayNames.TARGET_NAME_PATTERN);

  /** {@code GatewayIdentifier} in the service model. */
  static final Pattern GATEWAY_ID = Pattern.compile(GatewayNames.GATEWAY_ID_PATTERN);

  /** Tool names that LLM APIs accept once prefixed with {@code target___}. */
  static final Pattern TOOL_NAME = Pattern.compile(GatewayNames.TOOL_NAME_PATTERN);

  /** {@code LambdaFunctionArn} in the service model. */
  static final Pattern LAMBDA_ARN =
      Pattern.compile(
          "arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-\\d{1}):(\\d{12}):function:([a-zA-Z0-9-_.]+)"
              + "(:(\\$LATEST|[a-zA-Z0-9-_]+))?");

  /**
   * Largest inline tool schema ({@code toolSchema.inlinePayload}) a target accepts, in bytes of
   * JSON.
   */
  static final int MAX_INLINE_SCHEMA_BYTES = GatewayLimits.MAX_INLINE_SCHEMA_BYTES;

  /** {@link #MAX_INLINE_SCHEMA_BYTES} for messages. */
  static final String MAX_INLINE_SCHEMA_TEXT = "1 MB (" + MAX_INLINE_SCHEMA_BYTES + " bytes)";

  /** The gateway joins target and tool name with three underscores. */
  static final String TOOL_NAME_SEPARATOR = GatewayNames.TARGET_SEPARATOR;

  /**
   * Longest prefixed tool name ({@code target___tool}) that MCP clients feeding LLM APIs accept.
   */
  static final int MAX_PREFIXED_TOOL_NAME = GatewayNames.MAX_CLIENT_TOOL_NAME;

  private Names() {}

  static void checkGatewayId(String gatewayId, List<String> problems) {
    if (gatewayId == null || gatewayId.isEmpty()) {
      problems.add("--gateway is required: the gateway identifier, e.g. my-gateway-a1b2c3d4e5.");
    } else if (gatewayId.length() > 211 || !GATEWAY_ID.matcher(gatewayId).matches()) {
      problems.add(
          "Gateway identifier \""
              + gatewayId
              + "\" is not valid: expected a gateway id like "
              + "my-gateway-a1b2c3d4e5 (lower-case letters, digits and single hyphens, ending in '-' and 10 "
              + "lower-case letters or digits). Copy it from 'aws bedrock-agentcore-control list-gateways'.");
    }
  }

  static void checkTargetName(String targetName, List<String> problems) {
    if (targetName == null || targetName.isEmpty()) {
      problems.add("--target is required: the target name, e.g. orders.");
    } else if (targetName.length() > 200 || !TARGET_NAME.matcher(targetName).matches()) {
      problems.add(
          "Target name \""
              + targetName
              + "\" is not valid: use 1 to 100 letters or digits, "
              + "optionally separated by single hyphens (no underscores, dots or spaces), e.g. order-tools.");
    }
  }

  static void checkLambdaArn(String lambdaArn, List<String> problems) {
    if (lambdaArn == null || lambdaArn.isEmpty()) {
      problems.add(
          "--lambda-arn is required: the function ARN, preferably qualified by a version or alias, "
              + "e.g. arn:aws:lambda:us-east-1:123456789012:function:orders:live.");
    } else if (lambdaArn.length() > 170 || !LAMBDA_ARN.matcher(lambdaArn).matches()) {
      problems.add(
          "Lambda ARN \""
              + lambdaArn
              + "\" is not valid: expected "
              + "arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>].");
    }
  }

  static void checkDescription(String description, List<String> problems) {
    if (description != null && (description.isEmpty() || description.length() > 200)) {
      problems.add(
          "Description must be 1 to 200 characters long; it has " + description.length() + ".");
    }
  }

  /** Checks every tool name on its own and prefixed with the target name. */
  static void checkToolNames(String targetName, List<String> toolNames, List<String> problems) {
    for (String tool : toolNames) {
      if (!TOOL_NAME.matcher(tool).matches()) {
        problems.add(
            "Tool name \"" + tool + "\" is not valid: use only letters, digits, '_' and '-'.");
        continue;
      }
      if (targetName == null) {
        continue;
      }
      int length = targetName.length() + TOOL_NAME_SEPARATOR.length() + tool.length();
      if (length > MAX_PREFIXED_TOOL_NAME) {
        int maxTarget = MAX_PREFIXED_TOOL_NAME - TOOL_NAME_SEPARATOR.length() - tool.length();
        problems.add(
            "Tool \""
                + tool
                + "\" is too long for target \""
                + targetName
                + "\": the gateway names it \""
                + targetName
                + TOOL_NAME_SEPARATOR
                + tool
                + "\" ("
                + length
                + " characters), but agents "
                + "calling LLM APIs accept at most "
                + MAX_PREFIXED_TOOL_NAME
                + ". Shorten the tool name "
                + (maxTarget >= 1
                    ? "or use a target name of at most " + maxTarget + " characters."
                    : "."));
      }
    }
  }

  /** Returns true when the ARN names a version or alias other than {@code $LATEST}. */
  static boolean isPublishedQualifier(String lambdaArn) {
    String[] parts = lambdaArn.split(":", -1);
    return parts.length == 8 && !parts[7].isEmpty() && !"$LATEST".equals(parts[7]);
  }

  /** Returns the ARN without a version or alias qualifier. */
  static String unqualified(String lambdaArn) {
    String[] parts = lambdaArn.split(":", -1);
    return parts.length > 7 ? String.join(":", List.of(parts).subList(0, 7)) : lambdaArn;
  }

  /**
   * Throws {@link RegistrarException.Kind#INVALID_INPUT} listing every problem, if there are any.
   */
  static void throwIfAny(List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() == 1) {
      throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, problems.get(0));
    }
    StringBuilder message =
        new StringBuilder(String.format(Locale.ROOT, "%d problems found:", problems.size()));
    for (String problem : problems) {
      message
          .append(System.lineSeparator())
          .append("  - ")
          .append(problem.replace(System.lineSeparator(), System.lineSeparator() + "    "));
    }
    throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, message.toString());
  }
}
