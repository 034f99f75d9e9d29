package dev.toolwright.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docs cannot drift: the generated-code page includes the golden files verbatim, and every relative link resolves. */
class DocsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");

  @Test
  void generatedCodePage_includesTheToolClassTheGoldenDispatcherAndTheGoldenSchema() throws IOException {
    String page = read(ROOT.resolve("docs/generated-code.md"));
    assertIncluded(page, "java", "examples/src/main/java/dev/toolwright/examples/calculator/Calculator.java");
    assertIncluded(page, "java", "annotation-processor/src/test/resources/golden/Calculator_ToolDispatcher.java");
    assertIncluded(page, "json", "annotation-processor/src/test/resources/golden/tool-schema.json");
  }

  @Test
  void everyRelativeLink_inTheDocs_resolves() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("ARCHITECTURE.md")));
    try (Stream<Path> files = Files.walk(ROOT, 3)) {
      files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("node_modules")
              && !f.toString().contains("/target/") && !f.toString().contains("archetype-resources"))
          .forEach(f -> {
            if (!pages.contains(f)) {
              pages.add(f);
            }
          });
    }
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages) {
      Matcher m = LINK.matcher(FENCE.matcher(read(page)).replaceAll(""));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^(https?:|mailto:|#).*")) {
          continue;
        }
        links++;
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (!Files.exists(page.getParent().resolve(file))) {
          broken.add(ROOT.relativize(page) + ": " + target);
        }
      }
    }
    assertTrue(links > 5, "found only " + links + " relative links in " + pages.size() + " pages");
    assertEquals(List.of(), broken, "relative links that point at nothing");
  }

  private static void assertIncluded(String page, String language, String file) throws IOException {
    String content = read(ROOT.resolve(file));
    assertTrue(page.contains("```" + language + "\n" + content + "```"),
        "docs/generated-code.md must include " + file + " verbatim; regenerate the page from the file");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
