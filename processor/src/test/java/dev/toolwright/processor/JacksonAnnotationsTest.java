package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertError;
import static dev.toolwright.processor.Diagnosing.tools;
import static dev.toolwright.processor.ProcessorTesting.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the processor does with each kind of Jackson annotation (the table in
 * docs/writing-tools.md): honoured in schema, reader and writer; routed to the databind fallback
 * with a note; or a compile error with the fix.
 */
class JacksonAnnotationsTest {

  private static final String TAG = "ToolUnsupportedType";

  @Test
  void jsonUnwrapped_isACompileErrorWithTheFix() {
    JavaFileObject source =
        tools(
            """
          record Inner(String a) {}
          record Outer(@com.fasterxml.jackson.annotation.JsonUnwrapped Inner inner) {}

          /** Takes one. */
          @Tool
          public void take(Outer outer) {}
        """);
    assertError(
        compile(source),
        source,
        "take(Outer outer)",
        TAG,
        "@JsonUnwrapped on test.Tools.Outer.inner",
        "changes the JSON in a way the tool's schema cannot describe",
        "declare the inner properties");
  }

  @Test
  void oneWayProperty_isACompileErrorWithTheFix() {
    JavaFileObject source =
        tools(
            """
          record Account(String id, @com.fasterxml.jackson.annotation.JsonProperty(
              access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY) String secret) {}

          /** Takes one. */
          @Tool
          public void take(Account account) {}
        """);
    assertError(
        compile(source),
        source,
        "take(Account account)",
        TAG,
        "@JsonProperty(access = READ_ONLY)",
        "use separate input and output types");
  }

  @Test
  void polymorphism_isACompileErrorWithTheFix() {
    JavaFileObject source =
        tools(
            """
          @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME)
          record Shape(String name) {}

          /** Draws one. */
          @Tool
          public void draw(Shape shape) {}
        """);
    assertError(
        compile(source),
        source,
        "draw(Shape shape)",
        TAG,
        "@JsonTypeInfo",
        "one concrete record per tool");
  }

  @Test
  void shapeChangingAnnotationOnAnEnum_isACompileErrorWithTheFix() {
    JavaFileObject source =
        tools(
            """
          @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.NUMBER)
          enum Level { LOW, HIGH }

          /** Sets one. */
          @Tool
          public void set(Level level) {}
        """);
    assertError(
        compile(source),
        source,
        "set(Level level)",
        TAG,
        "@JsonFormat on test.Tools.Level",
        "changes the JSON in a way the tool's schema cannot describe",
        "wire values (strings)");
  }

  @Test
  void shapeChangingAnnotationOnAnEnumConstant_isACompileErrorWithTheFix() {
    JavaFileObject source =
        tools(
            """
          enum Level { LOW, @com.fasterxml.jackson.annotation.JsonFormat HIGH }

          /** Returns one. */
          @Tool
          public Level get() { return Level.LOW; }
        """);
    assertError(compile(source), source, "get()", TAG, "@JsonFormat on test.Tools.Level.HIGH");
  }

  @Test
  void customDeserializer_goesToTheDatabindFallbackWithANote() throws IOException {
    JavaFileObject source =
        tools(
            """
          public static final class Upper extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<String> {
            public Upper() {
              super(String.class);
            }

            @Override
            public String deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext c) throws java.io.IOException {
              return p.getText().toUpperCase();
            }
          }

          public record Label(@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = Upper.class) String text) {}

          /** Echoes a label. */
          @Tool
          public Label echo(Label label) {
            return label;
          }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    String note =
        compilation.notes().stream()
            .map(d -> d.getMessage(null))
            .filter(m -> m.contains("[JacksonFallback]"))
            .findFirst()
            .orElseThrow();
    assertThat(note)
        .contains("Tools_ToolDispatcher reads and writes test.Tools.Label with jackson-databind");
    assertThat(note).contains("@JsonDeserialize on text");
    String dispatcher =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "Tools_ToolDispatcher.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(dispatcher).contains("arguments.value(\"label\", LABEL_TYPE)");
    assertThat(dispatcher).contains("Binding.of(Tools.Label.class)");
    assertThat(dispatcher).contains("out.fallback(value)");
    assertThat(
            compilation.diagnostics().stream()
                .noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING))
        .isTrue();
  }

  @Test
  void honouredAnnotations_needNoFallback() {
    JavaFileObject source =
        tools(
            """
          @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
          public record Item(@com.fasterxml.jackson.annotation.JsonProperty("item_id") String id,
              @com.fasterxml.jackson.annotation.JsonPropertyDescription("how many") int count) {}

          /** Echoes an item. */
          @Tool
          public Item echo(Item item) {
            return item;
          }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(
            compilation.notes().stream()
                .noneMatch(d -> d.getMessage(null).contains("JacksonFallback")))
        .isTrue();
  }

  @Test
  void charArrays_goToTheDatabindFallback_becauseJacksonWritesThemAsOneString() throws IOException {
    JavaFileObject source =
        tools(
            """
          /** Echoes letters. */
          @Tool
          public char[] letters(char[] letters) {
            return letters;
          }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(
            compilation.notes().stream()
                .map(d -> d.getMessage(null))
                .anyMatch(
                    m -> m.contains("[JacksonFallback]") && m.contains("char[] as one string")))
        .isTrue();
    String dispatcher =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "Tools_ToolDispatcher.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(dispatcher).contains("Binding.of(char[].class)");
  }
}
