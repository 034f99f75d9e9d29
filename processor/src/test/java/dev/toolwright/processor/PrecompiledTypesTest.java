package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertError;
import static dev.toolwright.processor.Diagnosing.assertWarning;
import static dev.toolwright.processor.ProcessorTesting.assertJson;
import static dev.toolwright.processor.ProcessorTesting.input;
import static dev.toolwright.processor.ProcessorTesting.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools whose types come from a jar (a shared model module), compiled first with plain javac and
 * without the processor: the processor then reads them from class files, which keep names and
 * annotations but no Javadoc and no source. Descriptions come from annotations, a warning names
 * every property left without one, and a {@code @JsonValue} enum is an error with a fix, never a
 * wrong wire value.
 */
class PrecompiledTypesTest {

  /** A record described only by its Javadoc. */
  static final JavaFileObject MONEY =
      model(
          "Money",
          """
      /**
       * An amount of money.
       *
       * @param amount the amount, in cents
       * @param currency the ISO 4217 code
       */
      public record Money(long amount, String currency) {}
      """);

  /** A record described by annotations, which class files keep. */
  static final JavaFileObject ADDRESS =
      model(
          "Address",
          """
      /**
       * A postal address (Javadoc: lost in the jar, and the annotation wins in source).
       *
       * @param street the street (Javadoc)
       */
      @JsonClassDescription("A postal address.")
      public record Address(
          @JsonPropertyDescription("Street and number.") String street,
          @ToolParam(description = "The city.") String city) {}
      """);

  /** A POJO: one property documented by Javadoc, one by @JsonPropertyDescription. */
  static final JavaFileObject CUSTOMER =
      model(
          "Customer",
          """
      /** A customer. */
      public class Customer {
        /** The customer's full name. */
        private String name;
        @JsonPropertyDescription("Loyalty tier, 1 to 3.")
        private int tier;

        public String getName() {
          return name;
        }

        public void setName(String name) {
          this.name = name;
        }

        public int getTier() {
          return tier;
        }

        public void setTier(int tier) {
          this.tier = tier;
        }
      }
      """);

  /** A POJO built by a @JsonCreator, whose parameter names a class file does not keep. */
  static final JavaFileObject POINT =
      model(
          "Point",
          """
      /** A point. */
      public final class Point {
        private final int x;
        private final int y;

        @JsonCreator
        public Point(@JsonProperty("x") int x, @JsonProperty("y") int y) {
          this.x = x;
          this.y = y;
        }

        public int getX() {
          return x;
        }

        public int getY() {
          return y;
        }
      }
      """);

  /** Wire values from @JsonProperty: kept in the class file. */
  static final JavaFileObject SIZE =
      model(
          "Size",
          """
      /** A size. */
      public enum Size {
        @JsonProperty("s") SMALL,
        @JsonProperty("l") LARGE
      }
      """);

  /** Wire values from @JsonValue: only the source says what it returns. */
  static final JavaFileObject CURRENCY_CODE =
      model(
          "CurrencyCode",
          """
      /** A currency. */
      public enum CurrencyCode {
        EURO("EUR"),
        DOLLAR("USD");

        private final String code;

        CurrencyCode(String code) {
          this.code = code;
        }

        @JsonValue
        public String code() {
          return code;
        }
      }
      """);

  static final JavaFileObject PAYMENTS =
      tools(
          """
        /**
         * Pays.
         *
         * @param money how much
         */
        @Tool
        public void pay(
            Money money,
            Address address,
            Size size,
            Customer customer,
            Point point) {}

        /** Lists the customers. */
        @Tool
        public List<Customer> customers() {
          return List.of();
        }
      """);

  static final JavaFileObject CONVERSIONS =
      tools(
          """
        /** Converts. */
        @Tool
        public void convert(
            CurrencyCode currency) {}
      """);

  /**
   * Optional by a declaration @Nullable (kept in the class file) and by a type-use one (see the
   * test).
   */
  static final JavaFileObject NOTE =
      model(
          "Note",
          """
      /** A note. */
      public record Note(String text, @Nullable String tag, @shared.typeuse.Nullable String colour) {}
      """);

  static final JavaFileObject NULLABLE =
      model(
          "Nullable",
          """
      /** A declaration annotation named Nullable, like javax.annotation.Nullable. */
      @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
      public @interface Nullable {}
      """);

  static final JavaFileObject TYPE_USE_NULLABLE =
      ProcessorTesting.source(
          "shared.typeuse.Nullable",
          """
      package shared.typeuse;

      /** A type-use annotation named Nullable, like org.jspecify.annotations.Nullable. */
      @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
      @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
      public @interface Nullable {}
      """);

