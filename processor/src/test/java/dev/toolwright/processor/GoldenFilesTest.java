package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;

import com.google.testing.compile.Compilation;
import dev.toolwright.processor.writer.SchemaWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples' schema and dispatchers, byte for byte, against {@code src/test/resources/golden/}.
 * The examples are compiled from {@code ../examples/src/main/java} with the examples module's
 * processor option, so a change to the examples or to the processor's output shows up here.
 *
 * <p>To accept a deliberate change, run with {@code -Dgolden.update=true} (which rewrites the files
 * under {@code src/test/resources/golden/}) and review the diff before committing.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String[] EXAMPLES_OPTIONS = {"-Atoolwright.target=examples"};

  private static Compilation examples;

  @BeforeAll
  static void compileExamples() {
    examples = ProcessorTesting.compile(ProcessorTesting.examples(), EXAMPLES_OPTIONS);
    assertSucceededWithoutWarnings(examples);
  }

  @Test
  void examplesSchema_matchesGoldenFile() {
    assertGolden(
        "tool-schema.json", ProcessorTesting.classOutput(examples, SchemaWriter.SCHEMA_RESOURCE));
  }

  @Test
  void examplesCloudFormationSchema_matchesGoldenFile() {
    assertGolden(
        "tool-schema.cfn.json",
        ProcessorTesting.classOutput(examples, SchemaWriter.CLOUDFORMATION_RESOURCE));
  }

  @Test
  void orderToolsDispatcher_matchesGoldenFile() {
    assertGolden(
        "OrderTools_ToolDispatcher.java",
        source(examples, "dev.toolwright.examples.orders.OrderTools_ToolDispatcher"));
  }

  @Test
  void calculatorDispatcher_matchesGoldenFile() {
    assertGolden(
        "Calculator_ToolDispatcher.java",
        source(examples, "dev.toolwright.examples.calculator.Calculator_ToolDispatcher"));
  }

  @Test
  void schema_isUtf8WithUnixLineEndsAndAFinalNewline() {
    String text =
        new String(
            ProcessorTesting.classOutput(examples, SchemaWriter.SCHEMA_RESOURCE),
            StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r");
    assertThat(text).endsWith("]\n");
    assertThat(text).startsWith("[\n  {\n    \"name\": ");
  }

  // --- determinism ---------------------------------------------------------------------------

  @Test
  void compilingTwice_givesIdenticalOutput() {
    Compilation again = ProcessorTesting.compile(ProcessorTesting.examples(), EXAMPLES_OPTIONS);
    assertSameOutput(examples, again);
  }

  @Test
  void sourceOrder_doesNotChangeTheOutput() {
    List<JavaFileObject> sources = new ArrayList<>(ProcessorTesting.resources("lowering"));
    Compilation forward = ProcessorTesting.compile(sources);
    Collections.reverse(sources);
    Compilation backward = ProcessorTesting.compile(sources);
    assertSucceededWithoutWarnings(forward);
    assertSucceededWithoutWarnings(backward);
    assertSameOutput(forward, backward);
  }

  @Test
  void propertyOrder_isDeclarationOrder() {
    JavaFileObject source =
        Diagnosing.tools(
            """
          /**
           * Unsorted on purpose.
           *
           * @param zebra z
           * @param apple a
           * @param mango m
           */
          record Fruit(String zebra, int apple, boolean mango) {}

          /** A bean whose fields, getters and setters are each in a different order. */
          public static class Basket {
            private String zulu;
            private String alpha;
            private String mike;

            public void setMike(String mike) {}

            public void setAlpha(String alpha) {}

            public void setZulu(String zulu) {}

            public String getAlpha() {
              return alpha;
            }

            public String getMike() {
              return mike;
            }

            public String getZulu() {
              return zulu;
            }
          }

          /** Takes fruit. */
          @Tool
          public Basket take(String zeta, Fruit fruit, Basket basket, int alpha) {
            return basket;
          }
        """);
    Compilation compilation =
        ProcessorTesting.compile(List.of(source), "-Atoolwright.outputSchema=true");
    assertSucceededWithoutWarnings(compilation);
    var schema = ProcessorTesting.schema(compilation);
    var inputSchema = ProcessorTesting.tool(schema, "take").path("inputSchema");
    assertThat(ProcessorTesting.fieldNames(inputSchema.path("properties")))
        .containsExactly("zeta", "fruit", "basket", "alpha")
        .inOrder();
    assertThat(
            ProcessorTesting.fieldNames(
                inputSchema.path("properties").path("fruit").path("properties")))
        .containsExactly("zebra", "apple", "mango")
        .inOrder();
    assertThat(
            ProcessorTesting.fieldNames(
                inputSchema.path("properties").path("basket").path("properties")))
        .containsExactly("zulu", "alpha", "mike")
        .inOrder();
    assertThat(
            ProcessorTesting.fieldNames(
                ProcessorTesting.tool(schema, "take").path("outputSchema").path("properties")))
        .containsExactly("zulu", "alpha", "mike")
        .inOrder();
    assertThat(ProcessorTesting.fieldNames(inputSchema))
        .containsExactly("type", "properties", "required")
        .inOrder();
  }

  private static void assertSameOutput(Compilation first, Compilation second) {
    Map<String, byte[]> a = outputs(first);
    Map<String, byte[]> b = outputs(second);
    assertThat(b.keySet()).containsExactlyElementsIn(a.keySet());
    assertThat(a.keySet()).contains("/CLASS_OUTPUT/" + SchemaWriter.SCHEMA_RESOURCE);
    for (String name : a.keySet()) {
      assertWithMessage("%s", name)
          .that(new String(b.get(name), StandardCharsets.UTF_8))
          .isEqualTo(new String(a.get(name), StandardCharsets.UTF_8));
    }
  }

  /** The generated sources and resources (not class files) by name. */
  private static Map<String, byte[]> outputs(Compilation compilation) {
    Map<String, byte[]> outputs = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      outputs.put(file.toUri().getPath(), bytes(file));
    }
    return outputs;
  }

  private static byte[] source(Compilation compilation, String qualifiedName) {
    return bytes(
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName)));
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertGolden(String name, byte[] actual) {
    Path golden = GOLDEN.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(GOLDEN);
        Files.write(golden, actual);
      }
      assertWithMessage(
              "golden file %s is missing; run with -Dgolden.update=true to create it",
              golden.toAbsolutePath())
          .that(Files.exists(golden))
          .isTrue();
      byte[] expected = Files.readAllBytes(golden);
      assertWithMessage(
              "%s differs from the golden file (run with -Dgolden.update=true to accept, then review the diff)",
              name)
          .that(new String(actual, StandardCharsets.UTF_8))
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertWithMessage("%s, byte for byte", name).that(actual).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
