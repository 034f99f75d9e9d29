package dev.toolwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.internal.Answers;
import dev.toolwright.internal.FakeContext;
import dev.toolwright.internal.SampleTools_ToolDispatcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolHandlerTest {

  /** How a user declares a handler. */
  static final class SampleHandler extends ToolHandler {
    SampleHandler() {
      super(new SampleTools_ToolDispatcher());
    }
  }

  private static String handle(ToolHandler handler, String body, FakeContext context)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(Answers.utf8(body)), out, context);
    return out.toString("UTF-8");
  }

  @Test
  void servesThroughTheStreamContract() throws IOException {
    SampleHandler handler = new SampleHandler();
    assertEquals(
        "{\"message\":\"hi\",\"times\":2}",
        handle(handler, "{\"message\":\"hi\",\"times\":2}", FakeContext.gateway("samples___echo")));
    assertEquals("{\"result\":42}", handle(handler, "", FakeContext.gateway("samples___answer")));
    assertEquals("{}", handle(handler, "null", FakeContext.gateway("samples___nothing")));
  }

  /** A handler that registers an argument redactor, as docs/logs-and-metrics.md shows. */
  static final class RedactingHandler extends ToolHandler {
    RedactingHandler() {
      super(new SampleTools_ToolDispatcher());
      setArgumentRedactor(ArgumentRedactor.maskingKeys("email"));
    }
  }

  @Test
  void aHandlerMayRegisterAnArgumentRedactor() throws IOException {
    assertEquals(
        "{\"result\":42}",
        handle(new RedactingHandler(), "{}", FakeContext.gateway("samples___answer")));
  }

  @Test
  void toolNamesAreSorted() {
    List<String> names = new SampleHandler().toolNames();
    assertEquals("answer", names.get(0));
    assertEquals(names.stream().sorted().toList(), names);
  }

  @Test
  void constructorsRejectBadSetups() {
    assertThrows(IllegalArgumentException.class, ToolHandler::new);
    assertThrows(
        IllegalStateException.class,
        () -> new ToolHandler(new SampleTools_ToolDispatcher(), new SampleTools_ToolDispatcher()));
    assertEquals(
        new SampleHandler().toolNames(),
        new ToolHandler(List.of(new SampleTools_ToolDispatcher())).toolNames());
  }

  @Test
  void toolExceptionNeedsAMessage() {
    assertThrows(IllegalArgumentException.class, () -> new ToolException(null));
    assertThrows(IllegalArgumentException.class, () -> new ToolException("  "));
    assertFalse(new ToolException("x").isRetryable());
    assertFalse(new ToolException("x", new RuntimeException()).isRetryable());
    assertTrue(new ToolException("x", true, null).isRetryable());
  }
}