  /** A bad default, which has no source to point at in a jar. */
  static final JavaFileObject PAGING =
      model(
          "Paging",
          """
      /** Paging. */
      public record Paging(@ToolParam(defaultValue = "many") int size) {}
      """);

  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void compileTheModelIntoAJar() throws IOException {
    jar =
        jar(
            dir,
            MONEY,
            ADDRESS,
            CUSTOMER,
            POINT,
            SIZE,
            CURRENCY_CODE,
            NOTE,
            NULLABLE,
            TYPE_USE_NULLABLE,
            PAGING);
  }

  @Test
  void typesFromAJar_takeDescriptionsFromAnnotations_andWarnAboutTheRest() {
    Compilation compilation = againstJar(PAYMENTS);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    JsonNode schema = schema(compilation);
    assertJson(
        """
        {"type": "object", "properties": {
          "amount": {"type": "integer"},
          "currency": {"type": "string"}},
         "required": ["amount", "currency"], "description": "how much"}
        """,
        input(schema, "pay", "money"));
    assertJson(
        """
        {"type": "object", "properties": {
          "street": {"type": "string", "description": "Street and number."},
          "city": {"type": "string", "description": "The city."}},
         "required": ["street", "city"], "description": "A postal address."}
        """,
        input(schema, "pay", "address"));
    assertJson(
        """
        {"type": "string", "description": "One of: s, l."}
        """,
        input(schema, "pay", "size"));
    assertJson(
        """
        {"type": "object", "properties": {
          "name": {"type": "string"},
          "tier": {"type": "integer", "description": "Loyalty tier, 1 to 3."}},
         "required": ["name", "tier"]}
        """,
        input(schema, "pay", "customer"));
    // The creator's parameters are arg0 and arg1 in the class file; the names come from
    // @JsonProperty.
    assertJson(
        """
        {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
         "required": ["x", "y"]}
        """,
        input(schema, "pay", "point"));

    assertWarning(
        compilation,
        PAYMENTS,
        "Money money",
        "ToolClassFileType",
        "Type shared.Money comes from a class file; its Javadoc is not available, so properties 'amount', 'currency'"
            + " have no description (used by parameter 'money' of Tools.pay(Money,Address,Size,Customer,Point)).",
        "Add @JsonPropertyDescription or @ToolParam(description = ...) to them, or compile the type in the module"
            + " that holds the tools.");
    assertWarning(
        compilation,
        PAYMENTS,
        "Customer customer",
        "ToolClassFileType",
        "Type shared.Customer comes from a class file",
        "so property 'name' has no description");
    assertWarning(
        compilation, PAYMENTS, "Point point", "ToolClassFileType", "properties 'x', 'y' have");
    // Once per type: the second use of Customer (the result of customers()) is not warned about
    // again.
    assertThat(compilation.warnings()).hasSize(3);
  }

  @Test
  void theSameTypesFromSource_takeDescriptionsFromJavadoc_withoutWarnings() {
    Compilation compilation =
        ProcessorTesting.compile(List.of(MONEY, ADDRESS, CUSTOMER, POINT, SIZE, PAYMENTS));
    ProcessorTesting.assertSucceededWithoutWarnings(compilation);
    JsonNode schema = schema(compilation);
    assertThat(
            input(schema, "pay", "money")
                .path("properties")
                .path("amount")
                .path("description")
                .asText())
        .isEqualTo("the amount, in cents");
    assertThat(
            input(schema, "pay", "customer")
                .path("properties")
                .path("name")
                .path("description")
                .asText())
        .isEqualTo("The customer's full name.");
    // Annotations win over Javadoc, so the type describes itself alike from source and from a jar.
    assertJson(
        input(schema(againstJar(PAYMENTS)), "pay", "address").toString(),
        input(schema, "pay", "address"));
  }

  @Test
  void jsonValueEnumFromAJar_isAnErrorWithAFix() {
    Compilation compilation = againstJar(CONVERSIONS);
    assertError(
        compilation,
        CONVERSIONS,
        "CurrencyCode currency",
        "ToolUnsupportedType",
        "the @JsonValue of enum shared.CurrencyCode cannot be evaluated at compile time: the enum comes from a class file",
        "replace @JsonValue with @JsonProperty(\"...\") on each constant",
        "or compile the enum in the module that holds the tools");
  }

  @Test
  void jsonValueEnumFromSource_hasItsWireValues() {
    Compilation compilation = ProcessorTesting.compile(List.of(CURRENCY_CODE, CONVERSIONS));
    ProcessorTesting.assertSucceededWithoutWarnings(compilation);
    assertJson(
        """
        {"type": "string", "description": "One of: EUR, USD."}
        """,
        input(schema(compilation), "convert", "currency"));
  }

