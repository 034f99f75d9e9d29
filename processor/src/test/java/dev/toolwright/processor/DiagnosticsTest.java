package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertError;
import static dev.toolwright.processor.Diagnosing.assertErrorAt;
import static dev.toolwright.processor.Diagnosing.assertWarning;
import static dev.toolwright.processor.Diagnosing.assertWarningAt;
import static dev.toolwright.processor.Diagnosing.tools;
import static dev.toolwright.processor.Diagnosing.type;
import static dev.toolwright.processor.ProcessorTesting.compile;
import static dev.toolwright.processor.ProcessorTesting.javac;

import com.google.testing.compile.Compilation;
import dev.toolwright.processor.writer.SchemaWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic of {@link Messages} (bad types are in {@link UnsupportedTypesTest}, types
 * and tool classes from class files in {@link PrecompiledTypesTest}): the stable tag, the key words
 * of the message, and the element's file and line, or the line and column of the annotation value
 * when that is what is wrong.
 */
class DiagnosticsTest {

  @Test
  void everyMessage_hasATagAndAKind() {
    for (Messages message : Messages.values()) {
      assertThat(message.tag()).matches("Tool[A-Za-z]+");
      assertThat(message.format(new Object[20])).startsWith("[" + message.tag() + "] ");
      assertThat(message.kind()).isAnyOf(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING);
    }
  }

  // --- methods -------------------------------------------------------------------------------

