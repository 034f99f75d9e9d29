package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.local.fixture.ShopHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Cli parse(String... args) {
    CommandLine command = Cli.command(new PrintStream(out), new PrintStream(err));
    command.parseArgs(args);
    return command.getCommand();
  }

  private int run(String... args) {
    return Cli.run(args, new PrintStream(out), new PrintStream(err));
  }

  @Test
  void parsesAllFlags() {
    Cli o =
        parse(
            "--handler",
            "a.B",
            "--port",
            "0",
            "--target=shop",
            "--host",
            "::1",
            "--timeout",
            "30",
            "--propagate-header",
            "X-Tenant",
            "--propagate-header",
            "X-Trace",
            "--propagate-query",
            "tenant",
            "--gateway-profile",
            "structured-content=from-answer,error-answers=tool-error");
    assertEquals("a.B", o.handler);
    assertEquals(0, o.port);
    assertEquals("shop", o.target);
    assertEquals("::1", o.host);
    assertEquals(30, o.timeoutSeconds);
    assertEquals(List.of("X-Tenant", "X-Trace"), o.headers);
    assertEquals(List.of("tenant"), o.queryParameters);
    assertEquals(
        EmulationProfile.DEFAULT
            .with(EmulationProfile.StructuredContent.FROM_ANSWER)
            .with(EmulationProfile.ErrorAnswers.TOOL_ERROR),
        o.profile);
  }

  @Test
  void defaults() {
    Cli o = parse("--handler", "a.B");
    assertEquals(8080, o.port);
    assertEquals("local", o.target);
    assertEquals("127.0.0.1", o.host);
    assertEquals(900, o.timeoutSeconds);
    assertEquals(EmulationProfile.DEFAULT, o.profile);
  }

  @Test
  void mistakes_areExplained_withExitStatus2() {
    assertEquals(2, run());
    assertTrue(err().contains("error: Missing required option: '--handler=<class>'"), err());
    assertTrue(err().contains("Run with --help for the options."), err());
    assertEquals(2, run("--handler", "a.B", "--prot", "1"));
    assertTrue(err().contains("Unknown options: '--prot', '1'"), err());
    assertEquals(2, run("--handler", "a.B", "--port", "http"));
    assertTrue(err().contains("Invalid value for option '--port': 'http' is not an int"), err());
    assertEquals(2, run("--handler", "a.B", "--port", "70000"));
    assertTrue(err().contains("--port must be a number from 0 to 65535, got 70000"), err());
    assertEquals(2, run("--handler", "a.B", "--target", "my_target"));
    assertTrue(err().contains("no underscores"), err());
    assertEquals(2, run("--handler", "a.B", "--gateway-profile", "structured-content=maybe"));
    assertTrue(
        err()
            .contains(
                "Unknown value \"maybe\" for gateway profile key structured-content; expected one of:"
                    + " absent, from-answer."),
        err());
    assertEquals(2, run("--handler", "no.such.Handler"));
    assertTrue(err().contains("handler class no.such.Handler is not on the class path"), err());
  }

  @Test
  void handlerClass_isInstantiatedReflectively() throws Exception {
    assertTrue(Cli.instantiate(ShopHandler.class.getName()) instanceof ShopHandler);
    assertTrue(
        assertThrows(Cli.UsageException.class, () -> Cli.instantiate("no.such.Handler"))
            .getMessage()
            .contains("is not on the class path"));
    assertTrue(
        assertThrows(Cli.UsageException.class, () -> Cli.instantiate(String.class.getName()))
            .getMessage()
            .contains("is not a RequestStreamHandler"));
  }

  @Test
  void help_isGeneratedAndExitsZero() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("Usage: local-gateway"), help);
    for (String flag :
        List.of(
            "--handler=<class>",
            "--port=<n>",
            "--target=<name>",
            "--host=<address>",
            "--timeout=<seconds>",
            "--propagate-header=<name>",
            "--propagate-query=<name>",
            "--gateway-profile=")) {
      assertTrue(help.contains(flag), flag + " in\n" + help);
    }
    assertTrue(
        help.contains(
            "Exit status: 0 after Ctrl-C, 1 when the endpoint cannot start, 2 on a usage error."));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
