package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.toolwright.processor.ProcessorTesting.lineOf;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Assertions on the processor's tagged diagnostics. */
final class Diagnosing {

  /** Imports every inline test source gets. */
  static final String IMPORTS =
      String.join(
          "\n",
          "import com.amazonaws.services.lambda.runtime.Context;",
          "import com.fasterxml.jackson.annotation.*;",
          "import dev.toolwright.GatewayContext;",
          "import dev.toolwright.Tool;",
          "import dev.toolwright.ToolParam;",
          "import java.math.*;",
          "import java.time.*;",
          "import java.util.*;",
          "");

  private Diagnosing() {}

  /** {@code test.Tools}: a public class in package {@code test} with the given members. */
  static JavaFileObject tools(String members) {
    return ProcessorTesting.source(
        "test.Tools",
        "package test;\n\n"
            + IMPORTS
            + "\n/** Test tools. */\npublic class Tools {\n"
            + members
            + "}\n");
  }

  /** A top-level type in package {@code test}; {@code text} is everything after the imports. */
  static JavaFileObject type(String simpleName, String text) {
    return ProcessorTesting.source(
        "test." + simpleName, "package test;\n\n" + IMPORTS + "\n" + text);
  }

  /**
   * Asserts the compilation failed with an error tagged {@code [tag]} on the line of {@code marker}
   * whose message has all the key words, and that every error is one of the processor's (so the
   * generated code did not fail to compile on top of it). (compile-testing offers no generated
   * files after a failure; {@code DiagnosticsTest} checks with plain javac that errors stop the
   * schema.)
   */
  static Diagnostic<? extends JavaFileObject> assertError(
      Compilation compilation, JavaFileObject file, String marker, String tag, String... keyWords) {
    assertThat(compilation).failed();
    int line = lineOf(file, marker);
    assertThat(compilation).hadErrorContaining("[" + tag + "]").inFile(file).onLine(line);
    Diagnostic<? extends JavaFileObject> error = find(compilation.errors(), tag, line);
    for (String word : keyWords) {
      assertWithMessage("message of the [%s] error", tag)
          .that(error.getMessage(null))
          .contains(word);
    }
    assertOnlyProcessorErrors(compilation);
    return error;
  }

  /**
   * Asserts a warning tagged {@code [tag]} on the line of {@code marker} with all the key words.
   */
  static Diagnostic<? extends JavaFileObject> assertWarning(
      Compilation compilation, JavaFileObject file, String marker, String tag, String... keyWords) {
    int line = lineOf(file, marker);
    assertThat(compilation).hadWarningContaining("[" + tag + "]").inFile(file).onLine(line);
    Diagnostic<? extends JavaFileObject> warning = find(compilation.warnings(), tag, line);
    for (String word : keyWords) {
      assertWithMessage("message of the [%s] warning", tag)
          .that(warning.getMessage(null))
          .contains(word);
    }
    return warning;
  }

  /**
   * Like {@link #assertError}, for an error that points at an annotation value: {@code value} is
   * the value as written in the source (e.g. {@code "\"get.thing\""}), and the error must be on its
   * line and at its column.
   */
  static Diagnostic<? extends JavaFileObject> assertErrorAt(
      Compilation compilation, JavaFileObject file, String value, String tag, String... keyWords) {
    Diagnostic<? extends JavaFileObject> error =
        assertError(compilation, file, value, tag, keyWords);
    assertColumn(error, file, value, tag);
    return error;
  }

  /** Like {@link #assertWarning}, on the line and at the column of an annotation value. */
  static Diagnostic<? extends JavaFileObject> assertWarningAt(
      Compilation compilation, JavaFileObject file, String value, String tag, String... keyWords) {
    Diagnostic<? extends JavaFileObject> warning =
        assertWarning(compilation, file, value, tag, keyWords);
    assertColumn(warning, file, value, tag);
    return warning;
  }

  private static void assertColumn(
      Diagnostic<? extends JavaFileObject> diagnostic,
      JavaFileObject file,
      String value,
      String tag) {
    String line;
    try {
      line =
          file.getCharContent(false)
              .toString()
              .split("\n", -1)[(int) diagnostic.getLineNumber() - 1];
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertWithMessage("column of the [%s] diagnostic in: %s", tag, line)
        .that(diagnostic.getColumnNumber())
        .isEqualTo((long) line.indexOf(value) + 1);
  }

  static void assertOnlyProcessorErrors(Compilation compilation) {
    List<String> others =
        compilation.errors().stream()
            .map(d -> d.getMessage(null))
            .filter(m -> !m.startsWith("[Tool"))
            .collect(Collectors.toList());
    assertWithMessage("errors that are not the processor's").that(others).isEmpty();
  }

  static long count(Compilation compilation, String tag) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(null).startsWith("[" + tag + "]"))
        .count();
  }

  private static Diagnostic<? extends JavaFileObject> find(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, String tag, long line) {
    return diagnostics.stream()
        .filter(d -> d.getMessage(null).startsWith("[" + tag + "]") && d.getLineNumber() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no [" + tag + "] on line " + line));
  }
}
