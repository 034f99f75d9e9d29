package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/** How the processor behaves towards javac and other processors. */
class ProcessorContractTest {

  private static final JavaFileObject PING =
      Diagnosing.tools(
          """
        /** Answers pong. */
        @Tool
        public String ping() {
          return "pong";
        }
      """);

  @Test
  void processorDoesNotDeclareItselfIncrementalToGradle() throws Exception {
    // An incremental ("aggregating") processor would see unchanged tool classes and model types as
    // class files, without Javadoc and parameter names (PrecompiledTypesTest); Gradle recompiles
    // the whole module instead.
    Path classes =
        Path.of(ToolProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(
            Files.exists(
                classes.resolve("META-INF/services/javax.annotation.processing.Processor")))
        .isTrue();
    assertThat(Files.exists(classes.resolve("META-INF/gradle/incremental.annotation.processors")))
        .isFalse();
  }

  @Test
  void supportedSourceVersion_isTheLatestTheRunningJdkSupports() {
    assertThat(new ToolProcessor().getSupportedSourceVersion())
        .isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void compilingAtTheRunningJdksRelease_givesNoSourceVersionWarning() {
    // javac warns when a processor supports less than -source; on JDK 25 this compiles with
    // --release 25.
    String release = Integer.toString(Runtime.version().feature());
    Compilation compilation = ProcessorTesting.javac("--release", release).compile(PING);
    assertSucceededWithoutWarnings(compilation);
    assertThat(ProcessorTesting.schema(compilation).size()).isEqualTo(1);
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_23)
  void markdownDocComments_describeToolsOnNewerJdks() {
    JavaFileObject source =
        Diagnosing.tools(
            """
          /// Answers `pong` to whoever asks.
          ///
          /// @param name who asks
          @Tool
          public String ping(String name) {
            return "pong";
          }
        """);
    Compilation compilation = ProcessorTesting.compile(source);
    assertSucceededWithoutWarnings(compilation);
    var schema = ProcessorTesting.schema(compilation);
    assertThat(ProcessorTesting.tool(schema, "ping").path("description").asText())
        .isEqualTo("Answers `pong` to whoever asks.");
    assertThat(ProcessorTesting.input(schema, "ping", "name").path("description").asText())
        .isEqualTo("who asks");
  }

  @Test
  void supportsTheToolAnnotationAndTheTargetOption() {
    ToolProcessor processor = new ToolProcessor();
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
    assertThat(processor.getSupportedOptions())
        .containsExactly(
            ToolProcessor.TARGET_OPTION,
            ToolProcessor.CLIENT_PREFIX_OPTION,
            ToolProcessor.OUTPUT_SCHEMA_OPTION);
    assertThat(ToolProcessor.TARGET_OPTION).isEqualTo("toolwright.target");
  }

  @Test
  void toolAnnotation_isNotClaimed() {
    Recorder later = new Recorder();
    Compilation compilation =
        Compiler.javac().withProcessors(new ToolProcessor(), later).compile(PING);
    assertSucceededWithoutWarnings(compilation);
    assertThat(later.seen).contains("dev.toolwright.Tool");
  }

  @Test
  void sourceWithoutTools_writesNothing() {
    JavaFileObject plain =
        Diagnosing.type("Plain", "/** Nothing to see. */\npublic class Plain {}\n");
    Compilation compilation = ProcessorTesting.compile(plain);
    assertSucceededWithoutWarnings(compilation);
    assertThat(
            compilation.generatedFiles().stream()
                .filter(f -> f.getKind() != JavaFileObject.Kind.CLASS)
                .count())
        .isEqualTo(0);
  }

  @Test
  void targetOption_isRecognizedWhenTheSourcesHaveNoTools() {
    // Test sources usually have no @Tool; javac warns about options of processors it never ran.
    JavaFileObject plain =
        Diagnosing.type("Plain", "/** Nothing to see. */\npublic class Plain {}\n");
    Compilation compilation = ProcessorTesting.javac("-Atoolwright.target=weather").compile(plain);
    assertSucceededWithoutWarnings(compilation);
    assertThat(
            compilation.generatedFiles().stream()
                .filter(f -> f.getKind() != JavaFileObject.Kind.CLASS)
                .count())
        .isEqualTo(0);
  }

  @Test
  void toolsGeneratedInALaterRound_areInTheSchema() {
    Compilation compilation =
        Compiler.javac().withProcessors(new ToolProcessor(), new Generator()).compile(PING);
    assertSucceededWithoutWarnings(compilation);
    List<String> names = new ArrayList<>();
    ProcessorTesting.schema(compilation).forEach(t -> names.add(t.path("name").asText()));
    assertThat(names).containsExactly("generated_ping", "ping").inOrder();
    assertThat(compilation.generatedSourceFile("test.GeneratedTools_ToolDispatcher").isPresent())
        .isTrue();
  }

  /** Records the annotations it is offered; supports everything, claims nothing. */
  private static final class Recorder extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(a -> seen.add(a.getQualifiedName().toString()));
      return false;
    }
  }

  /** Writes a tool class in the first round, as another code generator might. */
  private static final class Generator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer writer =
          processingEnv.getFiler().createSourceFile("test.GeneratedTools").openWriter()) {
        writer.write(
            "package test;\n\n/** Generated tools. */\npublic class GeneratedTools {\n"
                + "  /** Answers pong from generated code. */\n"
                + "  @dev.toolwright.Tool\n  public String generatedPing() {\n    return \"pong\";\n  }\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
