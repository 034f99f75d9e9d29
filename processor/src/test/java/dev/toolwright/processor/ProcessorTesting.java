package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.toolwright.processor.writer.SchemaWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor and reads what it wrote. */
final class ProcessorTesting {

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The examples module's sources, relative to this module (Maven runs tests in the module dir).
   */
  static final Path EXAMPLES = Paths.get("../examples/src/main/java");

  private ProcessorTesting() {}

  static Compiler javac(String... options) {
    return Compiler.javac().withProcessors(new ToolProcessor()).withOptions((Object[]) options);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  static Compilation compile(List<JavaFileObject> sources, String... options) {
    return javac(options).compile(sources);
  }

  /** An inline source; the class name is read from the text's package and first public type. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Every {@code .java} file under {@code src/test/resources/<directory>}, sorted by path. */
  static List<JavaFileObject> resources(String directory) {
    URL url = ProcessorTesting.class.getClassLoader().getResource(directory);
    assertNotNull(url, "no test resource directory " + directory);
    try {
      return javaFiles(Paths.get(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One {@code .java} file of {@code src/test/resources}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** The examples' sources, from {@code ../examples/src/main/java}. */
  static List<JavaFileObject> examples() {
    assertTrue(
        Files.isDirectory(EXAMPLES),
        "run the tests from the processor module: " + EXAMPLES.toAbsolutePath());
    return javaFiles(EXAMPLES);
  }

  private static List<JavaFileObject> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> paths =
          files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      List<JavaFileObject> objects = new ArrayList<>();
      for (Path p : paths) {
        objects.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
      return objects;
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSucceededWithoutWarnings(Compilation compilation) {
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
      fail(
          "expected a clean compilation, got:\n"
              + compilation.diagnostics().stream()
                  .map(
                      d ->
                          d.getKind()
                              + " "
                              + (d.getSource() == null
                                  ? ""
                                  : d.getSource().getName() + ":" + d.getLineNumber())
                              + " "
                              + d.getMessage(null))
                  .collect(Collectors.joining("\n")));
    }
  }

  /** The bytes of a file the processor wrote to CLASS_OUTPUT. */
  static byte[] classOutput(Compilation compilation, String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the processor did not write "
                            + path
                            + "; files: "
                            + compilation.generatedFiles().stream()
                                .map(JavaFileObject::getName)
                                .collect(Collectors.toList())));
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated source file. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The API form, {@code META-INF/toolwright/tool-schema.json}. */
  static JsonNode schema(Compilation compilation) {
    return json(classOutput(compilation, SchemaWriter.SCHEMA_RESOURCE));
  }

  /** The CloudFormation form, {@code META-INF/toolwright/tool-schema.cfn.json}. */
  static JsonNode cfnSchema(Compilation compilation) {
    return json(classOutput(compilation, SchemaWriter.CLOUDFORMATION_RESOURCE));
  }

  static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The definition of one tool in the API form. */
  static JsonNode tool(JsonNode schema, String name) {
    for (JsonNode tool : schema) {
      if (tool.path("name").asText().equals(name)) {
        return tool;
      }
    }
    throw new AssertionError("no tool " + name + " in " + schema);
  }

  /** The node of one argument of a tool. */
  static JsonNode input(JsonNode schema, String toolName, String property) {
    JsonNode node = tool(schema, toolName).path("inputSchema").path("properties").get(property);
    assertNotNull(
        node, "tool " + toolName + " has no argument " + property + ": " + tool(schema, toolName));
    return node;
  }

  /** Asserts a node equals the JSON text exactly, key order included. */
  static void assertJson(String expected, JsonNode actual) {
    JsonNode expectedNode = json(expected);
    assertWithMessage("schema node").that(pretty(actual)).isEqualTo(pretty(expectedNode));
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The 1-based line of the only line of {@code source} containing {@code marker}. */
  static int lineOf(JavaFileObject source, String marker) {
    try {
      return lineOf(source.getCharContent(false).toString(), marker);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int lineOf(String source, String marker) {
    String[] lines = source.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        assertEquals(-1, found, "marker '" + marker + "' is on more than one line");
        found = i + 1;
      }
    }
    assertTrue(found > 0, "marker '" + marker + "' is not in the source");
    return found;
  }
}
