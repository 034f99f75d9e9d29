package dev.toolwright.it.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the Makefile's copy step ({@code make lambda-artifacts}, the second half of {@code
 * build-ToolFunction}) against this build, into a temporary ARTIFACTS_DIR, and checks what sam
 * build would package and deploy: lib/ holds exactly the shaded jar, and the AWS::Include snippet
 * that template.yaml names is {@code {"InlinePayload":} + the generated tool-schema.cfn.json, byte
 * for byte, + {@code }}. Skipped where {@code make} is not installed.
 */
class SamBuildArtifactsJarIT {

  private Path artifacts;

  @BeforeEach
  void runTheCopyStep() throws Exception {
    assumeTrue(onPath("make"), "make is not installed");
    artifacts = Files.createTempDirectory("sam-artifacts");
    Process make =
        new ProcessBuilder(
                "make",
                "--no-print-directory",
                "-C",
                DeployFiles.root().toString(),
                "lambda-artifacts",
                "ARTIFACTS_DIR=" + artifacts)
            .redirectErrorStream(true)
            .start();
    String output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(make.waitFor(60, TimeUnit.SECONDS), "make did not finish");
    assertEquals(0, make.exitValue(), output);
  }

  @AfterEach
  void deleteArtifacts() throws IOException {
    if (artifacts != null) {
      try (Stream<Path> files = Files.walk(artifacts)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void libHoldsExactlyTheShadedJar() throws IOException {
    Path lib = artifacts.resolve("lib");
    try (Stream<Path> jars = Files.list(lib)) {
      List<Path> all = jars.toList();
      assertEquals(1, all.size(), "lib/: " + all);
      assertEquals(DeployFiles.lambdaJar().getFileName(), all.get(0).getFileName());
      assertArrayEquals(
          Files.readAllBytes(DeployFiles.lambdaJar()), Files.readAllBytes(all.get(0)));
    }
    try (Stream<Path> top = Files.list(artifacts)) {
      assertEquals(
          List.of("lib", "tool-schema.include.json"),
          top.map(p -> p.getFileName().toString()).sorted().toList(),
          "the function's .zip holds only these");
    }
  }

  @Test
  void theIncludedSnippetIsTheGeneratedSchemaByteForByte() throws IOException {
    String location = location();
    String prefix = DeployFiles.SAM_BUILD_DIR + "/" + DeployFiles.FUNCTION + "/";
    assertEquals(prefix, location.substring(0, prefix.length()));
    Path snippet = artifacts.resolve(location.substring(prefix.length()));
    byte[] bytes = Files.readAllBytes(snippet);
    byte[] generated = Files.readAllBytes(DeployFiles.generatedCfnSchema());
    byte[] head = "{\"InlinePayload\":".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "}\n".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(head, Arrays.copyOfRange(bytes, 0, head.length));
    assertArrayEquals(
        generated,
        Arrays.copyOfRange(bytes, head.length, bytes.length - tail.length),
        "the snippet embeds tool-schema.cfn.json unchanged");
    assertArrayEquals(tail, Arrays.copyOfRange(bytes, bytes.length - tail.length, bytes.length));
    JsonNode parsed = DeployFiles.JSON.readTree(bytes);
    assertEquals(
        List.of("InlinePayload"),
        iterableToList(parsed.fieldNames()),
        "AWS::Include snippets must be key-value objects; this one becomes ToolSchema");
    assertEquals(DeployFiles.JSON.readTree(generated), parsed.get("InlinePayload"));
  }

  private static String location() {
    Map<String, Object> lambda =
        DeployFiles.map(
            DeployFiles.map(
                    DeployFiles.map(
                            DeployFiles.properties(
                                    DeployFiles.template(), DeployFiles.GATEWAY_TARGET)
                                .get("TargetConfiguration"),
                            "TargetConfiguration")
                        .get("Mcp"),
                    "Mcp")
                .get("Lambda"),
            "Lambda");
    Map<String, Object> transform =
        DeployFiles.map(
            DeployFiles.map(lambda.get("ToolSchema"), "ToolSchema").get("Fn::Transform"),
            "Fn::Transform");
    return (String) DeployFiles.map(transform.get("Parameters"), "Parameters").get("Location");
  }

  private static List<String> iterableToList(Iterator<String> it) {
    List<String> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
