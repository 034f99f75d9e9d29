package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.local.fixture.ShopHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

  @Test
  void parsesAllFlags() throws Exception {
    Cli.Options o = Cli.parse(new String[] {"--handler", "a.B", "--port", "0", "--target=shop", "--host", "::1",
        "--timeout", "30", "--propagate-header", "X-Tenant", "--propagate-header", "X-Trace"});
    assertEquals("a.B", o.handler);
    assertEquals(0, o.port);
    assertEquals("shop", o.target);
    assertEquals("::1", o.host);
    assertEquals(Duration.ofSeconds(30), o.timeout);
    assertEquals(List.of("X-Tenant", "X-Trace"), o.headers);
  }

  @Test
  void defaults() throws Exception {
    Cli.Options o = Cli.parse(new String[] {"--handler", "a.B"});
    assertEquals(8080, o.port);
    assertEquals("local", o.target);
    assertEquals("127.0.0.1", o.host);
  }

  @Test
  void mistakes_areExplained() {
    assertEquals("--handler <class> is required",
        assertThrows(Cli.UsageException.class, () -> Cli.parse(new String[0])).getMessage());
    assertEquals("unknown option --prot",
        assertThrows(Cli.UsageException.class, () -> Cli.parse(new String[] {"--handler", "a.B", "--prot", "1"}))
            .getMessage());
    assertEquals("--port must be a number from 0 to 65535, got \"http\"",
        assertThrows(Cli.UsageException.class, () -> Cli.parse(new String[] {"--handler", "a.B", "--port", "http"}))
            .getMessage());
    assertTrue(assertThrows(Cli.UsageException.class,
        () -> Cli.parse(new String[] {"--handler", "a.B", "--target", "my_target"})).getMessage().contains("no underscores"));
    assertEquals("--port needs a value",
        assertThrows(Cli.UsageException.class, () -> Cli.parse(new String[] {"--handler", "a.B", "--port"})).getMessage());
  }

  @Test
  void handlerClass_isInstantiatedReflectively() throws Exception {
    assertTrue(Cli.instantiate(ShopHandler.class.getName()) instanceof ShopHandler);
    assertTrue(assertThrows(Cli.UsageException.class, () -> Cli.instantiate("no.such.Handler")).getMessage()
        .contains("is not on the class path"));
    assertTrue(assertThrows(Cli.UsageException.class, () -> Cli.instantiate(String.class.getName())).getMessage()
        .contains("is not a RequestStreamHandler"));
  }

  @Test
  void help_and_errors() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, Cli.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--handler <class>"));
    assertEquals(2, Cli.run(new String[] {"--port", "1"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: --handler <class> is required"));
  }
}
