package dev.toolwright.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Suggests fixes for a failed target from its {@code statusReasons}. The reason texts are not
 * documented, so this matches common words and always ends with a generic next step.
 */
final class StatusHints {

  private StatusHints() {}

  static List<String> hints(List<String> reasons, String gatewayId, String lambdaArn) {
    String all = String.join(" ", reasons).toLowerCase(Locale.ROOT);
    List<String> hints = new ArrayList<>();
    String function = lambdaArn == null ? "<function ARN>" : Names.unqualified(lambdaArn);
    if (all.contains("invokefunction")
        || all.contains("not authorized")
        || all.contains("access denied")
        || all.contains("accessdenied")
        || all.contains("permission")
        || all.contains("assume")) {
      hints.add(
          "The gateway's execution role probably cannot invoke the function. Grant it lambda:InvokeFunction "
              + "on "
              + function
              + " and "
              + function
              + ":* (find the role with: aws bedrock-agentcore-control "
              + "get-gateway --gateway-identifier "
              + gatewayId
              + " --query roleArn), check that the role trusts "
              + "bedrock-agentcore.amazonaws.com, and add a Lambda resource-based permission for the role when "
              + "the function is in another account.");
    }
    if ((all.contains("function") || all.contains("lambda"))
        && (all.contains("not found")
            || all.contains("does not exist")
            || all.contains("notfound"))) {
      hints.add(
          "The function, version or alias was not found: check the region, account and qualifier of "
              + (lambdaArn == null ? "the Lambda ARN" : lambdaArn)
              + " (publish a version or create the alias "
              + "first).");
    }
    if (all.contains("schema")
        || all.contains("tool definition")
        || all.contains("validation")
        || all.contains("invalid")
        || all.contains("parse")) {
      hints.add(
          "The tool schema was probably rejected: rebuild the tool module so the annotation processor "
              + "regenerates "
              + ToolSchema.RESOURCE
              + ", and check it only uses type, properties, required, "
              + "items and description (no enum, format, $ref, anyOf, additionalProperties).");
    }
    hints.add("After fixing the cause, run register again: it updates the target in place.");
    return hints;
  }
}
