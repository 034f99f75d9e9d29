package dev.toolwright.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.toolwright.ToolHandler;
import dev.toolwright.emulation.GatewayEmulation;
import dev.toolwright.emulation.GatewayLambdaContext;
import dev.toolwright.emulation.ToolSchemas;
import dev.toolwright.gateway.EmulationProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;

/**
 * Calls a tool Lambda the way the AgentCore Gateway does, for unit tests: the arguments are checked
 * against the generated schema (as the gateway validates a {@code tools/call}), sent as the bare
 * event, and the real handler runs through {@code handleRequest} with a {@link
 * GatewayLambdaContext} naming the tool {@code <target>___<tool>}.
 *
 * <pre>{@code
 * static final ToolTester tester = ToolTester.forHandler(new WeatherHandler()).target("weather");
 *
 * @Test
 * void forecast() {
 *   tester.call("get_forecast", Map.of("city", "Seattle", "days", 2)).assertOk();
 * }
 * }</pre>
 *
 * <p>Before the first call the tester checks that every tool the handler serves has an entry in a
 * {@code META-INF/toolwright/tool-schema.json} on the class path; when one is missing, the
 * annotation processor did not run for it. Arguments the gateway would reject fail the test before
 * the handler runs; use {@link #skipSchemaCheck()} to send them anyway, as a direct invocation
 * could.
 *
 * <p>Testers are immutable and thread-safe: every setting returns a new tester.
 */
public final class ToolTester {

  /**
   * The system property that sets the default {@link #profile}, in {@link EmulationProfile#parse}
   * form.
   */
  public static final String PROFILE_PROPERTY = "toolwright.gateway.profile";

  private static final AtomicLong MESSAGE_IDS = new AtomicLong();
  private static final ObjectMapper DEFAULT_MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
          .build();

  private final RequestStreamHandler handler;
  private final String target;
  private final boolean schemaCheck;
  private final Consumer<GatewayLambdaContext.Builder> context;
  private final ObjectMapper mapper;
  private final Schemas schemas;
  private final EmulationProfile profile;

  private ToolTester(
      RequestStreamHandler handler,
      String target,
      boolean schemaCheck,
      Consumer<GatewayLambdaContext.Builder> context,
      ObjectMapper mapper,
      Schemas schemas,
      EmulationProfile profile) {
    this.handler = handler;
    this.target = target;
    this.schemaCheck = schemaCheck;
    this.context = context;
    this.mapper = mapper;
    this.schemas = schemas;
    this.profile = profile;
  }

  /**
   * A tester for a handler, usually a {@link ToolHandler}, whose tools are all checked for a schema
   * entry. The target name defaults to {@code test}.
   */
  public static ToolTester forHandler(RequestStreamHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new ToolTester(
        handler,
        "test",
        true,
        b -> {},
        DEFAULT_MAPPER,
        new Schemas(handler.getClass().getClassLoader()),
        EmulationProfile.parse(System.getProperty(PROFILE_PROPERTY)));
  }

  /**
   * How the gateway is imitated where AWS has not documented it (see the emulation profile in
   * docs/response-contract.md); the default is {@link EmulationProfile#DEFAULT}, or the system
   * property {@value #PROFILE_PROPERTY} (e.g. {@code
   * -Dtoolwright.gateway.profile=structured-content=from-answer}), so one test suite can run under
   * both readings.
   */
  public ToolTester profile(EmulationProfile profile) {
    return new ToolTester(
        handler,
        target,
        schemaCheck,
        context,
        mapper,
        schemas,
        Objects.requireNonNull(profile, "profile"));
  }

  /** The gateway target name the tools are called through: {@code <target>___<tool>}. */
  public ToolTester target(String target) {
    GatewayLambdaContext.builder().toolName(target, "check"); // validates the name
    return new ToolTester(handler, target, schemaCheck, context, mapper, schemas, profile);
  }

  /**
   * Sends arguments without checking them against the schema, as a direct invocation (not the
   * gateway) could, e.g. to test the Lambda's own answer to ill-typed or missing arguments.
   */
  public ToolTester skipSchemaCheck() {
    return new ToolTester(handler, target, false, context, mapper, schemas, profile);
  }

  /**
   * Adjusts the context of every call, after the tester has set the tool name and a fresh MCP
   * message id: {@code .withContext(c -> c.propagatedHeader("X-Tenant",
   * "acme").timeout(Duration.ofSeconds(3)))}.
   */
  public ToolTester withContext(Consumer<GatewayLambdaContext.Builder> customizer) {
    Objects.requireNonNull(customizer, "customizer");
    return new ToolTester(
        handler, target, schemaCheck, context.andThen(customizer), mapper, schemas, profile);
  }

  /**
   * The mapper that writes argument objects and reads answers in {@link ToolResponse#as}; the
   * default knows {@code java.time} (ISO-8601) and {@code Optional}.
   */
  public ToolTester objectMapper(ObjectMapper mapper) {
    return new ToolTester(
        handler,
        target,
        schemaCheck,
        context,
        Objects.requireNonNull(mapper, "mapper"),
        schemas,
        profile);
  }

