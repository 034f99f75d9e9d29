package dev.toolwright.registrar;

import java.util.Objects;

/**
 * The desired state of a Lambda target: what {@link GatewayRegistrar#register} makes the gateway
 * hold.
 *
 * <p>The update is a full replace, so the spec is the whole truth: a {@code null} description
 * removes an existing one.
 *
 * @param gatewayId the gateway identifier, e.g. {@code my-gateway-a1b2c3d4e5}
 * @param targetName the target name, unique within the gateway; tools appear as {@code
 *     <targetName>___<tool>}
 * @param lambdaArn the function ARN, preferably qualified by a published version or alias
 * @param description the target description (1–200 characters), or {@code null} for none
 * @param schema the tools to expose
 */
public record TargetSpec(
    String gatewayId, String targetName, String lambdaArn, String description, ToolSchema schema) {

  /**
   * Checks that the schema is present; names are checked by the registrar, reporting all problems
   * at once.
   */
  public TargetSpec {
    Objects.requireNonNull(schema, "schema");
  }
}
