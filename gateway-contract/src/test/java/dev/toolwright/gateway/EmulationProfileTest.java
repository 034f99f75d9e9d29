package dev.toolwright.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmulationProfileTest {

  @Test
  void theDefault_isTheConservativeReading() {
    EmulationProfile p = EmulationProfile.DEFAULT;
    assertEquals(EmulationProfile.StructuredContent.ABSENT, p.structuredContent());
    assertEquals(EmulationProfile.ErrorAnswers.TEXT, p.errorAnswers());
    assertEquals(EmulationProfile.SchemaViolations.PASS_ON, p.schemaViolations());
    assertEquals(EmulationProfile.PropagatedValues.STRING, p.propagatedValues());
  }

  @Test
  void parse_readsEveryKey_andRoundTrips() {
    EmulationProfile p =
        EmulationProfile.parse(
            " structured-content=from-answer, error-answers=tool-error,schema-violations=reject,propagated-values=object");
    assertEquals(
        "structured-content=from-answer,error-answers=tool-error,schema-violations=reject,"
            + "propagated-values=object",
        p.toString());
    assertEquals(p, EmulationProfile.parse(p.toString()));
    assertEquals(EmulationProfile.DEFAULT, EmulationProfile.parse(""));
    assertEquals(EmulationProfile.DEFAULT, EmulationProfile.parse(null));
    assertEquals(
        EmulationProfile.DEFAULT.with(EmulationProfile.SchemaViolations.REJECT),
        EmulationProfile.parse("schema-violations=reject"));
  }

  @Test
  void parse_namesWhatItDoesNotKnow() {
    assertEquals(
        "Unknown gateway profile key \"structured\"; expected one of: structured-content, error-answers,"
            + " schema-violations, propagated-values.",
        assertThrows(
                IllegalArgumentException.class, () -> EmulationProfile.parse("structured=absent"))
            .getMessage());
    assertEquals(
        "Unknown value \"yes\" for gateway profile key error-answers; expected one of: text, tool-error.",
        assertThrows(
                IllegalArgumentException.class, () -> EmulationProfile.parse("error-answers=yes"))
            .getMessage());
  }

  @Test
  void everySwitchableBehaviour_isAssumed_andNamesBothReadings() {
    for (EmulationProfile.Behaviour b : EmulationProfile.behaviours()) {
      assertTrue(!b.source().isBlank(), b.name());
      if (!b.alternative().isEmpty()) {
        assertEquals(EmulationProfile.Status.ASSUMED, b.status(), b.name());
      }
    }
    assertEquals(
        4, EmulationProfile.behaviours().stream().filter(b -> !b.alternative().isEmpty()).count());
  }

  /** The docs' table is the same list, so the docs cannot drift from what the emulation does. */
  @Test
  void theDocs_showTheSameTable() throws IOException {
    String page =
        Files.readString(Path.of("..", "docs", "response-contract.md"), StandardCharsets.UTF_8);
    String table =
        "| behaviour | status | emulated by default | the other reading | source |\n|---|---|---|---|---|\n"
            + EmulationProfile.behaviours().stream()
                .map(
                    b ->
                        "| "
                            + b.name()
                            + " | "
                            + b.status()
                            + " | "
                            + b.emulated()
                            + " | "
                            + (b.alternative().isEmpty() ? "–" : b.alternative())
                            + " | "
                            + b.source()
                            + " |")
                .collect(Collectors.joining("\n"));
    assertTrue(
        page.contains(table),
        "docs/response-contract.md must contain the emulation table exactly:\n" + table);
  }
}