  /** The schemas found on the handler's class path. */
  public ToolSchemas schemas() {
    return schemas.get();
  }

  /** Calls a tool without arguments (the gateway sends {@code {}}). */
  public ToolResponse call(String tool) {
    return call(tool, null);
  }

  /**
   * Calls a tool.
   *
   * @param tool the tool name, without the target prefix
   * @param arguments the arguments object: a {@code Map}, a record or bean, a Jackson {@code
   *     JsonNode}, or a {@code String} holding JSON (sent exactly as written); null sends {@code
   *     {}}
   * @throws AssertionFailedError when the gateway would reject the call (unless the schema check is
   *     skipped), or when the handler throws, which Lambda reports as a function error
   */
  public ToolResponse call(String tool, Object arguments) {
    Objects.requireNonNull(tool, "tool");
    byte[] event;
    JsonNode tree;
    if (arguments instanceof String) {
      event = ((String) arguments).getBytes(StandardCharsets.UTF_8);
      tree = schemaCheck ? parse((String) arguments, tool) : null;
    } else {
      tree =
          arguments == null
              ? mapper.createObjectNode()
              : arguments instanceof JsonNode
                  ? (JsonNode) arguments
                  : mapper.valueToTree(arguments);
      try {
        event = mapper.writeValueAsBytes(tree);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "Cannot write the arguments as JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (schemaCheck) {
      checkSchema(tool, tree);
    }

    GatewayLambdaContext.CapturingLogger logger =
        new GatewayLambdaContext.CapturingLogger(System.err);
    GatewayLambdaContext.Builder builder =
        GatewayLambdaContext.builder()
            .toolName(target, tool)
            .mcpMessageId(Long.toString(MESSAGE_IDS.incrementAndGet()))
            .logger(logger);
    context.accept(builder);
    GatewayLambdaContext lambdaContext = builder.build();
    GatewayEmulation gateway = schemaCheck ? new GatewayEmulation(profile, schemas.get()) : null;
    if (gateway != null) {
      gateway
          .beforeInvoke(tool, tree, lambdaContext.custom())
          .ifPresent(
              refusal -> {
                throw new AssertionFailedError(
                    "The gateway would not invoke the Lambda for "
                        + tool
                        + ": "
                        + refusal.reason()
                        + ". The agent gets: "
                        + refusal.result().text());
              });
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, lambdaContext);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      throw new AssertionFailedError(
          handler.getClass().getName()
              + " threw "
              + e
              + " for "
              + tool
              + ". Lambda reports that as a function error, and the gateway gives the agent only a generic message.",
          e);
    }
    return new ToolResponse(
        tool, out.toString(StandardCharsets.UTF_8), mapper, gateway, logger.text());
  }

  private JsonNode parse(String json, String tool) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionFailedError(
          "The arguments for "
              + tool
              + " are not valid JSON ("
              + e.getOriginalMessage()
              + "); an MCP client cannot send them through the gateway. Use skipSchemaCheck() to send them anyway.");
    }
  }

  private void checkSchema(String tool, JsonNode arguments) {
    ToolSchemas all = schemas.get();
    if (handler instanceof ToolHandler) {
      List<String> missing = all.missing(((ToolHandler) handler).toolNames());
      if (!missing.isEmpty()) {
        throw new AssertionFailedError(
            handler.getClass().getName()
                + " serves "
                + String.join(", ", missing)
                + " but no "
                + ToolSchemas.RESOURCE
                + " on the class path describes "
                + (missing.size() == 1 ? "it" : "them")
                + ", so the gateway would not know "
                + (missing.size() == 1 ? "it" : "them")
                + ". The annotation processor did not run: declare"
                + " dev.toolwright:toolwright-processor in the compiler's annotationProcessorPaths (Gradle:"
                + " annotationProcessor); JDK 23 and newer ignore processors that are only on the class path.");
      }
    }
    if (all.tool(tool).isEmpty()) {
      throw new AssertionFailedError(
          "No tool \""
              + tool
              + "\" in "
              + ToolSchemas.RESOURCE
              + " on the class path, so"
              + " the gateway would not offer or call it. Known tools: "
              + String.join(", ", all.toolNames())
              + ". Use skipSchemaCheck() to call the Lambda anyway.");
    }
    List<String> problems = all.checkArguments(tool, arguments);
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          "The gateway would reject these arguments for "
              + tool
              + " (inputSchema in "
              + ToolSchemas.RESOURCE
              + "): "
              + String.join("; ", problems)
              + ". Arguments: "
              + arguments
              + ". Use skipSchemaCheck() to send them to the Lambda anyway.");
    }
  }

  /** Loads the schemas once per handler, on first use, and shares them between derived testers. */
  private static final class Schemas {
    private final ClassLoader loader;
    private volatile ToolSchemas schemas;

    Schemas(ClassLoader loader) {
      this.loader = loader == null ? ClassLoader.getSystemClassLoader() : loader;
    }

    ToolSchemas get() {
      ToolSchemas s = schemas;
      if (s == null) {
        s = ToolSchemas.load(loader);
        schemas = s;
      }
      return s;
    }
  }
}
