package dev.toolwright.mcpclients;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The official MCP clients on Node.js, for tests: the TypeScript SDK's client ({@code
 * mcp-smoke.mjs}) and the MCP Inspector's CLI mode, pinned in this module's {@code
 * package-lock.json}. {@link #install()} skips the calling test (a JUnit assumption) when Node.js
 * or npm is not on the PATH, or when {@code npm ci} cannot install the clients (e.g. offline), so a
 * machine with only a JDK still builds.
 */
public final class NodeMcpClients {

  /**
   * The system property naming the folder that holds {@code mcp-smoke.mjs}; the modules' surefire
   * plugin sets it.
   */
  public static final String DIR_PROPERTY = "toolwright.clients.dir";

  private static final Duration CALL = Duration.ofSeconds(60);
  private static final Duration INSTALL = Duration.ofMinutes(5);

  private final Path dir;
  private final String node;

  private NodeMcpClients(Path dir, String node) {
    this.dir = dir;
    this.node = node;
  }

  /**
   * Finds node and runs {@code npm ci} when the clients are not installed yet; the assumptions skip
   * the test.
   */
  public static NodeMcpClients install() throws IOException, InterruptedException {
    Path dir =
        Path.of(System.getProperty(DIR_PROPERTY, "../mcp-clients")).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(dir.resolve("mcp-smoke.mjs")), "no mcp-smoke.mjs in " + dir);
    String node = executable("node");
    assumeTrue(node != null, "node is not on the PATH: skipping the MCP client tests");
    NodeMcpClients clients = new NodeMcpClients(dir, node);
    if (!Files.isDirectory(dir.resolve("node_modules/@modelcontextprotocol/sdk"))
        || !Files.isDirectory(dir.resolve("node_modules/@modelcontextprotocol/inspector"))) {
      String npm = executable("npm");
      assumeTrue(npm != null, "npm is not on the PATH: skipping the MCP client tests");
      Result install = clients.run(INSTALL, npm, "ci", "--no-audit", "--no-fund");
      assumeTrue(
          install.status() == 0,
          "npm ci failed in " + dir + " (offline?); skipping:\n" + install.stderr());
    }
    return clients;
  }

  /**
   * {@code node mcp-smoke.mjs <url> <tool> <arguments>}: the TypeScript SDK's client lists the
   * tools and calls one; stdout is one JSON object (server, protocol version, tools, the call's
   * {@code CallToolResult}).
   */
  public Result smoke(String url, String tool, String arguments)
      throws IOException, InterruptedException {
    return run(CALL, node, "mcp-smoke.mjs", url, tool, arguments);
  }

  /**
   * {@code npx @modelcontextprotocol/inspector --cli <url> --transport http ...}, from the
   * installed package.
   */
  public Result inspector(String url, String... arguments)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                node,
                dir.resolve("node_modules/@modelcontextprotocol/inspector/cli/build/cli.js")
                    .toString(),
                "--cli",
                url,
                "--transport",
                "http"));
    command.addAll(List.of(arguments));
    return run(CALL, command.toArray(String[]::new));
  }

  private Result run(Duration timeout, String... command) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("toolwright-node", ".out");
    Path stderr = Files.createTempFile("toolwright-node", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
      }
      return new Result(
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static String executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String candidate : List.of(name, name + ".cmd", name + ".exe")) {
        Path file = Path.of(dir, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return file.toString();
        }
      }
    }
    return null;
  }

  /** A finished command: its exit status and what it printed. */
  public record Result(int status, String stdout, String stderr) {}
}
