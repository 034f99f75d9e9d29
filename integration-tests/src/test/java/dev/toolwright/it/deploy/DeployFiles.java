package dev.toolwright.it.deploy;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment files at the repository root, and what the build generated, for the deploy tests.
 */
final class DeployFiles {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The function's logical id in template.yaml; SAM runs `make build-ToolFunction`. */
  static final String FUNCTION = "ToolFunction";

  static final String GATEWAY_ROLE = "GatewayRole";
  static final String GATEWAY_TARGET = "ToolTarget";

  /** SAM's default build directory, relative to the template. */
  static final String SAM_BUILD_DIR = ".aws-sam/build";

  private DeployFiles() {}

  /**
   * The repository root: the nearest folder above the working directory that holds template.yaml
   * and mvnw.
   */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("template.yaml"))
          && Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("No template.yaml with mvnw above " + dir);
  }

  /**
   * The examples module: the Makefile and template.yaml deploy its Lambda jar and generated schema.
   */
  static Path examples() {
    return root().resolve("examples");
  }

  static Map<String, Object> template() {
    try {
      return CfnYaml.load(root().resolve("template.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CloudFormation form of the generated schema, as the processor wrote it. */
  static Path generatedCfnSchema() {
    return examples().resolve("target/classes/META-INF/toolwright/tool-schema.cfn.json");
  }

  /** The API (camelCase) form of the generated schema. */
  static Path generatedApiSchema() {
    return examples().resolve("target/classes/META-INF/toolwright/tool-schema.json");
  }

  /** The shaded Lambda jar: failsafe passes its path; otherwise the module's default. */
  static Path lambdaJar() {
    String configured = System.getProperty("lambda.jar");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return examples().resolve("target/toolwright-examples-0.1.0-SNAPSHOT-lambda.jar");
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The simple {@code NAME := value} assignments of the repository's Makefile. */
  static Map<String, String> makeVariables() {
    Map<String, String> vars = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("(?m)^([A-Z_]+)\\s*[:?]?=\\s*(.*?)\\s*$")
            .matcher(read(root().resolve("Makefile")));
    while (m.find()) {
      vars.put(m.group(1), m.group(2));
    }
    return vars;
  }

  /** The recipe lines (tab-indented, stripped) of a Makefile target. */
  static List<String> makeRecipe(String target) {
    return makeBlock(target + ":");
  }

  /** The lines (stripped) of a Makefile {@code define} block, a canned recipe. */
  static List<String> makeDefine(String name) {
    return makeBlock("define " + name);
  }

  private static List<String> makeBlock(String header) {
    List<String> lines = read(root().resolve("Makefile")).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals(header)
          || (header.endsWith(":") && lines.get(i).startsWith(header))) {
        int end = i + 1;
        while (end < lines.size() && lines.get(end).startsWith("\t")) {
          end++;
        }
        return lines.subList(i + 1, end).stream().map(String::strip).toList();
      }
    }
    throw new AssertionError("The Makefile has no " + header);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String what) {
    assertNotNull(value, what + " is missing");
    assertInstanceOf(Map.class, value, what + " must be a mapping");
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value, String what) {
    assertNotNull(value, what + " is missing");
    assertInstanceOf(List.class, value, what + " must be a list");
    return (List<Object>) value;
  }

  static Map<String, Object> resources(Map<String, Object> template) {
    return map(template.get("Resources"), "Resources");
  }

  static Map<String, Object> resource(Map<String, Object> template, String logicalId) {
    return map(resources(template).get(logicalId), "Resources." + logicalId);
  }

  static Map<String, Object> properties(Map<String, Object> template, String logicalId) {
    return map(resource(template, logicalId).get("Properties"), logicalId + ".Properties");
  }
}
