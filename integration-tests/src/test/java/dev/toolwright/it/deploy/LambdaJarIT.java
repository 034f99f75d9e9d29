package dev.toolwright.it.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The shaded Lambda jar, after {@code package} (failsafe): it holds the handler template.yaml names
 * and the generated schema, and none of the development-only code: no AWS SDK, no MCP, no Jetty, no
 * schema generation (the processor and JavaPoet).
 */
class LambdaJarIT {

  private static final List<String> FORBIDDEN =
      List.of(
          "software/amazon/awssdk/",
          "io/modelcontextprotocol/",
          "org/eclipse/jetty/",
          "jakarta/servlet/",
          "com/palantir/javapoet/",
          "com/squareup/javapoet/",
          "dev/toolwright/processor/",
          "dev/toolwright/testing/",
          "dev/toolwright/local/",
          "dev/toolwright/emulator/",
          "dev/toolwright/registrar/",
          "org/junit/",
          "org/yaml/snakeyaml/");

  private final Path jar = DeployFiles.lambdaJar();

  @Test
  void containsTheHandlerTheTemplateNames() throws IOException {
    Map<String, Object> function =
        DeployFiles.properties(DeployFiles.template(), DeployFiles.FUNCTION);
    String handlerClass = ((String) function.get("Handler")).split("::")[0];
    try (JarFile file = new JarFile(jar.toFile())) {
      assertNotNull(
          file.getEntry(handlerClass.replace('.', '/') + ".class"), handlerClass + " in " + jar);
      assertNotNull(
          file.getEntry("dev/toolwright/ToolHandler.class"), "the framework is shaded in");
      assertNotNull(
          file.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class"),
          "Jackson is shaded in");
      assertNotNull(
          file.getEntry("com/amazonaws/services/lambda/runtime/RequestStreamHandler.class"));
    }
  }

  @Test
  void containsNoSdkMcpJettyOrSchemaGenerationCode() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> leaked =
          file.stream()
              .map(ZipEntry::getName)
              .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith))
              .limit(20)
              .toList();
      assertEquals(List.of(), leaked);
      List<String> services =
          file.stream()
              .map(ZipEntry::getName)
              .filter(
                  name -> name.equals("META-INF/services/javax.annotation.processing.Processor"))
              .toList();
      assertEquals(List.of(), services, "no annotation processor registration in the Lambda");
    }
  }

  @Test
  void carriesTheSameGeneratedSchemaAsTheBuild() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String name : List.of("tool-schema.json", "tool-schema.cfn.json")) {
        ZipEntry entry = file.getEntry("META-INF/toolwright/" + name);
        assertNotNull(entry, name);
        try (InputStream in = file.getInputStream(entry)) {
          assertArrayEquals(
              Files.readAllBytes(DeployFiles.generatedCfnSchema().resolveSibling(name)),
              in.readAllBytes(),
              name + " in the jar differs from target/classes");
        }
      }
    }
  }

  @Test
  void staysSmall() throws IOException {
    long size = Files.size(jar);
    assertTrue(
        size < 8L * 1024 * 1024,
        "the Lambda jar grew to " + size + " bytes: did a dependency leak in?");
  }
}
