package dev.toolwright.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs cannot drift: the generated-code page includes the golden files verbatim, every relative
 * link resolves (to a file, and for a {@code #anchor} into Markdown to one of its headings), the
 * README links every page, and CI runs the README's test command.
 */
class DocsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  @Test
  void generatedCodePage_includesTheToolClassTheGoldenDispatcherAndTheGoldenSchema()
      throws IOException {
    String page = read(ROOT.resolve("docs/generated-code.md"));
    assertIncluded(
        page, "java", "examples/src/main/java/dev/toolwright/examples/calculator/Calculator.java");
    assertIncluded(
        page, "java", "processor/src/test/resources/golden/Calculator_ToolDispatcher.java");
    assertIncluded(page, "json", "processor/src/test/resources/golden/tool-schema.json");
  }

  @Test
  void everyRelativeLink_inTheDocs_resolves_andEveryAnchorNamesAHeading() throws IOException {
    List<Path> pages = pages();
    Map<Path, Set<String>> anchors = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int links = 0;
    int anchored = 0;
    for (Path page : pages) {
      Matcher m = LINK.matcher(FENCE.matcher(read(page)).replaceAll(""));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^(https?:|mailto:).*")) {
          continue;
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash >= 0 ? target.substring(0, hash) : target;
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
        } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
          anchored++;
          String anchor = target.substring(hash + 1);
          Set<String> headings = anchors.computeIfAbsent(resolved, DocsTest::anchors);
          if (!headings.contains(anchor)) {
            broken.add(
                ROOT.relativize(page)
                    + ": "
                    + target
                    + " (no heading #"
                    + anchor
                    + " in "
                    + ROOT.relativize(resolved)
                    + "; it has "
                    + String.join(", ", headings)
                    + ")");
          }
        }
      }
    }
    assertTrue(links > 5, "found only " + links + " relative links in " + pages.size() + " pages");
    assertTrue(
        anchored > 5,
        "found only " + anchored + " links to a heading in " + pages.size() + " pages");
    assertEquals(List.of(), broken, "relative links that point at nothing");
  }

  @Test
  void theReadme_linksEveryDocsPage() throws IOException {
    Set<String> linked = new LinkedHashSet<>();
    Matcher m = LINK.matcher(FENCE.matcher(read(ROOT.resolve("README.md"))).replaceAll(""));
    while (m.find()) {
      linked.add(m.group(1).replaceAll("#.*", ""));
    }
    List<String> pages;
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      pages =
          files
              .map(f -> "docs/" + f.getFileName())
              .filter(f -> f.endsWith(".md"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertTrue(pages.size() > 5, "the docs pages: " + pages);
    assertEquals(
        List.of(),
        pages.stream().filter(p -> !linked.contains(p)).collect(Collectors.toList()),
        "docs pages the README does not link");
  }

  @Test
  void theReadmesQuickStart_hasTwoCommands_andCiRunsItsTestCommand() throws IOException {
    List<String> commands = ArchetypeIT.readmeCommands(read(ROOT.resolve("README.md")));
    assertEquals(2, commands.size(), "the README's quick start has two commands: " + commands);
    List<String> ci =
        read(ROOT.resolve(".ci/run")).lines().map(String::strip).collect(Collectors.toList());
    assertTrue(
        ci.contains(commands.get(1)),
        ".ci/run runs the README's test command " + commands.get(1) + ": " + ci);
  }

  /**
   * ARCHITECTURE.md stays a five-minute read: under 1,000 words, counted as {@code wc -w} counts.
   */
  @Test
  void architecture_isUnderAThousandWords() throws IOException {
    String text = read(ROOT.resolve("ARCHITECTURE.md")).strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    assertTrue(words < 1000, "ARCHITECTURE.md has " + words + " words; keep it under 1,000");
  }

  @Test
  void anchors_followGitHubsHeadingIds() {
    assertEquals(
        List.of(
            "why-buildmethod-makefile",
            "lambdas-log-level-drops-lines-too",
            "token-and-curl",
            "3-get-an-access-token",
            "a_b-c",
            "a_b-c-1",
            "output-schemas-are-opt-in"),
        List.copyOf(
            anchors(
                "# Why `BuildMethod: makefile`\n\n## Lambda's log level drops lines too\n"
                    + "```bash\n# not a heading\n```\n### `token` and `curl`\n## 3. Get an access token\n## A_b-c\n## A_b-c\n"
                    + "## Output schemas are opt-in ##\n")));
  }

  /** The Markdown files of the repository, README and ARCHITECTURE first. */
  private static List<Path> pages() throws IOException {
    List<Path> pages =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("ARCHITECTURE.md")));
    try (Stream<Path> files = Files.walk(ROOT, 3)) {
      files
          .filter(
              f ->
                  f.toString().endsWith(".md")
                      && !f.toString().contains("node_modules")
                      && !f.toString().contains("/target/")
                      && !f.toString().contains("archetype-resources"))
          .forEach(
              f -> {
                if (!pages.contains(f)) {
                  pages.add(f);
                }
              });
    }
    return pages;
  }

  private static Set<String> anchors(Path page) {
    try {
      return anchors(read(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids GitHub gives a page's headings: lower case, punctuation other than {@code -} and {@code
   * _} dropped, spaces as {@code -}, and {@code -1}, {@code -2}, ... appended to repeats.
   */
  static Set<String> anchors(String markdown) {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (fenced || !m.matches()) {
        continue;
      }
      String id =
          m.group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
      int n = seen.merge(id, 1, Integer::sum) - 1;
      ids.add(n == 0 ? id : id + "-" + n);
    }
    return ids;
  }

  private static void assertIncluded(String page, String language, String file) throws IOException {
    String content = read(ROOT.resolve(file));
    assertTrue(
        page.contains("```" + language + "\n" + content + "```"),
        "docs/generated-code.md must include "
            + file
            + " verbatim; regenerate the page from the file");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
