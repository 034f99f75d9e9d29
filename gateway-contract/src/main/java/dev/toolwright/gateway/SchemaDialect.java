package dev.toolwright.gateway;

import java.util.List;

/**
 * The inline tool schema the gateway accepts (API model {@code ToolDefinition} and {@code
 * SchemaDefinition}; CloudFormation's {@code AWS::BedrockAgentCore::GatewayTarget}), and where
 * Toolwright's processor writes it.
 */
public final class SchemaDialect {

  /**
   * The API's {@code inlinePayload}, inside the class output and the jar. Toolwright's own path.
   */
  public static final String SCHEMA_RESOURCE = "META-INF/toolwright/tool-schema.json";

  /** The same schema with CloudFormation's PascalCase keys. Toolwright's own path. */
  public static final String CLOUDFORMATION_SCHEMA_RESOURCE =
      "META-INF/toolwright/tool-schema.cfn.json";

  /** Tool definition keys; name, description and inputSchema are required. */
  public static final String NAME = "name";

  public static final String DESCRIPTION = "description";
  public static final String INPUT_SCHEMA = "inputSchema";
  public static final String OUTPUT_SCHEMA = "outputSchema";

  /** Schema node keys: nothing else is accepted in an inline payload. */
  public static final String TYPE = "type";

  public static final String PROPERTIES = "properties";
  public static final String REQUIRED = "required";
  public static final String ITEMS = "items";

  /** The keys a schema node may have. */
  public static final List<String> NODE_KEYS =
      List.of(TYPE, PROPERTIES, REQUIRED, ITEMS, DESCRIPTION);

  /** The keys a tool definition may have. */
  public static final List<String> TOOL_KEYS =
      List.of(NAME, DESCRIPTION, INPUT_SCHEMA, OUTPUT_SCHEMA);

  /** The values of {@code type}; top-level input and output schemas must be {@code object}. */
  public static final List<String> TYPES =
      List.of("string", "number", "integer", "boolean", "object", "array");

  private SchemaDialect() {}
}
