package dev.toolwright.registrar;

/**
 * One target of a gateway, as listed by {@link GatewayRegistrar#list}.
 *
 * @param name the target name
 * @param targetId the target id
 * @param status the raw status string, including values newer than this SDK knows
 * @param description the description, or {@code null}
 */
public record TargetInfo(String name, String targetId, String status, String description) {}
