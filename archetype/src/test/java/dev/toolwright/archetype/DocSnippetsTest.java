package dev.toolwright.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the root README and the {@code docs/} pages compile against the current API,
 * with the annotation processor, as one project; their test snippets then pass. A snippet must be a
 * whole source file, imports included, so that a reader can paste it; one that is deliberately
 * partial (a few statements) is skipped when the line before its fence is {@value #PARTIAL}.
 */
class DocSnippetsTest {

  static final String PARTIAL = "<!-- snippet: partial -->";

  /**
   * Its blocks are the golden files, which {@code DocsTest} compares it with; they are not
   * snippets.
   */
  static final String GENERATED_CODE_PAGE = "generated-code.md";

  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TYPE =
      Pattern.compile(
          "^(?:public\\s+)?(?:(?:final|abstract|sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)",
          Pattern.MULTILINE);

  /**
   * A ```java block: the page and where it starts there (1-based line of its first code line), and
   * its text.
   */
  record Snippet(String page, int line, String code, boolean partial) {
    String packageName() {
      Matcher m = PACKAGE.matcher(code);
      return m.find() ? m.group(1) : "";
    }

    String typeName() {
      Matcher m = TYPE.matcher(code);
      return m.find() ? m.group(1) : null;
    }

    String qualifiedName() {
      return packageName().isEmpty() ? typeName() : packageName() + "." + typeName();
    }
  }

  private static List<Path> pages;
  private static List<Snippet> snippets;
  private static Path output;

  @BeforeAll
  static void read() throws IOException {
    Path readme = Paths.get(System.getProperty("readme.path", "../README.md"));
    Path root = readme.toAbsolutePath().normalize().getParent();
    pages = new ArrayList<>(List.of(readme));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(
              p ->
                  p.toString().endsWith(".md")
                      && !p.getFileName().toString().equals(GENERATED_CODE_PAGE))
          .sorted()
          .forEach(pages::add);
    }
    snippets = new ArrayList<>();
    for (Path page : pages) {
      snippets.addAll(
          snippets(
              root.relativize(page.toAbsolutePath().normalize()).toString(),
              Files.readString(page)));
    }
    output = Paths.get(System.getProperty("snippets.output", "target/readme-snippets"));
  }

  static List<Snippet> snippets(String page, String markdown) {
    List<Snippet> found = new ArrayList<>();
    List<String> lines = markdown.lines().collect(Collectors.toList());
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        boolean java = line.strip().equals("```java");
        int start = i + 1;
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        if (java) {
          found.add(
              new Snippet(page, start + 1, code.toString(), previous.strip().equals(PARTIAL)));
        }
        previous = "";
      } else if (!line.isBlank()) {
        previous = line;
      }
    }
    return found;
  }

  @Test
  void everyWholeSnippet_compilesWithTheProcessor_andItsTestsPass() throws Exception {
    List<Snippet> whole = snippets.stream().filter(s -> !s.partial()).collect(Collectors.toList());
    assertTrue(whole.size() >= 6, "the docs' snippets were found: " + whole.size());
    long onFrontPage = whole.stream().filter(s -> s.page().equals("README.md")).count();
    assertTrue(
        onFrontPage >= 2, "the README's tool and handler snippets were found: " + onFrontPage);
    List<String> problems = new ArrayList<>();
    for (Snippet s : whole) {
      if (s.typeName() == null) {
        problems.add(
            s.page()
                + ":"
                + s.line()
                + ": the java block declares no class. Make it a whole"
                + " source file with its imports, or put "
                + PARTIAL
                + " on the line before its fence.");
      }
    }
    assertEquals(List.of(), problems);

    deleteRecursively(output);
    Files.createDirectories(output);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Snippet s : whole) {
      sources.add(new Source(s));
    }
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // The processor is named explicitly: JDK 23+ runs none found only on the class path.
    List<String> options =
        List.of(
            "--release",
            "17",
            "-classpath",
            classPath,
            "-processorpath",
            classPath,
            "-Atoolwright.target=weather",
            "-d",
            output.toString());
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR
          || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        Snippet s = d.getSource() instanceof Source ? ((Source) d.getSource()).snippet : null;
        String where = s != null ? s.page() + ":" + (s.line() + d.getLineNumber() - 1) : "javac";
        messages.add(where + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertTrue(
        ok && messages.isEmpty(),
        "The docs' Java snippets do not compile cleanly against the current API:\n"
            + String.join("\n", messages));
    assertTrue(
        Files.isRegularFile(output.resolve("META-INF/toolwright/tool-schema.json")),
        "the processor ran");

    // The snippets' tests run against the snippets' tools and handlers.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      int ran = 0;
      for (Snippet s : whole) {
        Class<?> type = loader.loadClass(s.qualifiedName());
        for (Method test : type.getDeclaredMethods()) {
          if (test.isAnnotationPresent(Test.class)) {
            test.setAccessible(true);
            Object instance = Modifier.isStatic(test.getModifiers()) ? null : newInstance(type);
            try {
              test.invoke(instance);
            } catch (InvocationTargetException e) {
              throw new AssertionError(
                  "Docs test "
                      + type.getSimpleName()
                      + "."
                      + test.getName()
                      + " ("
                      + s.page()
                      + ":"
                      + s.line()
                      + ") fails: "
                      + e.getCause(),
                  e.getCause());
            }
            ran++;
          }
        }
      }
      assertTrue(ran >= 2, "the docs' test snippet ran: " + ran);
    }
  }

  @Test
  void partialMarker_skipsOnlyTheNextBlock() {
    List<Snippet> found =
        snippets(
            "page.md",
            "text\n\n"
                + PARTIAL
                + "\n```java\nfoo();\n```\n\n```java\nclass A {}\n```\n```xml\n<a/>\n```\n");
    assertEquals(2, found.size());
    assertTrue(found.get(0).partial());
    assertEquals(5, found.get(0).line());
    assertTrue(!found.get(1).partial());
    assertEquals("A", found.get(1).typeName());
  }

  @Test
  void lambdaJarSection_matchesTheArchetypesShadeSetup() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path page : pages) {
      text.append(Files.readString(page));
    }
    Matcher block =
        Pattern.compile(
                "```xml\\n(<plugin>\\s*<groupId>org.apache.maven.plugins</groupId>\\s*"
                    + "<artifactId>maven-shade-plugin</artifactId>.*?)```",
                Pattern.DOTALL)
            .matcher(text);
    assertTrue(block.find(), "the docs show the shade plugin");
    String readmeExecutions = executions(block.group(1));
    String archetypePom =
        Files.readString(
            Paths.get(
                System.getProperty(
                    "archetype.pom", "src/main/resources/archetype-resources/pom.xml")));
    assertEquals(
        readmeExecutions,
        executions(
            archetypePom.substring(archetypePom.indexOf("maven-shade-plugin</artifactId>\n"))),
        "the docs' shade configuration is the generated project's");
  }

  private static String executions(String xml) {
    int start = xml.indexOf("<executions>");
    int end = xml.indexOf("</executions>", start);
    assertTrue(start >= 0 && end > start, "an <executions> element in " + xml);
    return xml.substring(start, end).replaceAll("\\s+", " ");
  }

  private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }

  /**
   * A snippet as a source file named after its type, so that javac accepts a public class in it.
   */
  private static final class Source extends SimpleJavaFileObject {
    final Snippet snippet;

    Source(Snippet snippet) {
      super(
          URI.create(
              "string:///" + snippet.qualifiedName().replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.snippet = snippet;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return snippet.code();
    }
  }
}
