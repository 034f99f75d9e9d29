package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Captures what a {@link Telemetry} writes and splits it into lines. */
public final class LogCapture {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  /** Everything written so far. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The lines written so far, without their line breaks; clears the capture. */
  List<String> take() {
    List<String> lines = lines(text());
    bytes.reset();
    return lines;
  }

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  static JsonNode json(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      return fail("not JSON: " + line, e);
    }
  }

  /** The one invocation log line (the one with an {@code outcome}) in {@code log}, parsed. */
  static JsonNode invocationLine(String log) {
    JsonNode found = null;
    for (String line : lines(log)) {
      JsonNode node = json(line);
      if (node.has("outcome")) {
        assertEquals(null, found, () -> "more than one invocation line in " + log);
        found = node;
      }
    }
    if (found == null) {
      fail("no invocation line in " + log);
    }
    return found;
  }
}
