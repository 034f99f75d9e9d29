package dev.toolwright.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Generates a project from the archetype as a user would, then runs the two commands of its README:
 * the tests ({@code ./mvnw verify}, with the project's own Maven Wrapper) and the local MCP
 * endpoint, which a real MCP client (the official Java SDK) lists the tools of.
 *
 * <p>The Toolwright artifacts come from {@code target/local-repo}, where the build installed them
 * (maven-invoker-plugin's {@code install} goal); everything else from the building Maven's local
 * repository, read as a remote one, and from Maven Central for what that lacks. Nothing is
 * installed into the user's local repository.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchetypeIT {

  private static final String GROUP_ID = "com.example";
  private static final String ARTIFACT_ID = "weather-tools";
  private static final String TARGET = "weather";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
  private static final Pattern ENDPOINT =
      Pattern.compile("MCP endpoint \\(streamable HTTP\\): (\\S+)");

  private static Path work;
  private static Path project;
  private static Path settings;
  private static Path localRepository;
  private static List<String> readmeCommands;

  @BeforeAll
  static void generate() throws Exception {
    work = Paths.get(property("it.workDirectory"));
    localRepository = Paths.get(property("it.localRepository"));
    deleteRecursively(work);
    Files.createDirectories(work);
    settings = work.resolve("settings.xml");
    Files.writeString(
        settings, settingsXml(Paths.get(property("it.remoteRepository")).toUri().toString()));

    // In a folder outside any pom project, so that archetype:generate does not add a module to it.
    run(work, generateCommand(ARTIFACT_ID, TARGET), "generate.log");
    project = work.resolve(ARTIFACT_ID);
    readmeCommands = readmeCommands(Files.readString(project.resolve("README.md")));
  }

  @Test
  @Order(1)
  void generatedProject_isReadyAsItStands() throws IOException {
    assertTrue(Files.isExecutable(project.resolve("mvnw")), "mvnw is executable");
    assertTrue(Files.isRegularFile(project.resolve("mvnw.cmd")));
    assertTrue(
        Files.readString(project.resolve(".mvn/wrapper/maven-wrapper.properties"))
            .contains("distributionUrl="));
    assertTrue(Files.readString(project.resolve(".gitignore")).contains("target/"));
    for (String file :
        List.of(
            "template.yaml",
            "Makefile",
            "samconfig.toml",
            "events/get_forecast.json",
            "src/main/java/com/example/WeatherTools.java",
            "src/main/java/com/example/ToolsHandler.java",
            "src/test/java/com/example/WeatherToolsTest.java")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file);
    }
    String pom = Files.readString(project.resolve("pom.xml"));
    assertTrue(pom.contains("<toolwright.target>weather</toolwright.target>"), pom);
    assertTrue(
        pom.contains(
            "<toolwright.version>" + property("archetype.version") + "</toolwright.version>"),
        pom);
    assertTrue(pom.contains("<arg>-Atoolwright.target=${toolwright.target}</arg>"), pom);
    assertTrue(
        Files.readString(project.resolve("template.yaml"))
            .contains("Handler: com.example.ToolsHandler::handleRequest"));
    assertTrue(
        Files.readString(project.resolve("events/get_forecast.json"))
            .contains("\"weather___get_forecast\""));
    String makefile = Files.readString(project.resolve("Makefile"));
    assertTrue(
        makefile.contains("LAMBDA_JAR := target/weather-tools-1.0-SNAPSHOT-lambda.jar"), makefile);
    assertTrue(makefile.contains("\n\t$(MVNW) $(MAVEN_FLAGS)"), "recipe lines start with a tab");
    assertEquals(
        2, readmeCommands.size(), "the README's first block has two commands: " + readmeCommands);
  }

  @Test
  @Order(2)
  void readmeTestCommand_buildsWithoutWarnings_andRunsTheTests() throws Exception {
    String testCommand = readmeCommands.get(1);
    assertEquals("./mvnw verify", testCommand);
    String log = run(project, shell(testCommand + " " + shellFlags()), "verify.log");
    List<String> warnings =
        log.lines().filter(l -> l.startsWith("[WARNING]")).collect(Collectors.toList());
    assertEquals(List.of(), warnings, "the generated build has no warning");

    int tests = 0;
    int failed = 0;
    try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
      for (Path report :
          reports.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
        String xml = Files.readString(report);
        tests += attribute(xml, "tests");
        failed += attribute(xml, "failures") + attribute(xml, "errors");
      }
    }
    assertTrue(tests >= 3, "at least three tests ran: " + tests);
    assertEquals(0, failed);

    Path jar = project.resolve("target/weather-tools-1.0-SNAPSHOT-lambda.jar");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (String entry :
          List.of(
              "com/example/ToolsHandler.class",
              "com/example/WeatherTools_ToolDispatcher.class",
              "META-INF/toolwright/tool-schema.json",
              "dev/toolwright/ToolHandler.class",
              "com/fasterxml/jackson/core/JsonParser.class")) {
        assertTrue(zip.getEntry(entry) != null, jar.getFileName() + " holds " + entry);
      }
      for (String absent :
          List.of(
              "dev/toolwright/testing/ToolTester.class",
              "dev/toolwright/local/LocalGateway.class",
              "org/junit/jupiter/api/Test.class")) {
        assertTrue(zip.getEntry(absent) == null, jar.getFileName() + " must not hold " + absent);
      }
      JsonNode schema =
          new ObjectMapper()
              .readTree(zip.getInputStream(zip.getEntry("META-INF/toolwright/tool-schema.json")));
      Set<String> names = new TreeSet<>();
      schema.forEach(tool -> names.add(tool.path("name").asText()));
      assertEquals(Set.of("convert_temperature", "get_forecast"), names);
    }
  }

  @Test
  @Order(3)
  void bom_givesOneJacksonVersion_evenWithTheLocalEndpointInTestScope() throws Exception {
    Path list = project.resolve("target/dependencies.txt");
    run(
        project,
        shell(
            "./mvnw -q org.apache.maven.plugins:maven-dependency-plugin:"
                + property("dependency.plugin.version")
                + ":list -DincludeScope=test -DoutputFile="
                + list
                + " "
                + shellFlags()),
        "dependencies.log");
    Map<String, String> jackson = new java.util.TreeMap<>();
    Matcher m =
        Pattern.compile("(com\\.fasterxml\\.jackson\\.[\\w.]+):([\\w.-]+):jar:([\\w.-]+):")
            .matcher(Files.readString(list));
    while (m.find()) {
      jackson.put(m.group(1) + ":" + m.group(2), m.group(3));
    }
    assertTrue(
        jackson.containsKey("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml"),
        "local-mcp brings YAML: " + jackson);
    String version = property("jackson.version");
    jackson.forEach(
        (artifact, v) ->
            assertTrue(
                v.equals(version)
                    || artifact.endsWith(":jackson-annotations") && version.startsWith(v),
                artifact + " " + v + " in " + jackson));
  }

  @Test
  @Order(4)
  void readmeServeCommand_servesTheToolsOverMcp() throws Exception {
    String serveCommand = readmeCommands.get(0);
    assertTrue(
        serveCommand.startsWith("./mvnw ") && serveCommand.contains("exec:java"), serveCommand);
    ProcessBuilder builder =
        new ProcessBuilder(shell(serveCommand + " -Dmcp.port=0 " + shellFlags()))
            .directory(project.toFile())
            .redirectErrorStream(true);
    clean(builder.environment());
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try {
      CompletableFuture<String> url = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                      output.append(line).append('\n');
                    }
                    Matcher m = ENDPOINT.matcher(line);
                    if (m.find()) {
                      url.complete(m.group(1));
                    }
                  }
                } catch (IOException e) {
                  url.completeExceptionally(e);
                }
                url.completeExceptionally(
                    new IllegalStateException("the command ended without serving"));
              },
              "serve-output");
      reader.setDaemon(true);
      reader.start();
      URI endpoint;
      try {
        endpoint = URI.create(url.get(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      } catch (Exception e) {
        synchronized (output) {
          throw new AssertionError("`" + serveCommand + "` printed no MCP endpoint:\n" + output, e);
        }
      }
      McpSyncClient client =
          McpClient.sync(
                  HttpClientStreamableHttpTransport.builder(
                          endpoint.getScheme() + "://" + endpoint.getAuthority())
                      .endpoint(endpoint.getPath())
                      .build())
              .requestTimeout(Duration.ofSeconds(30))
              .build();
      try {
        client.initialize();
        Set<String> tools =
            client.listTools().tools().stream()
                .map(McpSchema.Tool::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("weather___convert_temperature", "weather___get_forecast"), tools);
        McpSchema.CallToolResult result =
            client.callTool(
                new McpSchema.CallToolRequest(
                    "weather___convert_temperature",
                    Map.of("value", 0, "from", "CELSIUS", "to", "KELVIN")));
        assertEquals(
            "{\"result\":273.15}", ((McpSchema.TextContent) result.content().get(0)).text());
      } finally {
        client.closeGracefully();
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
  }

  @Test
  @Order(5)
  void invalidTarget_failsTheGeneration_namingTheRule() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(generateCommand("bad-target", "my_target"))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("generate-bad.log").toFile());
    clean(builder.environment());
    Process process = builder.start();
    assertTrue(process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    String log = Files.readString(work.resolve("generate-bad.log"));
    assertEquals(1, process.exitValue(), log);
    assertTrue(
        log.contains(
            "-Dtarget=my_target is not a gateway target name: use letters, digits and single hyphens,"
                + " no '_'"),
        log);
    assertTrue(!Files.exists(work.resolve("bad-target")), "no half-made project is left behind");
  }

  @Test
  @Order(6)
  void samBuildRecipe_writesTheJarAndTheSchemaSnippet() throws Exception {
    Assumptions.assumeTrue(onPath("make"), "make is not installed");
    Path artifacts = work.resolve("sam-artifacts");
    Files.createDirectories(artifacts);
    // What `sam build` runs (BuildMethod: makefile), with this test's repositories.
    run(
        project,
        List.of(
            "make",
            "build-ToolFunction",
            "ARTIFACTS_DIR=" + artifacts,
            "MAVEN_FLAGS=" + String.join(" ", mavenFlags())),
        "make.log");
    assertTrue(Files.isRegularFile(artifacts.resolve("lib/weather-tools-1.0-SNAPSHOT-lambda.jar")));
    JsonNode snippet =
        new ObjectMapper().readTree(artifacts.resolve("tool-schema.include.json").toFile());
    assertEquals(2, snippet.path("InlinePayload").size(), snippet.toString());
    assertTrue(
        snippet.path("InlinePayload").get(0).has("InputSchema"),
        "CloudFormation's PascalCase keys");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Paths.get(dir, command)));
  }

  private static List<String> generateCommand(String artifactId, String target) {
    Path mvn = Paths.get(property("maven.home"), "bin", isWindows() ? "mvn.cmd" : "mvn");
    List<String> command = new ArrayList<>(List.of(mvn.toString()));
    command.addAll(mavenFlags());
    command.addAll(
        List.of(
            "org.apache.maven.plugins:maven-archetype-plugin:"
                + property("archetype.plugin.version")
                + ":generate",
            "-DarchetypeGroupId=dev.toolwright",
            "-DarchetypeArtifactId=toolwright-archetype",
            "-DarchetypeVersion=" + property("archetype.version"),
            "-DgroupId=" + GROUP_ID,
            "-DartifactId=" + artifactId,
            "-Dtarget=" + target));
    return command;
  }

  /** The non-comment lines of the README's first {@code bash} block. */
  static List<String> readmeCommands(String readme) {
    Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    if (!block.find()) {
      fail("The README has no bash block");
    }
    return block
        .group(1)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  private static List<String> mavenFlags() {
    return List.of(
        "-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository);
  }

  /** {@link #mavenFlags()} for a shell command line, each quoted. */
  private static String shellFlags() {
    return mavenFlags().stream()
        .map(f -> isWindows() ? '"' + f + '"' : "'" + f.replace("'", "'\\''") + "'")
        .collect(Collectors.joining(" "));
  }

  private static List<String> shell(String command) {
    return isWindows()
        ? List.of("cmd", "/c", command.replace("./mvnw", "mvnw.cmd"))
        : List.of("sh", "-c", command);
  }

  /** Runs a command to its end; fails with its output unless it succeeds. Returns the output. */
  private static String run(Path directory, List<String> command, String logName) throws Exception {
    Path log = work.resolve(logName);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    clean(builder.environment());
    Process process = builder.start();
    if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail(
          String.join(" ", command)
              + " did not finish in "
              + BUILD_TIMEOUT
              + ":\n"
              + Files.readString(log));
    }
    String output = Files.readString(log);
    if (process.exitValue() != 0) {
      fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + output);
    }
    return output;
  }

  /** The building Maven's variables would point the nested builds at this project. */
  private static void clean(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            k ->
                k.equals("MAVEN_PROJECTBASEDIR")
                    || k.equals("MAVEN_BASEDIR")
                    || k.equals("MAVEN_ARGS")
                    || k.equals("MAVEN_CONFIG")
                    || k.equals("MAVEN_CMD_LINE_ARGS"));
  }

  private static String settingsXml(String buildRepositoryUrl) {
    String repository =
        "<id>build-local-repository</id><url>"
            + buildRepositoryUrl
            + "</url>"
            // A local repository has no checksum files: do not warn about each artifact read from
            // it.
            + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots>";
    return "<settings><profiles><profile><id>archetype-it</id>"
        + "<repositories><repository>"
        + repository
        + "</repository></repositories>"
        + "<pluginRepositories><pluginRepository>"
        + repository
        + "</pluginRepository></pluginRepositories>"
        + "</profile></profiles><activeProfiles><activeProfile>archetype-it</activeProfile></activeProfiles></settings>\n";
  }

  private static int attribute(String xml, String name) {
    Matcher m = Pattern.compile("<testsuite [^>]*\\b" + name + "=\"(\\d+)\"").matcher(xml);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set; run this test with Maven (failsafe)");
    }
    return value;
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").toLowerCase().startsWith("windows");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
