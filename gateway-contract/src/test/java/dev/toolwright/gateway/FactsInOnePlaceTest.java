package dev.toolwright.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway's facts are defined in this module only: the main sources of every other module must
 * not spell a client-context key, the name patterns, the inline-schema limit or the schema's
 * resource path themselves (they reference the constants here instead).
 */
class FactsInOnePlaceTest {

  /** The repository root: this module's parent (Maven runs tests in the module folder). */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path CONTRACT = Path.of("gateway-contract");

  /** What a copy of a fact looks like in Java source. */
  private static final List<Pattern> FACTS =
      List.of(
          Pattern.compile("\"bedrockAgentCore[A-Za-z]*\""),
          Pattern.compile(Pattern.quote("([0-9a-zA-Z]")),
          Pattern.compile(Pattern.quote("([0-9a-z][-]?)")),
          Pattern.compile("\"META-INF/toolwright/tool-schema"),
          Pattern.compile("[<>]=?\\s*(1_000_000|1000000)\\b"),
          Pattern.compile("=\\s*(6 \\* )?1024 \\* 1024;"),
          Pattern.compile("\"[^\"\\s]*___"),
          Pattern.compile("\"An internal error occurred"));

  @Test
  void noOtherModuleDefinesAGatewayFact() throws IOException {
    List<String> copies = new ArrayList<>();
    int scanned = 0;
    for (Path file : mainSources()) {
      scanned++;
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.trim().startsWith("*") || line.trim().startsWith("//")) {
          continue; // documentation may name a fact
        }
        for (Pattern fact : FACTS) {
          if (fact.matcher(line).find()) {
            copies.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + line.trim());
          }
        }
      }
    }
    assertTrue(scanned > 50, "scanned only " + scanned + " files under " + ROOT);
    assertEquals(
        List.of(), copies, "gateway facts defined outside gateway-contract; use its constants");
  }

  @Test
  void theScanFindsACopy() {
    // the patterns are not vacuous: each matches a typical copy
    List<String> samples =
        List.of(
            "String KEY = \"bedrockAgentCoreToolName\";",
            "Pattern.compile(\"([0-9a-zA-Z][-]?){1,100}\")",
            "\"([0-9a-z][-]?){1,100}-[0-9a-z]{10}\"",
            "\"META-INF/toolwright/tool-schema.json\"",
            "if (size > 1_000_000)",
            "int MAX = 6 * 1024 * 1024;",
            "custom.put(TOOL_NAME, \"priming___\" + tool)",
            "\"An internal error occurred. Please retry later.\"");
    for (int i = 0; i < samples.size(); i++) {
      assertTrue(FACTS.get(i).matcher(samples.get(i)).find(), samples.get(i));
    }
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(
              f -> {
                Path relative = ROOT.relativize(f);
                return !relative.startsWith(CONTRACT)
                    && relative.toString().contains("src" + java.io.File.separator + "main")
                    && !relative
                        .toString()
                        .contains(java.io.File.separator + "target" + java.io.File.separator)
                    && !relative.startsWith("benchmarks");
              })
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
