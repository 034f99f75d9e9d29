package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertError;
import static dev.toolwright.processor.Diagnosing.tools;
import static dev.toolwright.processor.Diagnosing.type;
import static dev.toolwright.processor.ProcessorTesting.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types the gateway's dialect cannot express: each is a compile error {@code [ToolUnsupportedType]}
 * on the parameter (or the method, for a return type), naming the path to the bad type and a fix.
 */
class UnsupportedTypesTest {

  private static final String TAG = "ToolUnsupportedType";

  @Test
  void recursiveRecord_isRejected() {
    JavaFileObject source =
        tools(
            """
          record Node(String name, List<Node> children) {}

          /** Walks a tree. */
          @Tool
          public void walk(Node root) {}
        """);
    assertError(
        compile(source),
        source,
        "walk(Node root)",
        TAG,
        "Parameter 'root' of Tools.walk(Node)",
        "test.Tools.Node is recursive",
        "at 'root.children[]'",
        "the gateway's schema has no references");
  }

  @Test
  void mutuallyRecursiveTypes_areRejected() {
    JavaFileObject source =
        tools(
            """
          record Employee(String name, Team team) {}
          record Team(String name, List<Employee> members) {}

          /** Hires someone. */
          @Tool
          public void hire(Employee employee) {}
        """);
    assertError(
        compile(source),
        source,
        "hire(Employee employee)",
        TAG,
        "test.Tools.Employee is recursive",
        "at 'employee.team.members[]'");
  }