  @Test
  void privateMethod_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Hides. */
          @Tool
          private void hide(String name) {}
        """);
    assertError(
        compile(source),
        source,
        "private void hide",
        "ToolPrivate",
        "@Tool method Tools.hide(String) must not be private",
        "make it public or package-private");
  }

  @Test
  void abstractMethod_isRejected() {
    JavaFileObject source =
        type(
            "Tools",
            """
        /** Abstract tools. */
        public abstract class Tools {
          /** Does nothing yet. */
          @Tool
          public abstract void later(String name);
        }
        """);
    assertError(
        compile(source),
        source,
        "abstract void later",
        "ToolAbstract",
        "@Tool method Tools.later(String) must have a body");
  }

  @Test
  void genericMethod_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Is generic. */
          @Tool
          public <T extends CharSequence> void generic(List<String> names) {}
        """);
    assertError(
        compile(source),
        source,
        "void generic(",
        "ToolGeneric",
        "@Tool method Tools.generic(List) must not declare type parameters");
  }

  @Test
  void toolInInterface_isRejected() {
    JavaFileObject source =
        type(
            "Tools",
            """
        /** An interface. */
        public interface Tools {
          /** Says hello. */
          @Tool
          default String hello() {
            return "hello";
          }
        }
        """);
    assertError(
        compile(source),
        source,
        "String hello()",
        "ToolClassKind",
        "@Tool method Tools.hello() is declared in interface test.Tools",
        "methods of a class or record");
  }

  @Test
  void toolInEnum_isRejected() {
    JavaFileObject source =
        type(
            "Tools",
            """
        /** An enum. */
        public enum Tools {
          ONE;

          /** Says hello. */
          @Tool
          public String hello() {
            return "hello";
          }
        }
        """);
    assertError(
        compile(source),
        source,
        "String hello()",
        "ToolClassKind",
        "is declared in enum test.Tools");
  }

  // --- classes -------------------------------------------------------------------------------

  @Test
  void privateClass_isRejected() {
    JavaFileObject source =
        tools(
            """
          private static class Hidden {
            /** Says hello. */
            @Tool
            public String hello() {
              return "hello";
            }
          }
        """);
    assertError(
        compile(source),
        source,
        "class Hidden",
        "ToolClassPrivate",
        "Class test.Tools.Hidden holds @Tool methods and must not be private");
  }

  @Test
  void innerNonStaticClass_isRejected() {
    JavaFileObject source =
        tools(
            """
          public class Inner {
            /** Says hello. */
            @Tool
            public String hello() {
              return "hello";
            }
          }
        """);
    assertError(
        compile(source),
        source,
        "public class Inner",
        "ToolClassInner",
        "Class test.Tools.Inner holds @Tool methods and must be top-level or a static nested class",
        "add 'static'");
  }

  @Test
  void genericClass_isRejected() {
    JavaFileObject source =
        type(
            "Tools",
            """
        /** Generic tools. */
        public class Tools<T> {
          /** Says hello. */
          @Tool
          public String hello() {
            return "hello";
          }
        }
        """);
    assertError(
        compile(source),
        source,
        "class Tools<T>",
        "ToolClassGeneric",
        "Class test.Tools holds @Tool methods and must not declare type parameters");
  }

  @Test
  void classWithSeveralProblems_reportsEveryOne() {
    JavaFileObject source =
        type(
            "Tools",
            """
        /** Generic tools. */
        public class Tools<T> {
          /** Hides. */
          @Tool
          private void hide() {}

          @Tool
          public void undocumented() {}
        }
        """);
    Compilation compilation = compile(source);
    assertError(compilation, source, "class Tools<T>", "ToolClassGeneric");
    assertError(compilation, source, "private void hide()", "ToolPrivate");
    assertError(compilation, source, "void undocumented()", "ToolNoDescription");
    assertThat(compilation.errors()).hasSize(3);
  }

  // --- tool names ----------------------------------------------------------------------------

  @Test
  void invalidToolName_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Gets a thing. */
          @Tool(name = "get.thing")
          public String getThing() {
            return "";
          }
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"get.thing\"",
        "ToolNameInvalid",
        "Tool name \"get.thing\" of Tools.getThing() must match [a-zA-Z0-9_-]+",
        "set @Tool(name = ...)");
  }

  @Test
  void invalidDerivedToolName_isReportedOnTheMethod() {
    JavaFileObject source =
        tools(
            """
          /** Gets a thing. */
          @Tool(description = "Gets a thing.")
          public String get$thing() {
            return "";
          }
        """);
    assertError(
        compile(source),
        source,
        "public String get$thing()",
        "ToolNameInvalid",
        "Tool name \"get$thing\" of Tools.get$thing()");
  }

  @Test
  void duplicateToolName_inOneClass_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Looks up an order. */
          @Tool
          public String lookupOrder(String id) {
            return id;
          }

          /** Looks up an order, again. */
          @Tool(name = "lookup_order")
          public String findOrder(String id) {
            return id;
          }
        """);
    Compilation compilation = compile(source);
    assertErrorAt(
        compilation,
        source,
        "\"lookup_order\"",
        "ToolDuplicateName",
        "Tool name \"lookup_order\" is already used by Tools.lookupOrder(String)",
        "set @Tool(name = ...) to a unique value");
    assertThat(compilation.errors()).hasSize(1);
  }

  @Test
  void duplicateToolName_acrossClasses_isRejected() {
    JavaFileObject first =
        type(
            "Alpha",
            """
        /** First. */
        public class Alpha {
          /** Pings alpha. */
          @Tool
          public String ping() {
            return "alpha";
          }
        }
        """);
    JavaFileObject second =
        type(
            "Beta",
            """
        /** Second. */
        public class Beta {
          /** Pings beta. */
          @Tool
          public String ping() {
            return "beta";
          }
        }
        """);
    Compilation compilation = compile(first, second);
    assertError(
        compilation,
        second,
        "public String ping()",
        "ToolDuplicateName",
        "Tool name \"ping\" is already used by Alpha.ping()");
    assertThat(compilation.errors()).hasSize(1);
  }

  private static final String SIXTY_ONE = "a".repeat(61);

  @Test
  void longToolNameWithoutTarget_isAWarning() {
    JavaFileObject source =
        tools(
            """
          /** Has a long name. */
          @Tool(name = "%s")
          public void longName() {}
        """
                .formatted(SIXTY_ONE));
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWarningAt(
        compilation,
        source,
        "\"" + SIXTY_ONE + "\"",
        "ToolNameLong",
        "Tool name \"" + SIXTY_ONE + "\" has 61 characters",
        "at most 0 characters",
        "pass -Atoolwright.target=<name>");
  }

  @Test
  void toolNameOfSixtyCharactersWithoutTarget_isFine() {
    JavaFileObject source =
        tools(
            """
          /** Has a long name. */
          @Tool(name = "%s")
          public void longName() {}
        """
                .formatted("a".repeat(60)));
    ProcessorTesting.assertSucceededWithoutWarnings(compile(source));
  }

  @Test
  void toolNameTooLongForTarget_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Looks up a customer's order history. */
          @Tool
          public void lookupTheCompleteOrderHistoryOfACustomer() {}
        """);
    // "my-target" (9) + "___" (3) + 47 characters = 59: fine.
    ProcessorTesting.assertSucceededWithoutWarnings(
        javac("-Atoolwright.target=my-target").compile(source));
    // 20 + 3 + 47 = 70 > 64.
    Compilation compilation = javac("-Atoolwright.target=order-history-target").compile(source);
    assertError(
        compilation,
        source,
        "lookupTheCompleteOrderHistoryOfACustomer()",
        "ToolNameTooLong",
        "Tool name \"lookup_the_complete_order_history_of_a_customer\" is too long for target \"order-history-target\"",
        "\"order-history-target___lookup_the_complete_order_history_of_a_customer\" has 70 characters",
        "at most 64");
  }

  @Test
  void invalidTargetName_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Pings. */
          @Tool
          public String ping() {
            return "pong";
          }
        """);
    Compilation compilation = javac("-Atoolwright.target=my_target").compile(source);
    assertError(
        compilation,
        source,
        "public class Tools",
        "ToolTargetInvalid",
        "toolwright.target=\"my_target\" is not a valid gateway target name",
        "no underscores");
  }

  // --- descriptions --------------------------------------------------------------------------

  @Test
  void missingDescription_isRejected() {
    JavaFileObject source =
        tools(
            """
          // Not a doc comment.
          @Tool
          public String ping() {
            return "pong";
          }
        """);
    assertError(
        compile(source),
        source,
        "public String ping()",
        "ToolNoDescription",
        "Tool Tools.ping() has no description",
        "Add a Javadoc comment to the method or set @Tool(description = ...)");
  }

  @Test
  void blankDescriptionOverridingJavadoc_isRejected() {
    JavaFileObject source =
        tools(
            """
          /**
           * @param id the id
           */
          @Tool(description = "   ")
          public String ping(String id) {
            return "pong";
          }
        """);
    assertErrorAt(compile(source), source, "\"   \"", "ToolNoDescription");
  }

  @Test
  void descriptionRepeatingTheName_isAWarning() {
    JavaFileObject source =
        tools(
            """
          /** Lookup order. */
          @Tool
          public String lookupOrder(String id) {
            return id;
          }

          /** Returns the order's status, or "unknown" when there is no such order. */
          @Tool
          public String orderStatus(String id) {
            return id;
          }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWarning(
        compilation,
        source,
        "public String lookupOrder(",
        "ToolWeakDescription",
        "The description of tool Tools.lookupOrder(String) only repeats its name");
    assertThat(compilation.warnings()).hasSize(1);
  }

  @Test
  void toolDescriptionRepeatingTheName_isAWarningOnTheValue() {
    JavaFileObject source =
        tools(
            """
          @Tool(description = "Lookup order.")
          public String lookupOrder(String id) {
            return id;
          }
        """);
    assertWarningAt(compile(source), source, "\"Lookup order.\"", "ToolWeakDescription");
  }

  // --- parameter names -----------------------------------------------------------------------

  @Test
  void parameterNamedWithDoubleUnderscore_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes a reserved name. */
          @Tool
          public void reserved(
              String __x) {}
        """);
    assertError(
        compile(source),
        source,
        "String __x",
        "ToolParamName",
        "Parameter name \"__x\" of Tools.reserved(String) must not be empty or start with \"__\"",
        "set @ToolParam(name = ...)");
  }

  @Test
  void toolParamNameWithDoubleUnderscore_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes a reserved name. */
          @Tool
          public void reserved(
              @ToolParam(name = "__context__") String context) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"__context__\"",
        "ToolParamName",
        "Parameter name \"__context__\"");
  }

  @Test
  void blankToolParamName_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes a blank name. */
          @Tool
          public void blank(
              @ToolParam(name = " ") String value) {}
        """);
    assertErrorAt(compile(source), source, "\" \"", "ToolParamName", "Parameter name \" \"");
  }

  @Test
  void duplicateParameterJsonNames_areRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes the same name twice. */
          @Tool
          public void twice(
              String id,
              @ToolParam(name = "id") String other) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"id\"",
        "ToolParamDuplicate",
        "Parameter name \"id\" is used twice in Tools.twice(String,String)",
        "so each is unique");
  }

  // --- defaults ------------------------------------------------------------------------------

  @Test
  void nonNumericDefaultForInt_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Forecasts. */
          @Tool
          public void forecast(
              @ToolParam(defaultValue = "abc") int days) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"abc\"",
        "ToolBadDefault",
        "defaultValue \"abc\" of Parameter 'days' of Tools.forecast(int) is not a valid integer",
        "write a whole number from -2147483648 to 2147483647");
  }

  @Test
  void outOfRangeDefaultForByte_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Forecasts. */
          @Tool
          public void forecast(
              @ToolParam(defaultValue = "300") byte level) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"300\"",
        "ToolBadDefault",
        "defaultValue \"300\"",
        "from -128 to 127");
  }

  @Test
  void fractionalDefaultForLong_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Forecasts. */
          @Tool
          public void forecast(
              @ToolParam(defaultValue = "2.5") long count) {}
        """);
    assertErrorAt(compile(source), source, "\"2.5\"", "ToolBadDefault", "not a valid integer");
  }

  @Test
  void nonNumericDefaultForDouble_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Scales. */
          @Tool
          public void scale(
              @ToolParam(defaultValue = "NaN") double factor) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"NaN\"",
        "ToolBadDefault",
        "defaultValue \"NaN\"",
        "is not a valid number",
        "write a number such as 3 or 2.5");
  }

  @Test
  void outOfRangeDefaultForFloat_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Scales. */
          @Tool
          public void scale(
              @ToolParam(defaultValue = "1e39") float factor) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"1e39\"",
        "ToolBadDefault",
        "defaultValue \"1e39\"",
        "is not a valid number");
  }

  @Test
  void invalidDateDefault_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Books. */
          @Tool
          public void book(
              @ToolParam(defaultValue = "2026-13-45") LocalDate day) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"2026-13-45\"",
        "ToolBadDefault",
        "defaultValue \"2026-13-45\" of Parameter 'day' of Tools.book(LocalDate) is not a valid ISO-8601 date",
        "write a value in that format");
  }

  @Test
  void nonBooleanDefault_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Switches. */
          @Tool
          public void toggle(
              @ToolParam(defaultValue = "yes") boolean on) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"yes\"",
        "ToolBadDefault",
        "is not a valid boolean",
        "write true or false");
  }

  @Test
  void multiCharacterDefaultForChar_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Marks. */
          @Tool
          public void mark(
              @ToolParam(defaultValue = "xy") char mark) {}
        """);
    assertErrorAt(
        compile(source), source, "\"xy\"", "ToolBadDefault", "is not a valid single character");
  }

  @Test
  void unknownEnumDefault_isRejected() {
    JavaFileObject colour = type("Colour", "/** A colour. */\npublic enum Colour { RED, GREEN }\n");
    JavaFileObject source =
        tools(
            """
          /** Paints. */
          @Tool
          public void paint(
              @ToolParam(defaultValue = "PURPLE") Colour colour) {}
        """);
    assertErrorAt(
        compile(colour, source),
        source,
        "\"PURPLE\"",
        "ToolBadDefault",
        "defaultValue \"PURPLE\"",
        "write one of: RED, GREEN.");
  }

  @Test
  void enumDefaultByJavaNameInsteadOfWireValue_isRejected() {
    JavaFileObject size =
        type(
            "Size",
            """
        /** A size. */
        public enum Size {
          @JsonProperty("s") SMALL,
          @JsonProperty("l") LARGE
        }
        """);
    JavaFileObject source =
        tools(
            """
          /** Sizes. */
          @Tool
          public void size(
              @ToolParam(defaultValue = "SMALL") Size size) {}
        """);
    assertErrorAt(
        compile(size, source), source, "\"SMALL\"", "ToolBadDefault", "write one of: s, l.");
  }

  @Test
  void defaultOnRecordParameter_isRejected() {
    JavaFileObject source =
        tools(
            """
          record Page(int number, int size) {}

          /** Lists. */
          @Tool
          public void list(
              @ToolParam(defaultValue = "{}") Page page) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"{}\"",
        "ToolBadDefault",
        "defaultValue on Parameter 'page' of Tools.list(Page) is not supported for its type",
        "Use Optional<...>");
  }

  @Test
  void defaultOnListParameter_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Tags. */
          @Tool
          public void tag(
              @ToolParam(defaultValue = "a") List<String> tags) {}
        """);
    assertErrorAt(
        compile(source), source, "\"a\"", "ToolBadDefault", "is not supported for its type");
  }

  @Test
  void defaultTogetherWithOptional_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Forecasts. */
          @Tool
          public void forecast(
              @ToolParam(defaultValue = "3") Optional<Integer> days) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"3\"",
        "ToolBadDefault",
        "Parameter 'days' of Tools.forecast(Optional) has both a defaultValue and an Optional or @Nullable type");
  }

  @Test
  void defaultTogetherWithOptionalInt_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Forecasts. */
          @Tool
          public void forecast(
              @ToolParam(defaultValue = "3") OptionalInt days) {}
        """);
    assertErrorAt(
        compile(source),
        source,
        "\"3\"",
        "ToolBadDefault",
        "has both a defaultValue and an Optional");
  }

  @Test
  void invalidDefaultInsideARecord_isRejectedAtTheComponentsValueWithItsPath() {
    JavaFileObject page =
        type(
            "Page",
            """
        /** A page. */
        public record Page(
            int number,
            @ToolParam(defaultValue = "many") int size) {}
        """);
    JavaFileObject source =
        tools(
            """
          /** Lists. */
          @Tool
          public void list(
              Page page) {}
        """);
    assertErrorAt(
        compile(page, source),
        page,
        "\"many\"",
        "ToolBadDefault",
        "defaultValue \"many\" of Parameter 'page' of Tools.list(Page) at 'page.size' is not a valid integer");
  }

  @Test
  void invalidDefaultInsideAPojo_isRejectedAtTheFieldsValue() {
    JavaFileObject filter =
        type(
            "Filter",
            """
        /** A filter. */
        public class Filter {
          @ToolParam(defaultValue = "x")
          private int limit;

          public void setLimit(int limit) {
            this.limit = limit;
          }
        }
        """);
    JavaFileObject source =
        tools(
            """
          /** Searches. */
          @Tool
          public void search(
              Filter filter) {}
        """);
    assertErrorAt(
        compile(filter, source),
        filter,
        "\"x\"",
        "ToolBadDefault",
        "defaultValue \"x\" of Parameter 'filter' of Tools.search(Filter) at 'filter.limit' is not a valid integer");
  }

  // --- limits and I/O ------------------------------------------------------------------------

  @Test
  void moreThanAThousandTools_areRejected() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int c = 0; c < 11; c++) {
      StringBuilder members = new StringBuilder();
      for (int m = 0; m < 91; m++) {
        members
            .append("  /** Tool ")
            .append(m)
            .append(". */\n  @Tool\n  public void t")
            .append(c)
            .append('_')
            .append(m)
            .append("() {}\n");
      }
      sources.add(
          type("Many" + c, "/** Many tools. */\npublic class Many" + c + " {\n" + members + "}\n"));
    }
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(null))
        .isEqualTo(Messages.TOO_MANY_TOOLS.format(1001));
  }

  @Test
  void schemaOverOneMegabyte_isRejected() {
    String description = "d".repeat(60_000);
    StringBuilder members = new StringBuilder();
    for (int m = 0; m < 17; m++) {
      members
          .append("  @Tool(description = \"")
          .append(description)
          .append("\")\n  public void t")
          .append(m)
          .append("() {}\n");
    }
    JavaFileObject source =
        type("Big", "/** Big tools. */\npublic class Big {\n" + members + "}\n");
    Compilation compilation = compile(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(null))
        .startsWith("[ToolSchemaTooLarge] The inline tool schema has ");
    assertThat(compilation.errors().get(0).getMessage(null))
        .contains("more than the gateway's limit of 1 MB");
  }

  @Test
  void dispatcherThatCannotBeWritten_isAnIoError() {
    JavaFileObject source =
        tools(
            """
          /** Pings. */
          @Tool
          public String ping() {
            return "pong";
          }
        """);
    JavaFileObject clash =
        type("Tools_ToolDispatcher", "/** In the way. */\npublic class Tools_ToolDispatcher {}\n");
    Compilation compilation = compile(source, clash);
    assertError(
        compilation,
        source,
        "public class Tools",
        "ToolIo",
        "Could not write Tools_ToolDispatcher");
  }

  @Test
  void errors_stopTheSchemaButNotOtherClassesDispatchers(@TempDir Path dir) throws IOException {
    // compile-testing hides generated files after a failure, so this runs javac itself.
    Path sources = Files.createDirectories(dir.resolve("src/test"));
    Files.writeString(
        sources.resolve("Good.java"),
        """
        package test;

        import dev.toolwright.Tool;

        /** Fine tools. */
        public class Good {
          /** Pings. */
          @Tool
          public String ping() {
            return "pong";
          }
        }
        """);
    Files.writeString(
        sources.resolve("Tools.java"),
        """
        package test;

        import dev.toolwright.Tool;

        /** Bad tools. */
        public class Tools {
          /** Hides. */
          @Tool
          private void hide() {}
        }
        """);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              files,
              diagnostics,
              List.of(),
              null,
              files.getJavaFileObjectsFromPaths(
                  List.of(sources.resolve("Good.java"), sources.resolve("Tools.java"))));
      task.setProcessors(List.of(new ToolProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics()).hasSize(1);
    assertThat(diagnostics.getDiagnostics().get(0).getMessage(null)).startsWith("[ToolPrivate]");
    assertThat(Files.exists(generated.resolve("test/Good_ToolDispatcher.java"))).isTrue();
    assertThat(Files.exists(generated.resolve("test/Tools_ToolDispatcher.java"))).isFalse();
    assertThat(Files.exists(classes.resolve(SchemaWriter.SCHEMA_RESOURCE))).isFalse();
    assertThat(Files.exists(classes.resolve(SchemaWriter.CLOUDFORMATION_RESOURCE))).isFalse();
  }
}