  @Test
  void nullableFromAJar_declarationAnnotationAlways_typeUseFromJdk22() {
    JavaFileObject source =
        tools(
            """
          /**
           * Notes.
           *
           * @param note the note
           */
          @Tool
          public void write(Note note) {}
        """);
    Compilation compilation = againstJar(source);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    JsonNode note = input(schema(compilation), "write", "note");
    assertThat(ProcessorTesting.fieldNames(note.path("properties")))
        .containsExactly("text", "tag", "colour")
        .inOrder();
    // javac reads type-use annotations from class files only since JDK 22 (JDK-8225377); before,
    // the
    // property stays required, and a warning says why.
    boolean readsTypeUse = Runtime.version().feature() >= 22;
    assertThat(note.path("required").toString())
        .isEqualTo(readsTypeUse ? "[\"text\"]" : "[\"text\",\"colour\"]");
    assertWarning(
        compilation,
        source,
        "write(Note note)",
        "ToolClassFileType",
        "properties 'text', 'tag', 'colour'");
    if (readsTypeUse) {
      assertThat(compilation.warnings()).hasSize(1);
    } else {
      assertWarning(
          compilation,
          source,
          "write(Note note)",
          "ToolClassFileTypeUse",
          "Type shared.Note comes from a class file with type annotations, which javac reads from class files only"
              + " since JDK 22",
          "(used by parameter 'note' of Tools.write(Note))",
          "Use Optional<...> or a declaration @Nullable in that type, or compile with JDK 22 or newer.");
      assertThat(compilation.warnings()).hasSize(2);
    }
  }

  @Test
  void badDefaultInATypeFromAJar_isReportedOnTheParameterWithItsPath() {
    JavaFileObject source =
        tools(
            """
          /** Lists. */
          @Tool
          public void list(
              Paging paging) {}
        """);
    assertError(
        againstJar(source),
        source,
        "Paging paging",
        "ToolBadDefault",
        "defaultValue \"many\" of Parameter 'paging' of Tools.list(Paging) at 'paging.size' is not a valid integer");
  }

  @Test
  void toolClassReadFromAClassFile_isRejected(@TempDir Path work) throws IOException {
    // What an incremental build does to an "aggregating" processor: javac reads the unchanged tool
    // class from its class file and hands it to the processor without Javadoc or parameter names.
    JavaFileObject source =
        Diagnosing.tools(
            """
          /**
           * Pays.
           *
           * @param amount how much
           */
          @Tool
          public void pay(long amount) {}
        """);
    Path classes = jar(work, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Path out = Files.createDirectories(work.resolve("out"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      files.setLocationFromPaths(
          StandardLocation.CLASS_PATH,
          classPath(classes).stream().map(File::toPath).collect(Collectors.toList()));
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, files, diagnostics, List.of(), List.of("test.Tools"), null);
      task.setProcessors(List.of(new ToolProcessor()));
      assertThat(task.call()).isFalse();
      assertThat(Files.exists(out.resolve("test/Tools_ToolDispatcher.java"))).isFalse();
    }
    assertThat(diagnostics.getDiagnostics()).hasSize(1);
    assertThat(diagnostics.getDiagnostics().get(0).getMessage(null))
        .isEqualTo(Messages.TOOL_CLASS_FILE.format("test.Tools"));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** {@code test.Tools}, which imports the model package {@code shared}. */
  static JavaFileObject tools(String members) {
    return ProcessorTesting.source(
        "test.Tools",
        "package test;\n\n"
            + Diagnosing.IMPORTS
            + "import shared.*;\n\n/** Test tools. */\npublic class Tools {\n"
            + members
            + "}\n");
  }

  /** A type in package {@code shared}. */
  static JavaFileObject model(String simpleName, String text) {
    return ProcessorTesting.source(
        "shared." + simpleName, "package shared;\n\n" + Diagnosing.IMPORTS + "\n" + text);
  }

  /**
   * Compiles the sources with plain javac, without the processor, into {@code dir/model.jar} (class
   * files only).
   */
  static Path jar(Path dir, JavaFileObject... sources) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("model-classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      boolean ok =
          compiler
              .getTask(null, files, diagnostics, List.of("-proc:none"), null, List.of(sources))
              .call();
      assertThat(diagnostics.getDiagnostics()).isEmpty();
      assertThat(ok).isTrue();
    }
    Path jar = dir.resolve("model.jar");
    try (Stream<Path> walk = Files.walk(classes);
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        assertThat(file.toString()).endsWith(".class");
        out.putNextEntry(
            new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Compiles with the processor, the jar first on the class path. */
  static Compilation againstJar(JavaFileObject... sources) {
    return ProcessorTesting.javac().withClasspath(classPath(jar)).compile(sources);
  }

  /** The jar, then the test class path (the framework, Jackson's annotations). */
  static List<File> classPath(Path jar) {
    List<File> classPath = new ArrayList<>();
    classPath.add(jar.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return classPath;
  }
}