  @Test
  void object_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Stores anything. */
          @Tool
          public void store(
              Object value) {}
        """);
    assertError(
        compile(source),
        source,
        "Object value",
        TAG,
        "Parameter 'value' of Tools.store(Object)",
        "Object has no JSON shape",
        "at 'value'",
        "use a record or a concrete type");
  }

  @Test
  void rawList_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Tags things. */
          @Tool
          @SuppressWarnings("rawtypes")
          public void tag(
              List tags) {}
        """);
    assertError(
        compile(source), source, "List tags", TAG, "raw List has no element type", "write List<T>");
  }

  @Test
  void rawMap_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Counts things. */
          @Tool
          @SuppressWarnings("rawtypes")
          public void count(
              Map counts) {}
        """);
    assertError(
        compile(source),
        source,
        "Map counts",
        TAG,
        "raw Map has no key and value types",
        "write Map<String, V>");
  }

  @Test
  void rawOptional_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Maybe counts. */
          @Tool
          @SuppressWarnings("rawtypes")
          public void count(
              Optional maybe) {}
        """);
    assertError(compile(source), source, "Optional maybe", TAG, "raw Optional has no element type");
  }

  @Test
  void wildcard_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Sums numbers. */
          @Tool
          public void sum(
              List<? extends Number> numbers) {}
        """);
    assertError(
        compile(source),
        source,
        "numbers) {}",
        TAG,
        "wildcard ? extends java.lang.Number",
        "at 'numbers[]'",
        "without '?'");
  }

  @Test
  void unboundTypeVariable_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Stores anything. */
          @Tool
          public <T> void store(
              T value) {}
        """);
    Compilation compilation = compile(source);
    assertError(
        compilation, source, "T value", TAG, "type variable T has no concrete shape", "at 'value'");
    assertThat(Diagnosing.count(compilation, "ToolGeneric")).isEqualTo(1);
  }

  @Test
  void typeVariableOfGenericRecordComponent_isRejected() {
    JavaFileObject source =
        tools(
            """
          record Box<T>(T content) {}

          /** Opens a box. */
          @Tool
          @SuppressWarnings("rawtypes")
          public void open(
              Box box) {}
        """);
    // The raw type erases the component to Object.
    assertError(compile(source), source, "Box box", TAG, "at 'box.content'");
  }

  @Test
  void interface_isRejected() {
    JavaFileObject source =
        tools(
            """
          interface Shape {}

          /** Draws a shape. */
          @Tool
          public void draw(
              Shape shape) {}
        """);
    assertError(
        compile(source),
        source,
        "Shape shape",
        TAG,
        "interface test.Tools.Shape has no concrete shape",
        "use a concrete record or class");
  }

  @Test
  void abstractClass_isRejected() {
    JavaFileObject source =
        tools(
            """
          abstract static class Animal {
            public String name;
          }

          /** Feeds an animal. */
          @Tool
          public void feed(
              Animal animal) {}
        """);
    assertError(
        compile(source),
        source,
        "Animal animal",
        TAG,
        "abstract class test.Tools.Animal has no concrete shape");
  }

  @Test
  void mapWithNonStringKeys_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Prices by quantity. */
          @Tool
          public void price(
              Map<Integer, String> byQuantity) {}
        """);
    assertError(
        compile(source),
        source,
        "byQuantity) {}",
        TAG,
        "map key type java.lang.Integer is not String",
        "use Map<String, V>");
  }

  @Test
  void optionalInsideList_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes holes. */
          @Tool
          public void holes(
              List<Optional<String>> values) {}
        """);
    assertError(
        compile(source),
        source,
        "values) {}",
        TAG,
        "Optional inside a collection or map",
        "at 'values[]'");
  }

  @Test
  void optionalInsideMap_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes holes. */
          @Tool
          public void holes(
              Map<String, OptionalInt> values) {}
        """);
    assertError(
        compile(source),
        source,
        "values) {}",
        TAG,
        "Optional inside a collection or map",
        "at 'values[*]'");
  }

  @Test
  void optionalOfOptional_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Takes maybe a maybe. */
          @Tool
          public void maybe(
              Optional<Optional<String>> value) {}
        """);
    assertError(compile(source), source, "value) {}", TAG, "nested Optional has no JSON shape");
  }

  @Test
  void otherJdkType_isRejected() {
    JavaFileObject source =
        tools(
            """
          /** Reads a file. */
          @Tool
          public void read(
              java.io.File file) {}
        """);
    assertError(
        compile(source), source, "java.io.File file", TAG, "type java.io.File is not supported");
  }

  @Test
  void nullablePrimitive_isRejected() {
    JavaFileObject nullable =
        type(
            "Nullable",
            """
        @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
        public @interface Nullable {}
        """);
    JavaFileObject source =
        tools(
            """
          /** Counts. */
          @Tool
          public void count(
              @Nullable int count) {}
        """);
    assertError(
        compile(nullable, source),
        source,
        "int count",
        TAG,
        "a primitive int cannot be @Nullable",
        "OptionalInt");
  }

  @Test
  void jsonValueEnumThatCannotBeEvaluated_isRejected() {
    JavaFileObject level =
        type(
            "Level",
            """
        /** A level, sent by a computed value. */
        public enum Level {
          LOW, HIGH;

          @JsonValue
          public String wire() {
            return name().toLowerCase();
          }
        }
        """);
    JavaFileObject source =
        tools(
            """
          /** Sets the level. */
          @Tool
          public void set(
              Level level) {}
        """);
    assertError(
        compile(level, source),
        source,
        "Level level",
        TAG,
        "the @JsonValue of enum test.Level cannot be evaluated at compile time",
        "@JsonValue does not simply return a field",
        "put @JsonProperty(\"...\") on each constant");
  }

  @Test
  void jsonValueEnumWithComputedArgument_isRejected() {
    JavaFileObject level =
        type(
            "Level",
            """
        /** A level whose constants do not pass literals. */
        public enum Level {
          LOW(prefix() + "low"), HIGH("high");

          private final String code;

          Level(String code) {
            this.code = code;
          }

          static String prefix() {
            return "x-";
          }

          @JsonValue
          String code() {
            return code;
          }
        }
        """);
    JavaFileObject source =
        tools(
            """
          /** Sets the level. */
          @Tool
          public void set(
              Level level) {}
        """);
    assertError(
        compile(level, source),
        source,
        "Level level",
        TAG,
        "constant LOW does not pass a string literal");
  }

  @Test
  void pojoWithoutSettableProperties_isRejected() {
    JavaFileObject source =
        tools(
            """
          public static class Sealed {
            private String secret;

            public String getSecret() {
              return secret;
            }
          }

          /** Opens it. */
          @Tool
          public void open(
              Sealed sealed) {}
        """);
    assertError(
        compile(source),
        source,
        "Sealed sealed",
        TAG,
        "has no properties Jackson can set",
        "add setters or public fields, or make it a record");
  }

  @Test
  void pojoWithoutNoArgConstructor_isRejected() {
    JavaFileObject source =
        tools(
            """
          public static class Point {
            public int x;

            public Point(int x) {
              this.x = x;
            }
          }

          /** Moves. */
          @Tool
          public void move(
              Point to) {}
        """);
    assertError(
        compile(source),
        source,
        "Point to",
        TAG,
        "has no public no-argument constructor and no @JsonCreator");
  }

  @Test
  void jsonCreatorParameterWithoutJsonProperty_isRejected() {
    JavaFileObject source =
        tools(
            """
          public static class Point {
            private final int x;

            @JsonCreator
            public Point(int x) {
              this.x = x;
            }

            public int getX() {
              return x;
            }
          }

          /** Moves. */
          @Tool
          public void move(
              Point to) {}
        """);
    assertError(
        compile(source),
        source,
        "Point to",
        TAG,
        "@JsonCreator parameter 'x'",
        "has no @JsonProperty name");
  }

  @Test
  void unsupportedTypeDeepInsideARecord_namesThePath() {
    JavaFileObject source =
        tools(
            """
          record Line(String sku, Object extra) {}
          record Order(String id, List<Line> lines) {}

          /** Places an order. */
          @Tool
          public void place(
              Order order) {}
        """);
    assertError(compile(source), source, "Order order", TAG, "at 'order.lines[].extra'");
  }

  @Test
  void unsupportedReturnType_isRejectedOnTheMethod() {
    JavaFileObject source =
        tools(
            """
          /** Returns anything. */
          @Tool
          public Object anything() {
            return null;
          }
        """);
    assertError(
        compile(source),
        source,
        "public Object anything()",
        TAG,
        "Return type of Tools.anything()",
        "Object has no JSON shape",
        "at 'result'");
  }

  @Test
  void wildcardReturnType_isRejectedOnTheMethod() {
    JavaFileObject source =
        tools(
            """
          /** Returns numbers. */
          @Tool
          public List<? extends Number> numbers() {
            return List.of();
          }
        """);
    assertError(
        compile(source),
        source,
        "numbers() {",
        TAG,
        "Return type of Tools.numbers()",
        "at 'result[]'");
  }

  @Test
  void everyBadParameter_isReported() {
    JavaFileObject source =
        tools(
            """
          /** Takes bad things. */
          @Tool
          public void bad(
              Object first,
              Map<Integer, String> second,
              String fine) {}
        """);
    Compilation compilation = compile(source);
    assertError(compilation, source, "Object first", TAG);
    assertError(compilation, source, "Map<Integer, String> second", TAG);
    assertThat(compilation.errors()).hasSize(2);
  }
}
