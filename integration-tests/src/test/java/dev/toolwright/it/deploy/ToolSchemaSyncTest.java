package dev.toolwright.it.deploy;

import static dev.toolwright.it.deploy.DeployFiles.FUNCTION;
import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_TARGET;
import static dev.toolwright.it.deploy.DeployFiles.SAM_BUILD_DIR;
import static dev.toolwright.it.deploy.DeployFiles.map;
import static dev.toolwright.it.deploy.DeployFiles.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gateway target deploys the schema the build generated, not a copy: template.yaml includes
 * (AWS::Include) the snippet that `make build-ToolFunction` writes next to the jar, from the
 * processor's tool-schema.cfn.json of the same compilation. SamBuildArtifactsJarIT runs the
 * Makefile's copy step and compares the bytes; this test checks the wiring and that the generated
 * schema fits the GatewayTarget resource schema.
 */
class ToolSchemaSyncTest {

  private final Map<String, Object> template = DeployFiles.template();
  private final Map<String, String> make = DeployFiles.makeVariables();

  @Test
  void toolSchemaIsTheAwsIncludeOfTheSnippetTheMakefileWritesForTheFunction() {
    Map<String, Object> lambda =
        map(
            map(
                    map(
                            properties(template, GATEWAY_TARGET).get("TargetConfiguration"),
                            "TargetConfiguration")
                        .get("Mcp"),
                    "Mcp")
                .get("Lambda"),
            "Lambda");
    Map<String, Object> toolSchema = map(lambda.get("ToolSchema"), "ToolSchema");
    assertEquals(
        Set.of("Fn::Transform"),
        toolSchema.keySet(),
        "ToolSchema is included, never inlined by hand");
    Map<String, Object> transform = map(toolSchema.get("Fn::Transform"), "Fn::Transform");
    assertEquals("AWS::Include", transform.get("Name"));
    assertEquals(
        Map.of("Location", SAM_BUILD_DIR + "/" + FUNCTION + "/" + make.get("SCHEMA_SNIPPET")),
        transform.get("Parameters"),
        "sam build rewrites this path relative to .aws-sam/build; sam deploy uploads the file it names");
  }

  @Test
  void makefileBuildsTheFunctionFromTheGeneratedSchemaOfTheSameBuild() {
    assertEquals(
        "examples/target/classes/META-INF/toolwright/tool-schema.cfn.json",
        make.get("TOOL_SCHEMA"));
    assertEquals("examples/target/toolwright-examples-*-lambda.jar", make.get("LAMBDA_JAR"));
    assertEquals("./mvnw", make.get("MVNW"), "the wrapper: no system Maven needed");
    List<String> build = DeployFiles.makeRecipe("build-" + FUNCTION);
    assertEquals(2, build.size(), "build, then copy: " + build);
    assertTrue(
        build.get(0).startsWith("$(MVNW) $(MAVEN_FLAGS) -pl processor,examples -am "),
        "the processor is listed: -am does not follow annotationProcessorPaths");
    assertTrue(build.get(0).endsWith(" clean package"), build.get(0));
    assertEquals("$(lambda-artifacts)", build.get(1));
    assertEquals(List.of("$(lambda-artifacts)"), DeployFiles.makeRecipe("lambda-artifacts"));
    List<String> copy = DeployFiles.makeDefine("lambda-artifacts");
    assertTrue(copy.contains("cp $(LAMBDA_JAR) \"$(ARTIFACTS_DIR)/lib/\""), copy.toString());
    assertTrue(
        copy.contains(
            "{ printf '{\"InlinePayload\":'; cat \"$(TOOL_SCHEMA)\"; printf '}\\n'; } > "
                + "\"$(ARTIFACTS_DIR)/$(SCHEMA_SNIPPET)\""),
        copy.toString());
  }

  /**
   * What the include puts in the template must be a valid InlinePayload of
   * AWS::BedrockAgentCore::GatewayTarget.
   */
  @Test
  void generatedSchemaFitsTheGatewayTargetResourceSchema() {
    JsonNode tools = DeployFiles.readJson(DeployFiles.generatedCfnSchema());
    assertTrue(tools.isArray() && tools.size() == 7, "seven example tools: " + tools.size());
    List<String> problems = new ArrayList<>();
    for (JsonNode tool : tools) {
      String name = tool.path("Name").asText();
      checkKeys(
          tool,
          Set.of("Name", "Description", "InputSchema", "OutputSchema"),
          Set.of("Name", "Description", "InputSchema"),
          name,
          problems);
      checkSchema(tool.get("InputSchema"), name + ".InputSchema", problems);
      if (tool.has("OutputSchema")) {
        checkSchema(tool.get("OutputSchema"), name + ".OutputSchema", problems);
      }
      if (!"object".equals(tool.path("InputSchema").path("Type").asText())) {
        problems.add(name + ": InputSchema is not an object");
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * outputSchema is opt-in: without -Atoolwright.outputSchema or @Tool(outputSchema = true) no tool
   * lists one.
   */
  @Test
  void generatedSchemas_haveNoOutputSchemaByDefault() {
    JsonNode cfn = DeployFiles.readJson(DeployFiles.generatedCfnSchema());
    JsonNode api = DeployFiles.readJson(DeployFiles.generatedApiSchema());
    assertEquals(7, cfn.size());
    assertEquals(7, api.size());
    cfn.forEach(tool -> assertFalse(tool.has("OutputSchema"), tool.path("Name").asText()));
    api.forEach(tool -> assertFalse(tool.has("outputSchema"), tool.path("name").asText()));
  }

  private static void checkSchema(JsonNode node, String path, List<String> problems) {
    checkKeys(
        node,
        Set.of("Type", "Description", "Items", "Properties", "Required"),
        Set.of("Type"),
        path,
        problems);
    String type = node.path("Type").asText();
    if (!Set.of("string", "number", "object", "array", "boolean", "integer").contains(type)) {
      problems.add(path + ": Type " + type);
    }
    if (node.has("Properties")) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.get("Properties").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        checkSchema(field.getValue(), path + ".Properties." + field.getKey(), problems);
      }
    }
    if (node.has("Items")) {
      checkSchema(node.get("Items"), path + ".Items", problems);
    }
    for (JsonNode required : node.path("Required")) {
      if (!node.path("Properties").has(required.asText())) {
        problems.add(path + ": Required names unknown property " + required);
      }
    }
  }

  private static void checkKeys(
      JsonNode node,
      Set<String> allowed,
      Set<String> required,
      String path,
      List<String> problems) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!allowed.contains(key)) {
                problems.add(path + ": key " + key + " is not allowed");
              }
            });
    for (String key : required) {
      if (!node.has(key)) {
        problems.add(path + ": " + key + " is missing");
      }
    }
  }
}
